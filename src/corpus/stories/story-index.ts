// Online story clustering, one article at a time in publication order: candidate stories come
// from an inverted index over story centroids (never a scan of all stories); the best candidate by
// text plus anchor (names, figures) cosine, times a time factor, is joined when it clears a
// threshold and either shares the article's anchors closely or clearly beats the runner-up;
// otherwise the article opens a new story. Stories quiet for a while leave the index (a `DormantStories` hook may keep
// them and hand them back when they wake); every so often stories that converged are merged.
// State is plain data, so the store can persist it and a later run continues. Inside, each term
// seen is one object (frequency, postings, the weight of the vector being compared) and each
// active story keeps its centroid as arrays of those objects and weights, so an article costs one
// map lookup per term and comparisons read fields; sums run in the centroid's key order, as
// they always have, so the stories formed do not change.
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
   * reading them would grow with the corpus), and so are terms that ever were, once (a hook need
   * not file postings no lookup will read: most centroid terms are common words, in thousands of
   * dormant stories); best first, ties to the lower story number. Of
   * those, only the stories `wanted` accepts (by their latest time) need be read and returned:
   * the others could not change the article's placement.
   */
  find(terms: readonly (readonly [string, number])[], limit: number, maxPostings: number, wanted?: (lastTime: number | null) => boolean): StoryState[];
  /**
   * Bounds on the latest publication times of the dormant stories (wider is allowed, narrower
   * never), or null when unknown. With them the index skips `find` for an article that no
   * dormant story could be close enough in time to matter to.
   */
  span?(): DormantSpan | null;
  /** A story came back to the active index (joined or merged): it is no longer dormant. */
  remove(id: string): void;
}

export interface DormantSpan {
  /** Earliest and latest `lastTime` of a dated dormant story (null: none). */
  earliest: number | null;
  latest: number | null;
  /** Whether some dormant story is undated. */
  undated: boolean;
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

/** What the index knows of one term: its document frequency and the active stories filing it.
 * A term's string is looked up once per article; comparisons then read fields, not maps. */
class TermEntry {
  documents = 0;
  /** log(1 + documents), refreshed when `documents` moved since (`loggedFor`). */
  private logged = 0;
  private loggedFor = 0;
  /** Active stories with the term in their centroid, in filing order (candidate ties follow it). */
  postings: Set<ActiveStory> | null = null;
  /** Weight of the term in the vector being compared (an article's, or a story's in a merge
   * step) when `vector` is that vector's number. */
  weight = 0;
  vector = 0;
  /** The term's count in the article being assigned (valid with its vector). */
  count = 0;
  readonly anchor: boolean;
  /** Whether the term is a property key that objects order first (a canonical array index). */
  readonly indexKey: boolean;

  constructor(readonly term: string) {
    this.anchor = isAnchor(term);
    this.indexKey = /^(?:0|[1-9]\d{0,9})$/u.test(term) && Number(term) < 4294967295;
  }

  logDocuments(): number {
    if (this.loggedFor !== this.documents) {
      this.logged = Math.log(1 + this.documents);
      this.loggedFor = this.documents;
    }
    return this.logged;
  }
}

/** An active story with its centroid as parallel arrays of term entries and weights (rebuilt
 * whenever the centroid changes), its cached norms and its candidate score for the lookup under way. */
class ActiveStory {
  terms: TermEntry[] = [];
  weights: number[] = [];
  /** Norms under the IDF of `normDocuments` documents; -1: not computed since the last change. */
  norm = 0;
  anchorNorm = 0;
  normDocuments = -1;
  /** Article count when the story last grew (dormancy of undated stories). */
  lastArrival = 0;
  partial = 0;
  partialLookup = 0;

  constructor(readonly story: StoryState) {}
}

export class StoryIndex {
  private nextId: number;
  private documents: number;
  /** Every term seen, with its document frequency (a Map, as a plain object of 100k keys is slow). */
  private readonly terms = new Map<string, TermEntry>();
  private readonly byId = new Map<string, ActiveStory>();
  /** Stories that grew since the last merge step. */
  private readonly touched = new Set<string>();
  private readonly merges: StoryMerge[] = [];
  private clock: number | null = null;
  /** Numbers of the last vector stamped on term entries and of the last postings lookup. */
  private vectorNumber = 0;
  private lookupNumber = 0;
  /** Candidate stories looked at for the last article, for tests and the benchmark. */
  lastCandidates = 0;

  constructor(
    state: StoryIndexState = emptyStoryIndexState(),
    private readonly options: StoryOptions = storyDefaults,
    private readonly dormant: DormantStories | null = null,
  ) {
    this.nextId = state.nextId;
    this.documents = state.documents;
    for (const [term, documents] of Object.entries(state.documentFrequency)) this.term(term).documents = documents;
    for (const story of state.stories) this.activate(story);
    const runtime = state.runtime;
    if (runtime) {
      this.clock = runtime.clock;
      for (const id of runtime.touched) if (this.byId.has(id)) this.touched.add(id);
      for (const [id, arrival] of Object.entries(runtime.lastArrival)) {
        const active = this.byId.get(id);
        if (active) active.lastArrival = arrival;
      }
      for (const [id, [norm, anchorNorm, documents]] of Object.entries(runtime.norms)) {
        const active = this.byId.get(id);
        if (!active) continue;
        active.norm = norm;
        active.anchorNorm = anchorNorm;
        active.normDocuments = documents;
      }
    }
  }

  /** The state as plain data; frequencies and stories are built only when read (the store reads
   * `nextId` after every article). */
  exportState(): StoryIndexState {
    const terms = this.terms;
    const byId = this.byId;
    const runtime = (): StoryRuntimeState => this.runtimeState();
    return {
      nextId: this.nextId,
      documents: this.documents,
      get documentFrequency(): Record<string, number> {
        const frequencies: Record<string, number> = {};
        for (const [term, entry] of terms) if (entry.documents > 0) frequencies[term] = entry.documents;
        return frequencies;
      },
      get stories(): StoryState[] {
        return [...byId.values()].map((active) => active.story);
      },
      get runtime(): StoryRuntimeState {
        return runtime();
      },
    };
  }

  /** The run's memory besides its stories (see `StoryIndexState.runtime`). */
  runtimeState(): StoryRuntimeState {
    const norms: Record<string, [number, number, number]> = {};
    const lastArrival: Record<string, number> = {};
    for (const [id, active] of this.byId) {
      lastArrival[id] = active.lastArrival;
      if (active.normDocuments >= 0) norms[id] = [active.norm, active.anchorNorm, active.normDocuments];
    }
    return { clock: this.clock, touched: [...this.touched], lastArrival, norms };
  }

  /** An active story by id. */
  story(id: string): StoryState | undefined {
    return this.byId.get(id)?.story;
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

  private term(term: string): TermEntry {
    let entry = this.terms.get(term);
    if (entry === undefined) this.terms.set(term, (entry = new TermEntry(term)));
    return entry;
  }

  private idf(entry: TermEntry): number {
    return this.logDocuments - entry.logDocuments() + 1;
  }

  private activate(story: StoryState): void {
    let active = this.byId.get(story.id);
    if (active === undefined) this.byId.set(story.id, (active = new ActiveStory(story)));
    active.lastArrival = this.documents;
    this.post(active);
  }

  /** Files the story under its centroid's terms, in the centroid's key order (the order every
   * sum over it has always been taken in). */
  private post(active: ActiveStory): void {
    const centroid = active.story.centroid;
    const terms: TermEntry[] = [];
    const weights: number[] = [];
    for (const term in centroid) {
      terms.push(this.term(term));
      weights.push(centroid[term]);
    }
    this.file(active, terms, weights);
  }

  /** Files the story under these terms, its centroid in key order. */
  private file(active: ActiveStory, terms: TermEntry[], weights: number[]): void {
    for (const entry of terms) (entry.postings ??= new Set()).add(active);
    active.terms = terms;
    active.weights = weights;
  }

  private unpost(active: ActiveStory): void {
    for (const entry of active.terms) {
      const postings = entry.postings;
      if (postings === null) continue;
      postings.delete(active);
      if (postings.size === 0) entry.postings = null;
    }
  }

  private deactivate(active: ActiveStory): void {
    this.unpost(active);
    this.byId.delete(active.story.id);
    this.touched.delete(active.story.id);
  }

  /** A dormant story's centroid as an (uncached, unfiled) active story, to be compared. */
  private view(story: StoryState): ActiveStory {
    const view = new ActiveStory(story);
    for (const term in story.centroid) {
      view.terms.push(this.term(term));
      view.weights.push(story.centroid[term]);
    }
    return view;
  }

  /** The centroid's norms (all terms, anchors only) under current IDF, cached until the corpus
   * has grown by a tenth: IDF drifts slowly, and recomputing it for every comparison dominated
   * the run time. Only active stories keep them (a dormant one compared is a fresh view). */
  private centroidNorms(active: ActiveStory): void {
    if (active.normDocuments >= 0 && active.normDocuments * 1.1 >= this.documents) return;
    let sum = 0;
    let anchorSum = 0;
    const { terms, weights } = active;
    for (let i = 0; i < terms.length; i++) {
      const w = weights[i] * this.idf(terms[i]);
      sum += w * w;
      if (terms[i].anchor) anchorSum += w * w;
    }
    active.norm = Math.sqrt(sum);
    active.anchorNorm = Math.sqrt(anchorSum);
    active.normDocuments = this.documents;
  }

  /** Cosine between the vector stamped on the term entries and a story centroid (weighted by
   * current IDF), over all terms and over anchors (names, figures) alone. */
  private similarity(vector: number, norm: ArticleNorms, active: ActiveStory): Similarity {
    let dot = 0;
    let anchorDot = 0;
    // The centroid is pruned to a few dozen terms; the article may have hundreds.
    const { terms, weights } = active;
    for (let i = 0; i < terms.length; i++) {
      const entry = terms[i];
      if (entry.vector !== vector) continue;
      const product = entry.weight * weights[i] * this.idf(entry);
      dot += product;
      if (entry.anchor) anchorDot += product;
    }
    this.centroidNorms(active);
    return {
      all: active.norm === 0 || norm.norm === 0 ? 0 : dot / (active.norm * norm.norm),
      anchors: active.anchorNorm === 0 || norm.anchorNorm === 0 ? 0 : anchorDot / (active.anchorNorm * norm.anchorNorm),
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

  private decay(time: number | null, lastTime: number | null): number {
    if (time === null || lastTime === null) return this.options.undatedFactor;
    const days = Math.abs(time - lastTime) / DAY_MS;
    return Math.max(this.options.decayFloor, Math.pow(0.5, Math.max(0, days - 1) / this.options.halfLifeDays));
  }

  /**
   * Whether a story last grown at `lastTime` could change an article's placement: its join score
   * is at most (1 + anchor weight) × time factor (both cosines are at most 1), and a score below
   * the join threshold that is also too low to spoil the margin of a joinable best changes
   * nothing. Dormant stories are read only when they could.
   */
  private couldMatter(time: number | null, lastTime: number | null): boolean {
    const bound = (1 + Math.max(0, this.options.anchorWeight)) * this.decay(time, lastTime) * (1 + 1e-9);
    return bound >= this.options.joinThreshold || this.options.marginRatio * bound >= this.options.joinThreshold;
  }

  /** Whether any dormant story could matter to an article of this time, by the hook's span. */
  private dormantCouldMatter(time: number | null): boolean {
    const span = this.dormant?.span?.() ?? null;
    if (span === null) return true;
    if (span.undated && this.couldMatter(time, null)) return true;
    if (span.earliest === null || span.latest === null) return false;
    if (time === null) return this.couldMatter(null, span.latest);
    const nearest = time > span.latest ? span.latest : time < span.earliest ? span.earliest : time;
    return this.couldMatter(time, nearest);
  }

  /** Active stories sharing the most weight with these terms, through the postings only: the
   * best `fullComparisons` by partial dot product, ties in the order first met. */
  private candidates(query: readonly TermEntry[], queryWeights: readonly number[], exclude: ActiveStory | null = null): ActiveStory[] {
    const lookup = ++this.lookupNumber;
    const met: ActiveStory[] = [];
    let consulted = 0;
    for (let q = 0; q < query.length; q++) {
      const posting = query[q].postings;
      if (posting === null) continue;
      // Terms in thousands of stories are the weakest ones; a few are still read so that an
      // article made only of common words finds something.
      if (posting.size > this.options.maxPostings && consulted >= 3) continue;
      consulted++;
      const weight = queryWeights[q];
      for (const active of posting) {
        if (active === exclude) continue;
        if (active.partialLookup === lookup) active.partial += weight;
        else {
          active.partialLookup = lookup;
          active.partial = weight;
          met.push(active);
        }
      }
    }
    this.lastCandidates = met.length;
    // The best few in order, as a stable sort by score would rank them (a later equal stays after).
    const limit = this.options.fullComparisons;
    const best: ActiveStory[] = [];
    for (const active of met) {
      const score = active.partial;
      if (best.length === limit && (limit === 0 || score <= best[limit - 1].partial)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].partial < score) at--;
      best.splice(at, 0, active);
      if (best.length > limit) best.pop();
    }
    return best;
  }

  /** Stamps a vector on the term entries (weights set on each); returns its number. */
  private stamp(terms: readonly TermEntry[], weights: readonly number[]): number {
    const vector = ++this.vectorNumber;
    for (let i = 0; i < terms.length; i++) {
      terms[i].vector = vector;
      terms[i].weight = weights[i];
    }
    return vector;
  }

  /** Puts the article in a story and returns that story (its state, as updated). */
  assign(article: StoryArticle, counts: Map<string, number> = termCounts(article)): StoryState {
    const terms: TermEntry[] = [];
    for (const [term, count] of counts) {
      const entry = this.term(term);
      entry.documents++;
      entry.count = count;
      terms.push(entry);
    }
    this.documents++;
    this.logDocuments = Math.log(1 + this.documents);
    // A date known to the month only ("2024-03") says nothing about the day: undated for decay.
    const time = article.published !== null && article.published.length > 7 ? timeOf(article.published) : null;
    if (time !== null && (this.clock === null || time > this.clock)) this.clock = time;
    if (this.documents % SWEEP_EVERY === 0) this.sweepDormant();

    const weights: number[] = [];
    let i = 0;
    for (const count of counts.values()) weights.push((1 + Math.log(count)) * this.idf(terms[i++]));
    const vector = this.stamp(terms, weights);
    const norm = vectorNorms(terms, weights);

    // Candidates by a partial dot product over the article's strongest terms' postings; only the
    // best few are compared in full, so the cost does not grow with the number of stories.
    const ranked = strongestFirst(terms);
    const query = ranked.slice(0, this.options.queryTerms);
    const queryWeights = query.map((entry) => entry.weight);
    const candidates = this.candidates(query, queryWeights);

    let best: ActiveStory | null = null;
    let bestScore = 0;
    let bestAnchors = 0;
    let runnerUpScore = 0;
    const compare = (active: ActiveStory): void => {
      const similarity = this.similarity(vector, norm, active);
      const score = this.joinScore(similarity, this.decay(time, active.story.lastTime));
      if (score > bestScore) {
        best = active;
        runnerUpScore = bestScore;
        bestScore = score;
        bestAnchors = similarity.anchors;
      } else if (score > runnerUpScore) runnerUpScore = score;
    };
    for (const active of candidates) compare(active);
    if (this.dormant && this.dormantCouldMatter(time)) {
      const woken = this.dormant.find(
        query.map((entry, i) => [entry.term, queryWeights[i]] as const),
        this.options.fullComparisons,
        this.options.maxPostings,
        (lastTime) => this.couldMatter(time, lastTime),
      );
      for (const story of woken) if (this.couldMatter(time, story.lastTime)) compare(this.view(story));
    }

    const joined = best as ActiveStory | null;
    let story = joined !== null && bestScore >= this.options.joinThreshold && (bestAnchors >= this.options.distinctAnchors || bestScore >= this.options.marginRatio * runnerUpScore) ? joined.story : null;
    // Centroids hold log-scaled counts; IDF is applied at comparison time, as it drifts.
    if (story === null) {
      // Most articles open a story: its centroid is their strongest terms, already ranked.
      const centroid: Record<string, number> = {};
      const kept = ranked.length <= this.options.centroidTerms ? ranked : ranked.slice(0, this.options.centroidTerms);
      const weights = kept.map((entry) => 1 + Math.log(entry.count));
      for (let i = 0; i < kept.length; i++) centroid[kept[i].term] = weights[i];
      story = { id: `s${this.nextId++}`, centroid, articles: [], lastTime: null };
      story.articles.push(article.id);
      story.lastTime = time;
      // Filed from the ranked entries, without looking its terms up again.
      const active = new ActiveStory(story);
      this.byId.set(story.id, active);
      active.lastArrival = this.documents;
      this.file(active, ...inKeyOrder(kept, weights));
      this.touched.add(story.id);
      if (this.options.mergeEvery > 0 && this.documents % this.options.mergeEvery === 0) this.mergeConverging();
      return story;
    } else {
      const active = this.byId.get(story.id);
      if (active !== undefined) {
        this.unpost(active);
        active.normDocuments = -1;
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
    for (const active of [...this.byId.values()]) {
      const story = active.story;
      const quiet = story.lastTime !== null && this.clock !== null ? this.clock - story.lastTime > windowMs : this.documents - active.lastArrival > this.options.dormantAfterArticles;
      if (!quiet) continue;
      this.deactivate(active);
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
      const active = this.byId.get(id);
      if (!active) continue;
      const story = active.story;
      const terms = active.terms;
      const weights = active.weights.map((weight, i) => weight * this.idf(terms[i]));
      const vector = this.stamp(terms, weights);
      const norm = vectorNorms(terms, weights);
      const query = strongestFirst(terms).slice(0, this.options.queryTerms);
      let partner: ActiveStory | null = null;
      let bestScore = 0;
      for (const other of this.candidates(
        query,
        query.map((entry) => entry.weight),
        active,
      )) {
        const score = this.joinScore(this.similarity(vector, norm, other), this.decay(story.lastTime, other.story.lastTime));
        if (score > bestScore) {
          bestScore = score;
          partner = other;
        }
      }
      if (partner === null || bestScore < this.options.mergeThreshold) continue;
      const [into, from] = storyNumber(partner.story.id) < storyNumber(story.id) ? [partner, active] : [active, partner];
      this.unpost(into);
      this.deactivate(from);
      for (const [term, weight] of Object.entries(from.story.centroid)) into.story.centroid[term] = (into.story.centroid[term] ?? 0) + weight;
      this.prune(into.story);
      into.story.articles.push(...from.story.articles);
      if (from.story.lastTime !== null && (into.story.lastTime === null || from.story.lastTime > into.story.lastTime)) into.story.lastTime = from.story.lastTime;
      into.normDocuments = -1;
      this.activate(into.story);
      this.merges.push({ from: from.story.id, into: into.story.id });
    }
  }

  private prune(story: StoryState): void {
    const entries = Object.entries(story.centroid);
    if (entries.length <= this.options.centroidTerms) return;
    // Keep the terms that weigh most once IDF is applied: frequent-everywhere words drop out.
    const weighed = entries.map(([term, weight]) => [term, weight, weight * this.idf(this.term(term))] as const);
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

function vectorNorms(terms: readonly TermEntry[], weights: readonly number[]): ArticleNorms {
  let sum = 0;
  let anchorSum = 0;
  for (let i = 0; i < terms.length; i++) {
    const w = weights[i];
    sum += w * w;
    if (terms[i].anchor) anchorSum += w * w;
  }
  return { norm: Math.sqrt(sum), anchorNorm: Math.sqrt(anchorSum) };
}

/** Centroid terms (with their weights) in the order an object built in this order lists its keys:
 * canonical array indices ("12") first, ascending, then the others as inserted. */
function inKeyOrder(terms: TermEntry[], weights: number[]): [TermEntry[], number[]] {
  if (!terms.some((entry) => entry.indexKey)) return [terms, weights];
  const order = terms.map((_, i) => i);
  const indices = order.filter((i) => terms[i].indexKey).sort((a, b) => Number(terms[a].term) - Number(terms[b].term));
  const rest = order.filter((i) => !terms[i].indexKey);
  const sorted = [...indices, ...rest];
  return [sorted.map((i) => terms[i]), sorted.map((i) => weights[i])];
}

/** The stamped vector's terms by weight, strongest first (a stable sort: ties keep their order). */
function strongestFirst(terms: readonly TermEntry[]): TermEntry[] {
  return [...terms].sort((a, b) => b.weight - a.weight);
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
