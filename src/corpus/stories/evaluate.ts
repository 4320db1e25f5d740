// Clustering quality against known events: pairwise and B-cubed precision/recall/F1 of the
// stories the online clusterer builds, articles fed in publication order.
import { publicationOrder, StoryIndex, storyDefaults, type StoryArticle, type StoryOptions } from './story-index.js';

export interface LabelledStoryArticle extends StoryArticle {
  /** The event the article reports: the gold cluster. */
  eventId: string;
}

export interface ClusteringScore {
  articles: number;
  goldClusters: number;
  stories: number;
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
  articlesPerSecond: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function evaluateClustering(articles: readonly LabelledStoryArticle[], options: StoryOptions = storyDefaults): ClusteringScore {
  const index = new StoryIndex(undefined, options);
  const storyOf = new Map<string, string>();
  const started = process.hrtime.bigint();
  for (const article of publicationOrder(articles)) storyOf.set(article.id, index.assign(article).id);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const goldSize = new Map<string, number>();
  const storySize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const article of articles) {
    const story = storyOf.get(article.id) as string;
    goldSize.set(article.eventId, (goldSize.get(article.eventId) ?? 0) + 1);
    storySize.set(story, (storySize.get(story) ?? 0) + 1);
    const key = `${article.eventId}\u0000${story}`;
    both.set(key, (both.get(key) ?? 0) + 1);
  }
  const pairs = (n: number): number => (n * (n - 1)) / 2;
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
  for (const article of articles) {
    const story = storyOf.get(article.id) as string;
    const overlap = both.get(`${article.eventId}\u0000${story}`) as number;
    bP += overlap / (storySize.get(story) as number);
    bR += overlap / (goldSize.get(article.eventId) as number);
  }
  bP /= articles.length;
  bR /= articles.length;
  return {
    articles: articles.length,
    goldClusters: goldSize.size,
    stories: storySize.size,
    pairwise: { precision: pairwiseP, recall: pairwiseR, f1: f1(pairwiseP, pairwiseR) },
    bcubed: { precision: bP, recall: bR, f1: f1(bP, bR) },
    articlesPerSecond: articles.length / seconds,
  };
}
