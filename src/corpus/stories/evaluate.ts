// Clustering quality against known events: pairwise and B-cubed precision/recall/F1 of a story
// assignment, either given or built by the online clusterer with articles fed in publication order.
import { clusterArticles } from './cluster.js';
import { storyDefaults, type StoryArticle, type StoryOptions } from './story-index.js';

export interface LabelledStoryArticle extends StoryArticle {
  /** The event the article reports: the gold cluster. */
  eventId: string;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusteringScore {
  articles: number;
  goldClusters: number;
  stories: number;
  pairwise: PrecisionRecall;
  bcubed: PrecisionRecall;
  /** Gold articles the prediction did not place (scored as singletons). */
  unassigned: number;
}

export interface ClusteringEvaluation extends ClusteringScore {
  articlesPerSecond: number;
  /** Every predicted story of more than one article: what a reader checks for wrong merges. */
  merged: string[][];
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * Scores a predicted story per article against the gold one. Only gold ids count; an id the
 * prediction lacks is its own singleton story, so a missing article costs recall, never precision.
 */
export function scoreClustering(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ClusteringScore {
  const goldSize = new Map<string, number>();
  const storySize = new Map<string, number>();
  const both = new Map<string, number>();
  const storyOf = (id: string): string => predicted.get(id) ?? `\u0001unassigned:${id}`;
  let unassigned = 0;
  for (const [id, event] of gold) {
    if (!predicted.has(id)) unassigned++;
    const story = storyOf(id);
    goldSize.set(event, (goldSize.get(event) ?? 0) + 1);
    storySize.set(story, (storySize.get(story) ?? 0) + 1);
    const key = `${event}\u0000${story}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  let samePairs = 0;
  for (const n of both.values()) samePairs += pairs(n);
  let storyPairs = 0;
  for (const n of storySize.values()) storyPairs += pairs(n);
  let goldPairs = 0;
  for (const n of goldSize.values()) goldPairs += pairs(n);
  const pairwiseP = storyPairs ? samePairs / storyPairs : 1;
  const pairwiseR = goldPairs ? samePairs / goldPairs : 1;

  // B-cubed: per article, the share of its story that is its event, and of its event in its story.
  let bP = 0;
  let bR = 0;
  for (const [id, event] of gold) {
    const story = storyOf(id);
    const overlap = both.get(`${event}\u0000${story}`) as number;
    bP += overlap / (storySize.get(story) as number);
    bR += overlap / (goldSize.get(event) as number);
  }
  const n = Math.max(1, gold.size);
  bP /= n;
  bR /= n;
  return {
    articles: gold.size,
    goldClusters: goldSize.size,
    stories: storySize.size,
    pairwise: { precision: pairwiseP, recall: pairwiseR, f1: f1(pairwiseP, pairwiseR) },
    bcubed: { precision: bP, recall: bR, f1: f1(bP, bR) },
    unassigned,
  };
}

/** Predicted stories of more than one member, each as its member ids. */
export function mergedStories(predicted: ReadonlyMap<string, string>): string[][] {
  const members = new Map<string, string[]>();
  for (const [id, story] of predicted) {
    const list = members.get(story);
    if (list) list.push(id);
    else members.set(story, [id]);
  }
  return [...members.values()].filter((m) => m.length > 1);
}

/** Clusters the articles online (publication order) and scores the stories against their events. */
export function evaluateClustering(articles: readonly LabelledStoryArticle[], options: StoryOptions = storyDefaults): ClusteringEvaluation {
  const started = process.hrtime.bigint();
  const predicted = clusterArticles(articles, options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const gold = new Map(articles.map((a) => [a.id, a.eventId]));
  return { ...scoreClustering(gold, predicted), articlesPerSecond: articles.length / Math.max(seconds, 1e-9), merged: mergedStories(predicted) };
}
