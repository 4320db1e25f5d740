// The stories corpus stage: online clustering and each story's surface.
export { StoryIndex, emptyStoryIndexState, publicationOrder, storyDefaults, termCounts, timeOf } from './story-index.js';
export type { DormantSpan, DormantStories, StoryArticle, StoryFigure, StoryIndexState, StoryMention, StoryMerge, StoryOptions, StoryState } from './story-index.js';
export { clusterArticles, MemoryDormantStories } from './cluster.js';
export { evaluateClustering, mergedStories, scoreClustering, type ClusteringEvaluation, type ClusteringScore, type LabelledStoryArticle } from './evaluate.js';
export { storySurface, type StorySurface } from './surface.js';
