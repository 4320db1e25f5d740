// The stories corpus stage: online clustering and each story's surface.
export { StoryIndex, emptyStoryIndexState, publicationOrder, storyDefaults, termCounts, timeOf } from './story-index.js';
export type { StoryArticle, StoryIndexState, StoryOptions, StoryState } from './story-index.js';
export { storySurface, type StorySurface } from './surface.js';
