// The facts corpus stage: figures reconciled per story.
export { reconcileFacts, conflicts, type Fact, type FigureReport } from './reconcile.js';
