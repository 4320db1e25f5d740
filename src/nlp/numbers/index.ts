// The numbers module: quantities as ranges, per language, shared by figures and other stages.
export { findQuantities, parseDigits, type Quantity } from './find-quantities.js';
