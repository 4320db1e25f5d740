// Online story clustering, one article at a time in publication order: candidate stories come
// from an inverted index over story centroids (never a scan of all stories), the best candidate
// by TF-IDF cosine with a time decay is joined when it clears a threshold, otherwise the article
// opens a new story. State is plain data, so the store can persist it and a later run continues.
import { isStopWord } from '../../nlp/terms/index.js';
import { neutralForm } from '../reuse/neutral-form.js';

export interface StoryArticle {
  id: string;
  title: string | null;
  text: string;
  lang: string;
  published: string | null;
}

export interface StoryState {
  id: string;
  /** Summed term weights of the member articles (pruned to the strongest terms). */
  centroid: Record<string, number>;
  articles: string[];
  /** Latest publication time seen, as epoch ms, or null when no member is dated. */
  lastTime: number | null;
}

export interface StoryIndexState {
  nextId: number;
  documents: number;
  documentFrequency: Record<string, number>;
  stories: StoryState[];
}

export interface StoryOptions {
  /** Cosine similarity above which an article joins a story. */
  joinThreshold: number;
  /** Days after which the similarity to a story halves. */
  halfLifeDays: number;
  /** Terms kept in a story centroid. */
  centroidTerms: number;
  /** Terms of an article used to look up candidate stories. */
  queryTerms: number;
  /** Candidate stories compared in full. */
  fullComparisons: number;
}

export const storyDefaults: StoryOptions = { joinThreshold: 0.16, halfLifeDays: 3, centroidTerms: 80, queryTerms: 25, fullComparisons: 12 };

const TITLE_WEIGHT = 3;
const NAME_WEIGHT = 1.5;
const DAY_MS = 86_400_000;

export function emptyStoryIndexState(): StoryIndexState {
  return { nextId: 1, documents: 0, documentFrequency: {}, stories: [] };
}

/** Epoch ms of an ISO date as precise as known, or null. */
export function timeOf(published: string | null): number | null {
  if (published === null) return null;
  const ms = Date.parse(published.length === 7 ? `${published}-01` : published);
  return Number.isNaN(ms) ? null : ms;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Raw term counts of an article: content words in the Nordic-neutral form of the reuse stage
 * (so "evakuert" and "evakuerats" are one term and stories form across languages), with title
 * words and capitalised names counting more. */
export function termCounts(article: StoryArticle): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  const addWords = (text: string, weight: number): void => {
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      if (word.length > 2 && !isStopWord(word.toLowerCase(), article.lang)) add(neutralForm(word), weight);
    }
  };
  addWords(article.title ?? '', TITLE_WEIGHT);
  addWords(article.text, 1);
  // Names are the strongest cross-outlet signal until entity resolution feeds this stage.
  for (const match of article.text.matchAll(/(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{Ll}]+(?:[-\s]\p{Lu}[\p{Ll}]+)*/gu)) {
    add(`@${match[0].toLowerCase()}`, NAME_WEIGHT);
  }
  return counts;
}

export class StoryIndex {
  private readonly state: StoryIndexState;
  private readonly byId = new Map<string, StoryState>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly norms = new Map<string, { norm: number; documents: number }>();

  constructor(
    state: StoryIndexState = emptyStoryIndexState(),
    private readonly options: StoryOptions = storyDefaults,
  ) {
    this.state = state;
    for (const story of state.stories) {
      this.byId.set(story.id, story);
      this.post(story);
    }
  }

  exportState(): StoryIndexState {
    return this.state;
  }

  story(id: string): StoryState | undefined {
    return this.byId.get(id);
  }

  private idf(term: string): number {
    return Math.log((1 + this.state.documents) / (1 + (this.state.documentFrequency[term] ?? 0))) + 1;
  }

  private weigh(counts: Map<string, number>): Map<string, number> {
    const vector = new Map<string, number>();
    for (const [term, count] of counts) vector.set(term, (1 + Math.log(count)) * this.idf(term));
    return vector;
  }

  private post(story: StoryState): void {
    for (const term of Object.keys(story.centroid)) {
      let set = this.postings.get(term);
      if (!set) this.postings.set(term, (set = new Set()));
      set.add(story.id);
    }
  }

  private unpost(story: StoryState): void {
    for (const term of Object.keys(story.centroid)) this.postings.get(term)?.delete(story.id);
  }

  /** The centroid's norm under current IDF, cached until the corpus has grown by a tenth:
   * IDF drifts slowly, and recomputing it for every comparison dominated the run time. */
  private centroidNorm(story: StoryState): number {
    const cached = this.norms.get(story.id);
    if (cached && cached.documents * 1.1 >= this.state.documents) return cached.norm;
    let sum = 0;
    for (const [term, weight] of Object.entries(story.centroid)) {
      const w = weight * this.idf(term);
      sum += w * w;
    }
    const norm = Math.sqrt(sum);
    this.norms.set(story.id, { norm, documents: this.state.documents });
    return norm;
  }

  /** Cosine between an article vector and a story centroid (weighted by current IDF). */
  private similarity(vector: Map<string, number>, norm: number, story: StoryState): number {
    let dot = 0;
    // The centroid is pruned to a few dozen terms; the article may have hundreds.
    for (const term in story.centroid) {
      const a = vector.get(term);
      if (a !== undefined) dot += a * story.centroid[term] * this.idf(term);
    }
    const storyNorm = this.centroidNorm(story);
    return storyNorm === 0 || norm === 0 ? 0 : dot / (storyNorm * norm);
  }

  /** Puts the article in a story and returns that story (its state, as updated). */
  assign(article: StoryArticle, counts: Map<string, number> = termCounts(article)): StoryState {
    for (const term of counts.keys()) this.state.documentFrequency[term] = (this.state.documentFrequency[term] ?? 0) + 1;
    this.state.documents++;
    const vector = this.weigh(counts);
    let norm = 0;
    for (const w of vector.values()) norm += w * w;
    norm = Math.sqrt(norm);

    // Candidates by a partial dot product over the article's strongest terms' postings; only the
    // best few are compared in full, so the cost does not grow with the number of stories.
    const queryTerms = [...vector.entries()].sort((a, b) => b[1] - a[1]).slice(0, this.options.queryTerms);
    const partial = new Map<string, number>();
    for (const [term, weight] of queryTerms) {
      for (const id of this.postings.get(term) ?? []) partial.set(id, (partial.get(id) ?? 0) + weight * this.idf(term));
    }
    const candidates = [...partial.entries()].sort((a, b) => b[1] - a[1]).slice(0, this.options.fullComparisons).map(([id]) => id);

    const time = timeOf(article.published);
    let best: StoryState | null = null;
    let bestScore = 0;
    for (const id of candidates) {
      const story = this.byId.get(id);
      if (!story) continue;
      let score = this.similarity(vector, norm, story);
      if (time !== null && story.lastTime !== null) {
        const days = Math.abs(time - story.lastTime) / DAY_MS;
        score *= Math.pow(0.5, Math.max(0, days - 1) / this.options.halfLifeDays);
      }
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }

    let story = best !== null && bestScore >= this.options.joinThreshold ? best : null;
    if (story === null) {
      story = { id: `s${this.state.nextId++}`, centroid: {}, articles: [], lastTime: null };
      this.state.stories.push(story);
      this.byId.set(story.id, story);
    } else {
      this.unpost(story);
      this.norms.delete(story.id);
    }
    // Centroids hold log-scaled counts; IDF is applied at comparison time, as it drifts.
    for (const [term, count] of counts) story.centroid[term] = (story.centroid[term] ?? 0) + 1 + Math.log(count);
    this.prune(story);
    story.articles.push(article.id);
    if (time !== null && (story.lastTime === null || time > story.lastTime)) story.lastTime = time;
    this.post(story);
    return story;
  }

  private prune(story: StoryState): void {
    const entries = Object.entries(story.centroid);
    if (entries.length <= this.options.centroidTerms) return;
    // Keep the terms that weigh most once IDF is applied: frequent-everywhere words drop out.
    entries.sort((a, b) => b[1] * this.idf(b[0]) - a[1] * this.idf(a[0]));
    story.centroid = Object.fromEntries(entries.slice(0, this.options.centroidTerms));
  }
}

/** Articles in the order clustering must see them: publication time, undated ones in arrival order. */
export function publicationOrder<T extends { published: string | null }>(articles: readonly T[]): T[] {
  return articles
    .map((article, index) => ({ article, index, time: timeOf(article.published) }))
    .sort((a, b) => (a.time ?? Number.POSITIVE_INFINITY) - (b.time ?? Number.POSITIVE_INFINITY) || a.index - b.index)
    .map((entry) => entry.article);
}
