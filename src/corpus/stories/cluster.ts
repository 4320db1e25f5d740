// A whole batch through the online clusterer: articles in publication order, story merges applied
// to the articles already placed, so the answer is each article's final story.
import { publicationOrder, StoryIndex, storyDefaults, type DormantSpan, type DormantStories, type StoryArticle, type StoryState, type StoryOptions } from './story-index.js';

/** Story id of every article, after the clusterer's merge steps. */
export function clusterArticles(articles: readonly StoryArticle[], options: StoryOptions = storyDefaults, dormant: DormantStories | null = null): Map<string, string> {
  const index = new StoryIndex(undefined, options, dormant);
  const storyOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const place = (id: string, story: string): void => {
    storyOf.set(id, story);
    const list = members.get(story);
    if (list) list.push(id);
    else members.set(story, [id]);
  };
  const relabel = (): void => {
    for (const { from, into } of index.drainMerges()) {
      for (const id of members.get(from) ?? []) place(id, into);
      members.delete(from);
    }
  };
  for (const article of publicationOrder(articles)) {
    place(article.id, index.assign(article).id);
    relabel();
  }
  index.mergeConverging();
  relabel();
  return storyOf;
}

/**
 * Dormant stories kept in memory with their own postings: the reference implementation of the
 * hook (the store keeps them on disk instead), and what tests wake stories from.
 */
export class MemoryDormantStories implements DormantStories {
  private readonly stories = new Map<string, StoryState>();
  private readonly postings = new Map<string, Set<string>>();
  /** Terms that were once in more than `postingCap` dormant stories: no longer filed or read. */
  private readonly saturated = new Set<string>();
  /** Bounds on the dated stories' latest times (widened only) and the undated stories. */
  private earliest: number | null = null;
  private latest: number | null = null;
  private readonly undated = new Set<string>();

  /** `postingCap`: the largest `maxPostings` that `find` will be asked for. */
  constructor(private readonly postingCap: number = storyDefaults.maxPostings) {}

  put(story: StoryState): void {
    this.stories.set(story.id, story);
    this.undated.delete(story.id);
    if (story.lastTime === null) this.undated.add(story.id);
    else {
      if (this.earliest === null || story.lastTime < this.earliest) this.earliest = story.lastTime;
      if (this.latest === null || story.lastTime > this.latest) this.latest = story.lastTime;
    }
    for (const term of Object.keys(story.centroid)) {
      if (this.saturated.has(term)) continue;
      let set = this.postings.get(term);
      if (!set) this.postings.set(term, (set = new Set()));
      set.add(story.id);
      if (set.size > this.postingCap) {
        this.saturated.add(term);
        this.postings.delete(term);
      }
    }
  }

  find(terms: readonly (readonly [string, number])[], limit: number, maxPostings: number, wanted?: (lastTime: number | null) => boolean): StoryState[] {
    if (maxPostings > this.postingCap) throw new Error(`dormant stories: maxPostings ${maxPostings} is above the posting cap ${this.postingCap}`);
    const score = new Map<string, number>();
    for (const [term, weight] of terms) {
      const posting = this.postings.get(term);
      if (!posting || posting.size > maxPostings) continue;
      for (const id of posting) score.set(id, (score.get(id) ?? 0) + weight);
    }
    return [...score.entries()]
      .sort((a, b) => b[1] - a[1] || storyNumber(a[0]) - storyNumber(b[0]))
      .slice(0, limit)
      .map(([id]) => this.stories.get(id))
      .filter((s): s is StoryState => s !== undefined && (wanted === undefined || wanted(s.lastTime)));
  }

  span(): DormantSpan {
    return { earliest: this.earliest, latest: this.latest, undated: this.undated.size > 0 };
  }

  remove(id: string): void {
    const story = this.stories.get(id);
    if (!story) return;
    for (const term of Object.keys(story.centroid)) {
      const posting = this.postings.get(term);
      posting?.delete(id);
      if (posting?.size === 0) this.postings.delete(term);
    }
    this.stories.delete(id);
    this.undated.delete(id);
  }

  get size(): number {
    return this.stories.size;
  }
}

/** "s12" → 12, for ties broken towards the older story. */
function storyNumber(id: string): number {
  const n = Number(id.replace(/^\D+/u, ''));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}
