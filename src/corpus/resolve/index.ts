// The resolve corpus stage: mentions to entities.
export { resolveEntities } from './resolve-entities.js';
