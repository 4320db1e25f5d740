// Online story clustering, one article at a time in publication order: candidate stories come
// from an inverted index over story centroids (never a scan of all stories); the best candidate by
// text plus anchor (names, figures) cosine, times a time factor, is joined when it clears a
// threshold and either shares the article's anchors closely or clearly beats the runner-up;
// otherwise the article opens a new story. Stories quiet for a while leave the index (a `DormantStories` hook may keep
// them and hand them back when they wake); every so often stories that converged are merged.
// State is plain data, so the store can persist it and a later run continues.
import { termCounts, type StoryArticle } from './story-terms.js';

export { termCounts, type StoryArticle, type StoryFigure, type StoryMention } from './story-terms.js';

export interface StoryState {
  id: string;
  /** Summed log-scaled term counts of the member articles (pruned to the strongest terms). */
  centroid: Record<string, number>;
  articles: string[];
  /** Latest publication time seen, as epoch ms, or null when no member is dated. */
  lastTime: number | null;
}

export interface StoryIndexState {
  nextId: number;
  documents: number;
  documentFrequency: Record<string, number>;
  /** The active stories (dormant ones live wherever the `DormantStories` hook keeps them). */
  stories: StoryState[];
  /** What an uninterrupted run remembers besides its stories; restored with them, a reopened
   * store decides exactly as if it had never closed. Absent: a fresh start of each. */
  runtime?: StoryRuntimeState;
}

export interface StoryRuntimeState {
  /** Latest publication time seen, epoch ms. */
  clock: number | null;
  /** Stories grown since the last merge step. */
  touched: string[];
  /** Article count when each active story last grew (dormancy of undated stories). */
  lastArrival: Record<string, number>;
  /** Cached centroid norms of active stories: [norm, anchor norm, article count when computed]. */
  norms: Record<string, [number, number, number]>;
}

/**
 * Where stories go when they fall quiet, and come back from. The store implements it over its
 * stories table (centroid terms as postings); without one, dormant stories are forgotten by the
 * index (their articles keep their story id).
 */
export interface DormantStories {
  /** A story left the active index. */
  put(story: StoryState): void;
  /**
   * Dormant stories sharing the most of these (term, weight) pairs, at most `limit`: a story's
   * score is the sum, in the order given, of the weights of its centroid terms among them; terms
   * in more than `maxPostings` dormant stories are skipped (they say little, and the cost of
   * reading them would grow with the corpus); best first, ties to the lower story number.
   */
  find(terms: readonly (readonly [string, number])[], limit: number, maxPostings: number): StoryState[];
  /** A story came back to the active index (joined or merged): it is no longer dormant. */
  remove(id: string): void;
}

export interface StoryMerge {
  /** The story that disappears. */
  from: string;
  /** The story its articles now belong to. */
  into: string;
}

export interface StoryOptions {
  /** Join score (text cosine plus weighted anchor cosine, times the time factor) at which an
   * article joins its best story. */
  joinThreshold: number;
  /** Weight of the cosine over names and figures alone in the join score: topic words are shared
   * by unrelated articles on one subject, the people, places and numbers of an event are not. */
  anchorWeight: number;
  /** Anchor cosine at which the best story is joined whatever the others score. */
  distinctAnchors: number;
  /** Below `distinctAnchors`, the best story must outscore the runner-up by this factor: an
   * update or translation stands out from the other stories, while an article on a busy subject
   * scores alike against several stories of that subject and joins none on weak evidence. */
  marginRatio: number;
  /** Days after which the time factor halves (the first day is free). */
  halfLifeDays: number;
  /** The time factor never goes below this, so a story can wake after weeks (0: a story quiet
   * for `dormantAfterDays` cannot be joined anyway, and leaving the index loses nothing). */
  decayFloor: number;
  /** The time factor when the article or the story has no date to the day: time then gives no
   * evidence, so the text must carry more (0.25 is the factor of articles three days apart). */
  undatedFactor: number;
  /** Terms kept in a story centroid. */
  centroidTerms: number;
  /** Terms of an article used to look up candidate stories. */
  queryTerms: number;
  /** Posting lists longer than this are skipped in the lookup: their terms say little. */
  maxPostings: number;
  /** Candidate stories compared in full. */
  fullComparisons: number;
  /** Days without a new article after which a dated story leaves the index. */
  dormantAfterDays: number;
  /** Articles without one joining after which an undated story leaves the index. */
  dormantAfterArticles: number;
  /** Articles between two merge steps (0: never merge). */
  mergeEvery: number;
  /** Join score between two active stories' centroids above which they are merged. */
  mergeThreshold: number;
}

export const storyDefaults: StoryOptions = {
  joinThreshold: 0.28,
  anchorWeight: 1,
  distinctAnchors: 0.7,
  marginRatio: 3,
  halfLifeDays: 1,
  decayFloor: 0,
  undatedFactor: 0.25,
  centroidTerms: 80,
  queryTerms: 25,
  maxPostings: 100,
  fullComparisons: 12,
  dormantAfterDays: 7,
  dormantAfterArticles: 50_000,
  mergeEvery: 200,
  mergeThreshold: 1.2,
};

const DAY_MS = 86_400_000;
/** Articles between two sweeps for dormant stories. */
const SWEEP_EVERY = 256;

export function emptyStoryIndexState(): StoryIndexState {
  return { nextId: 1, documents: 0, documentFrequency: {}, stories: [] };
}

/** Epoch ms of an ISO date as precise as known, or null. */
export function timeOf(published: string | null): number | null {
  if (published === null) return null;
  const ms = Date.parse(published.length === 7 ? `${published}-01` : published);
  return Number.isNaN(ms) ? null : ms;
}

export class StoryIndex {
  private nextId: number;
  private documents: number;
  /** Document frequency per term; a Map, as a plain object of 100k keys is slow to update. */
  private readonly documentFrequency: Map<string, number>;
  private readonly byId = new Map<string, StoryState>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly norms = new Map<string, { norm: number; anchorNorm: number; documents: number }>();
  /** Article count when each undated story last grew, for dormancy without dates. */
  private readonly lastArrival = new Map<string, number>();
  /** Stories that grew since the last merge step. */
  private readonly touched = new Set<string>();
  private readonly merges: StoryMerge[] = [];
  private clock: number | null = null;
  /** Candidate stories looked at for the last article, for tests and the benchmark. */
  lastCandidates = 0;

  constructor(
    state: StoryIndexState = emptyStoryIndexState(),
    private readonly options: StoryOptions = storyDefaults,
    private readonly dormant: DormantStories | null = null,
  ) {
    this.nextId = state.nextId;
    this.documents = state.documents;
    this.documentFrequency = new Map(Object.entries(state.documentFrequency));
    for (const story of state.stories) this.activate(story);
    const runtime = state.runtime;
    if (runtime) {
      this.clock = runtime.clock;
      for (const id of runtime.touched) if (this.byId.has(id)) this.touched.add(id);
      for (const [id, arrival] of Object.entries(runtime.lastArrival)) if (this.byId.has(id)) this.lastArrival.set(id, arrival);
      for (const [id, [norm, anchorNorm, documents]] of Object.entries(runtime.norms)) if (this.byId.has(id)) this.norms.set(id, { norm, anchorNorm, documents });
    }
  }

  /** The state as plain data; frequencies and stories are built only when read (the store reads
   * `nextId` after every article). */
  exportState(): StoryIndexState {
    const documentFrequency = this.documentFrequency;
    const byId = this.byId;
    const runtime = (): StoryRuntimeState => this.runtimeState();
    return {
      nextId: this.nextId,
      documents: this.documents,
      get documentFrequency(): Record<string, number> {
        return Object.fromEntries(documentFrequency);
      },
      get stories(): StoryState[] {
        return [...byId.values()];
      },
      get runtime(): StoryRuntimeState {
        return runtime();
      },
    };
  }

  /** The run's memory besides its stories (see `StoryIndexState.runtime`). */
  runtimeState(): StoryRuntimeState {
    const norms: Record<string, [number, number, number]> = {};
    for (const [id, n] of this.norms) norms[id] = [n.norm, n.anchorNorm, n.documents];
    return { clock: this.clock, touched: [...this.touched], lastArrival: Object.fromEntries(this.lastArrival), norms };
  }

  /** An active story by id. */
  story(id: string): StoryState | undefined {
    return this.byId.get(id);
  }

  get activeStories(): number {
    return this.byId.size;
  }

  /** Merges made since the last call; callers relabel the articles of `from` as `into`. */
  drainMerges(): StoryMerge[] {
    return this.merges.splice(0);
  }

  /** log(1 + documents), refreshed once per article. */
  private logDocuments = 0;

  private idf(term: string): number {
    return this.logDocuments - Math.log(1 + (this.documentFrequency.get(term) ?? 0)) + 1;
  }

  private activate(story: StoryState): void {
    this.byId.set(story.id, story);
    this.lastArrival.set(story.id, this.documents);
    this.post(story);
  }

  private post(story: StoryState): void {
    for (const term of Object.keys(story.centroid)) {
      let set = this.postings.get(term);
      if (!set) this.postings.set(term, (set = new Set()));
      set.add(story.id);
    }
  }

  private unpost(story: StoryState): void {
    for (const term of Object.keys(story.centroid)) {
      const set = this.postings.get(term);
      if (!set) continue;
      set.delete(story.id);
      if (set.size === 0) this.postings.delete(term);
    }
  }

  private deactivate(story: StoryState): void {
    this.unpost(story);
    this.byId.delete(story.id);
    this.norms.delete(story.id);
    this.lastArrival.delete(story.id);
    this.touched.delete(story.id);
  }

  /** The centroid's norms (all terms, anchors only) under current IDF, cached until the corpus
   * has grown by a tenth: IDF drifts slowly, and recomputing it for every comparison dominated
   * the run time. */
  private centroidNorms(story: StoryState): { norm: number; anchorNorm: number } {
    // Only active stories are cached: a dormant one compared and left asleep would stay in the
    // cache for good (and its norm is recomputed when it wakes anyway).
    const active = this.byId.has(story.id);
    const cached = active ? this.norms.get(story.id) : undefined;
    if (cached && cached.documents * 1.1 >= this.documents) return cached;
    let sum = 0;
    let anchorSum = 0;
    for (const [term, weight] of Object.entries(story.centroid)) {
      const w = weight * this.idf(term);
      sum += w * w;
      if (isAnchor(term)) anchorSum += w * w;
    }
    const norms = { norm: Math.sqrt(sum), anchorNorm: Math.sqrt(anchorSum), documents: this.documents };
    if (active) this.norms.set(story.id, norms);
    return norms;
  }

  /** Cosine between an article vector and a story centroid (weighted by current IDF), over all
   * terms and over anchors (names, figures) alone. */
  private similarity(vector: Map<string, number>, norm: ArticleNorms, story: StoryState): Similarity {
    let dot = 0;
    let anchorDot = 0;
    // The centroid is pruned to a few dozen terms; the article may have hundreds.
    for (const term in story.centroid) {
      const a = vector.get(term);
      if (a === undefined) continue;
      const product = a * story.centroid[term] * this.idf(term);
      dot += product;
      if (isAnchor(term)) anchorDot += product;
    }
    const storyNorms = this.centroidNorms(story);
    return {
      all: storyNorms.norm === 0 || norm.norm === 0 ? 0 : dot / (storyNorms.norm * norm.norm),
      anchors: storyNorms.anchorNorm === 0 || norm.anchorNorm === 0 ? 0 : anchorDot / (storyNorms.anchorNorm * norm.anchorNorm),
    };
  }

  /**
   * Evidence that an article (or story) belongs to a story: text and anchor cosines summed, times
   * the time factor. Neither is a gate of its own: an update whose figures changed ("40 dræbt" →
   * "mindst 52 drept") or a translation whose words differ still shares enough of the other.
   */
  private joinScore(similarity: Similarity, decay: number): number {
    return (similarity.all + this.options.anchorWeight * similarity.anchors) * decay;
  }

  private decay(time: number | null, story: StoryState): number {
    if (time === null || story.lastTime === null) return this.options.undatedFactor;
    const days = Math.abs(time - story.lastTime) / DAY_MS;
    return Math.max(this.options.decayFloor, Math.pow(0.5, Math.max(0, days - 1) / this.options.halfLifeDays));
  }

  /** Active stories sharing the most weight with these terms, through the postings only. */
  private candidates(query: readonly (readonly [string, number])[], exclude?: string): string[] {
    const partial = new Map<string, number>();
    let consulted = 0;
    for (const [term, weight] of query) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      // Terms in thousands of stories are the weakest ones; a few are still read so that an
      // article made only of common words finds something.
      if (posting.size > this.options.maxPostings && consulted >= 3) continue;
      consulted++;
      for (const id of posting) if (id !== exclude) partial.set(id, (partial.get(id) ?? 0) + weight);
    }
    this.lastCandidates = partial.size;
    return [...partial.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, this.options.fullComparisons)
      .map(([id]) => id);
  }

  /** Puts the article in a story and returns that story (its state, as updated). */
  assign(article: StoryArticle, counts: Map<string, number> = termCounts(article)): StoryState {
    for (const term of counts.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    this.documents++;
    this.logDocuments = Math.log(1 + this.documents);
    // A date known to the month only ("2024-03") says nothing about the day: undated for decay.
    const time = article.published !== null && article.published.length > 7 ? timeOf(article.published) : null;
    if (time !== null && (this.clock === null || time > this.clock)) this.clock = time;
    if (this.documents % SWEEP_EVERY === 0) this.sweepDormant();

    const vector = new Map<string, number>();
    for (const [term, count] of counts) vector.set(term, (1 + Math.log(count)) * this.idf(term));
    const norm = articleNorms(vector);

    // Candidates by a partial dot product over the article's strongest terms' postings; only the
    // best few are compared in full, so the cost does not grow with the number of stories.
    const ranked = [...vector.entries()].sort((a, b) => b[1] - a[1]);
    const query = ranked.slice(0, this.options.queryTerms);
    const candidates: StoryState[] = [];
    for (const id of this.candidates(query)) {
      const story = this.byId.get(id);
      if (story) candidates.push(story);
    }
    const woken = this.dormant ? this.dormant.find(query, this.options.fullComparisons, this.options.maxPostings) : [];

    let best: StoryState | null = null;
    let bestScore = 0;
    let bestAnchors = 0;
    let runnerUpScore = 0;
    for (const story of [...candidates, ...woken]) {
      const similarity = this.similarity(vector, norm, story);
      const score = this.joinScore(similarity, this.decay(time, story));
      if (score > bestScore) {
        best = story;
        runnerUpScore = bestScore;
        bestScore = score;
        bestAnchors = similarity.anchors;
      } else if (score > runnerUpScore) runnerUpScore = score;
    }

    let story = best !== null && bestScore >= this.options.joinThreshold && (bestAnchors >= this.options.distinctAnchors || bestScore >= this.options.marginRatio * runnerUpScore) ? best : null;
    // Centroids hold log-scaled counts; IDF is applied at comparison time, as it drifts.
    if (story === null) {
      // Most articles open a story: its centroid is their strongest terms, already ranked.
      const centroid: Record<string, number> = {};
      for (const [term] of ranked.slice(0, this.options.centroidTerms)) centroid[term] = 1 + Math.log(counts.get(term) as number);
      story = { id: `s${this.nextId++}`, centroid, articles: [], lastTime: null };
    } else {
      if (this.byId.has(story.id)) {
        this.unpost(story);
        this.norms.delete(story.id);
      } else {
        this.dormant?.remove(story.id);
      }
      for (const [term, count] of counts) story.centroid[term] = (story.centroid[term] ?? 0) + 1 + Math.log(count);
      this.prune(story);
    }
    story.articles.push(article.id);
    if (time !== null && (story.lastTime === null || time > story.lastTime)) story.lastTime = time;
    this.activate(story);
    this.touched.add(story.id);
    if (this.options.mergeEvery > 0 && this.documents % this.options.mergeEvery === 0) this.mergeConverging();
    return story;
  }

  /** Moves stories quiet for longer than the window out of the index (to the dormant hook). */
  sweepDormant(): void {
    const windowMs = this.options.dormantAfterDays * DAY_MS;
    for (const story of [...this.byId.values()]) {
      const quiet =
        story.lastTime !== null && this.clock !== null
          ? this.clock - story.lastTime > windowMs
          : this.documents - (this.lastArrival.get(story.id) ?? 0) > this.options.dormantAfterArticles;
      if (!quiet) continue;
      this.deactivate(story);
      this.dormant?.put(story);
    }
  }

  /**
   * Merges stories that grew since the last step with an active story whose centroid has become
   * close to theirs: two outlets' early articles can open two stories before the event's words
   * settle. The older story (lower number) absorbs the newer one.
   */
  mergeConverging(): void {
    const touched = [...this.touched];
    this.touched.clear();
    for (const id of touched) {
      const story = this.byId.get(id);
      if (!story) continue;
      const vector = new Map<string, number>();
      for (const [term, weight] of Object.entries(story.centroid)) vector.set(term, weight * this.idf(term));
      const norm = articleNorms(vector);
      const query = [...vector.entries()].sort((a, b) => b[1] - a[1]).slice(0, this.options.queryTerms);
      let partner: StoryState | null = null;
      let bestScore = 0;
      for (const otherId of this.candidates(query, id)) {
        const other = this.byId.get(otherId);
        if (!other) continue;
        const score = this.joinScore(this.similarity(vector, norm, other), this.decay(story.lastTime, other));
        if (score > bestScore) {
          bestScore = score;
          partner = other;
        }
      }
      if (partner === null || bestScore < this.options.mergeThreshold) continue;
      const [into, from] = storyNumber(partner.id) < storyNumber(story.id) ? [partner, story] : [story, partner];
      this.unpost(into);
      this.deactivate(from);
      for (const [term, weight] of Object.entries(from.centroid)) into.centroid[term] = (into.centroid[term] ?? 0) + weight;
      this.prune(into);
      into.articles.push(...from.articles);
      if (from.lastTime !== null && (into.lastTime === null || from.lastTime > into.lastTime)) into.lastTime = from.lastTime;
      this.norms.delete(into.id);
      this.activate(into);
      this.merges.push({ from: from.id, into: into.id });
    }
  }

  private prune(story: StoryState): void {
    const entries = Object.entries(story.centroid);
    if (entries.length <= this.options.centroidTerms) return;
    // Keep the terms that weigh most once IDF is applied: frequent-everywhere words drop out.
    const weighed = entries.map(([term, weight]) => [term, weight, weight * this.idf(term)] as const);
    weighed.sort((a, b) => b[2] - a[2]);
    const centroid: Record<string, number> = {};
    for (let i = 0; i < this.options.centroidTerms; i++) centroid[weighed[i][0]] = weighed[i][1];
    story.centroid = centroid;
  }
}

interface Similarity {
  all: number;
  anchors: number;
}

interface ArticleNorms {
  norm: number;
  anchorNorm: number;
}

/** Names (`@`) and figures (`#`): the terms that pin an article to one event. */
function isAnchor(term: string): boolean {
  return term.charCodeAt(0) === 64 || term.charCodeAt(0) === 35;
}

function articleNorms(vector: ReadonlyMap<string, number>): ArticleNorms {
  let sum = 0;
  let anchorSum = 0;
  for (const [term, w] of vector) {
    sum += w * w;
    if (isAnchor(term)) anchorSum += w * w;
  }
  return { norm: Math.sqrt(sum), anchorNorm: Math.sqrt(anchorSum) };
}

function storyNumber(id: string): number {
  const n = Number(id.replace(/^\D+/u, ''));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** Articles in the order clustering must see them: publication time, undated ones in arrival order. */
export function publicationOrder<T extends { published: string | null }>(articles: readonly T[]): T[] {
  return articles
    .map((article, index) => ({ article, index, time: timeOf(article.published) }))
    .sort((a, b) => (a.time ?? Number.POSITIVE_INFINITY) - (b.time ?? Number.POSITIVE_INFINITY) || a.index - b.index)
    .map((entry) => entry.article);
}
