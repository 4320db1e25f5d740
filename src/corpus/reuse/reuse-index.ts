// Text reuse between articles, incrementally: each new article is compared with those before it.
// Candidates come from an inverted index of word bigrams in neutral form (common bigrams such as
// "siger han" are skipped); passages are chains of shared bigrams along a near-diagonal, with gaps
// for the words a rewrite or translation changes. Exact duplicates are caught by a hash of the
// normalised text, near-duplicates by MinHash with LSH banding over 5-word shingles.
import { createHash } from 'node:crypto';
import { neutralForm } from './neutral-form.js';

export interface ReuseArticle {
  id: string;
  text: string;
  lang: string;
}

export interface Passage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export interface ReusePair {
  /** The earlier article. */
  a: string;
  /** The later article, whose text is found in `a`. */
  b: string;
  /** Fraction of b's words inside shared passages. */
  share: number;
  crossLingual: boolean;
  passages: Passage[];
  exactDuplicate: boolean;
  /** MinHash estimate of the Jaccard similarity of their 5-word shingles. */
  jaccard: number;
}

export interface ReuseOptions {
  /** Shared rare bigrams a pair needs before it is aligned. */
  minSharedSeeds: number;
  /** A bigram in more earlier articles than this is too common to seed a passage. */
  maxSeedFrequency: number;
  /** Words a chain may skip between two shared bigrams. */
  maxGap: number;
  /** How far a chain may drift off its diagonal (words inserted on one side only). */
  maxDrift: number;
  /** Words a passage must cover in b. */
  minPassageWords: number;
  /** Pairs sharing less than this of b are not reported. */
  minShare: number;
  /** Earlier articles aligned with each new one, best-sharing first. */
  maxCandidates: number;
  /** Share of the new article's distinct bigrams a candidate must share before alignment. */
  minSeedShare: number;
  /** Earlier articles kept for comparison (the newest); older ones leave, so memory is bounded. */
  windowArticles: number;
}

// Gap, drift and seed share tuned on gold/reuse.jsonl (translations between Swedish and Danish or
// Norwegian reorder and change more words than Danish↔Norwegian), checked for no false pairs on
// the 478 articles of the stories gold corpus.
export const reuseDefaults: ReuseOptions = { minSharedSeeds: 4, maxSeedFrequency: 40, maxGap: 6, maxDrift: 4, minPassageWords: 10, minShare: 0.15, maxCandidates: 12, minSeedShare: 0.04, windowArticles: 20_000 };

const MINHASH_SIZE = 64;
const LSH_BANDS = 16;
const SHINGLE = 5;

interface Word {
  start: number;
  end: number;
  form: string;
}

interface IndexedArticle {
  id: string;
  exactKey: string;
  lang: string;
  words: Word[];
  seeds: Map<number, number[]>;
  signature: Uint32Array;
}

/** FNV-1a, 32 bits: fast and good enough for shingle identities. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu)) {
    const start = m.index ?? 0;
    words.push({ start, end: start + m[0].length, form: neutralForm(m[0]) });
  }
  return words;
}

/** A 32-bit mix for the i-th MinHash function (xorshift-multiply of the shingle hash). */
function permute(hash: number, i: number): number {
  let h = (hash ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function minhash(words: readonly Word[]): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let key = '';
    for (let k = 0; k < SHINGLE; k++) key += `${words[i + k].form} `;
    const hash = fnv(key);
    for (let f = 0; f < MINHASH_SIZE; f++) {
      const v = permute(hash, f);
      if (v < signature[f]) signature[f] = v;
    }
  }
  return signature;
}

function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / MINHASH_SIZE;
}

export class ReuseIndex {
  /** Every article added, by arrival; those out of the window are dropped (undefined). */
  private readonly articles: (IndexedArticle | undefined)[] = [];
  /** Bigram hash → indices into `articles` of those containing it. */
  private seedPostings = new Map<number, number[]>();
  private bandBuckets = new Map<string, number[]>();
  private oldestLive = 0;
  private evictedSinceCompaction = 0;
  private readonly exact = new Map<string, string>();

  constructor(private readonly options: ReuseOptions = reuseDefaults) {}

  /** Adds an article and returns its reuse of articles added before it. */
  add(article: ReuseArticle): ReusePair[] {
    const words = wordsOf(article.text);
    const seeds = new Map<number, number[]>();
    for (let i = 0; i + 1 < words.length; i++) {
      const hash = fnv(`${words[i].form} ${words[i + 1].form}`);
      const list = seeds.get(hash);
      if (list) list.push(i);
      else seeds.set(hash, [i]);
    }
    const exactKey = createHash('sha1').update(words.map((w) => w.form).join(' ')).digest('hex');
    const indexed: IndexedArticle = { id: article.id, exactKey, lang: article.lang, words, seeds, signature: minhash(words) };
    const pairs: ReusePair[] = [];
    const duplicateOf = this.exact.get(exactKey);

    const shared = new Map<number, number>();
    for (const hash of seeds.keys()) {
      const posting = this.seedPostings.get(hash);
      if (!posting || posting.length > this.options.maxSeedFrequency) continue;
      for (const other of posting) if (other >= this.oldestLive) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    // Near-duplicates found by LSH are aligned even when their bigrams are all common ones.
    for (const band of this.bands(indexed.signature)) {
      for (const other of this.bandBuckets.get(band) ?? []) if (other >= this.oldestLive) shared.set(other, Math.max(shared.get(other) ?? 0, this.options.minSharedSeeds));
    }
    // Only the best-sharing candidates are aligned: on template-heavy text every article shares a
    // few bigrams with hundreds of others, and alignment is the costly step.
    // A pair must share a fair part of the new article's bigrams to be worth aligning.
    const minShared = Math.max(this.options.minSharedSeeds, Math.ceil(this.options.minSeedShare * seeds.size));
    const candidates = [...shared.entries()]
      .filter(([, count]) => count >= minShared)
      .sort((x, y) => y[1] - x[1])
      .slice(0, this.options.maxCandidates);
    for (const [otherIndex] of candidates) {
      const other = this.articles[otherIndex] as IndexedArticle;
      const exactDuplicate = duplicateOf === other.id;
      const passages = exactDuplicate ? [{ aStart: 0, aEnd: other.words.length, bStart: 0, bEnd: words.length }] : this.align(other, indexed);
      const covered = new Uint8Array(words.length);
      for (const p of passages) covered.fill(1, p.bStart, p.bEnd);
      const share = words.length ? covered.reduce((sum, c) => sum + c, 0) / words.length : 0;
      if (share < this.options.minShare) continue;
      pairs.push({
        a: other.id,
        b: article.id,
        share: Math.round(share * 1000) / 1000,
        crossLingual: other.lang !== article.lang,
        passages: passages.map((p) => ({
          aStart: other.words[p.aStart].start,
          aEnd: other.words[p.aEnd - 1].end,
          bStart: words[p.bStart].start,
          bEnd: words[p.bEnd - 1].end,
        })),
        exactDuplicate,
        jaccard: jaccardEstimate(other.signature, indexed.signature),
      });
    }

    const index = this.articles.length;
    this.articles.push(indexed);
    for (const hash of seeds.keys()) {
      const posting = this.seedPostings.get(hash);
      if (posting) {
        if (posting.length <= this.options.maxSeedFrequency) posting.push(index);
      } else this.seedPostings.set(hash, [index]);
    }
    for (const band of this.bands(indexed.signature)) {
      const bucket = this.bandBuckets.get(band);
      if (bucket) bucket.push(index);
      else this.bandBuckets.set(band, [index]);
    }
    if (!this.exact.has(exactKey)) this.exact.set(exactKey, article.id);
    this.evictBeyondWindow();
    return pairs.sort((x, y) => y.share - x.share);
  }

  /** Drops the oldest article once the window is full; postings are rebuilt from the live
   * articles every half window, so dropped ones stop costing memory at amortised O(1). */
  private evictBeyondWindow(): void {
    while (this.articles.length - this.oldestLive > this.options.windowArticles) {
      const old = this.articles[this.oldestLive];
      if (old && this.exact.get(old.exactKey) === old.id) this.exact.delete(old.exactKey);
      this.articles[this.oldestLive] = undefined;
      this.oldestLive++;
      this.evictedSinceCompaction++;
    }
    if (this.evictedSinceCompaction < Math.max(1, this.options.windowArticles / 2)) return;
    this.evictedSinceCompaction = 0;
    this.seedPostings = new Map();
    this.bandBuckets = new Map();
    for (let index = this.oldestLive; index < this.articles.length; index++) {
      const live = this.articles[index] as IndexedArticle;
      for (const hash of live.seeds.keys()) {
        const posting = this.seedPostings.get(hash);
        if (posting) {
          if (posting.length <= this.options.maxSeedFrequency) posting.push(index);
        } else this.seedPostings.set(hash, [index]);
      }
      for (const band of this.bands(live.signature)) {
        const bucket = this.bandBuckets.get(band);
        if (bucket) bucket.push(index);
        else this.bandBuckets.set(band, [index]);
      }
    }
  }

  /** LSH band keys of a signature: articles sharing one are near-duplicate candidates. */
  private *bands(signature: Uint32Array): Generator<string> {
    const rows = MINHASH_SIZE / LSH_BANDS;
    for (let b = 0; b < LSH_BANDS; b++) {
      if (signature[b * rows] === 0xffffffff) return; // too short for shingles
      yield `${b}:${Array.from(signature.subarray(b * rows, (b + 1) * rows)).join(',')}`;
    }
  }

  /** Shared passages of a and b in word indices: chains of shared bigrams near one diagonal. */
  private align(a: IndexedArticle, b: IndexedArticle): { aStart: number; aEnd: number; bStart: number; bEnd: number }[] {
    const matches: [number, number][] = [];
    for (const [hash, bPositions] of b.seeds) {
      const aPositions = a.seeds.get(hash);
      if (!aPositions || aPositions.length > 3 || bPositions.length > 3) continue; // repeated bigrams say little
      for (const j of bPositions) for (const i of aPositions) matches.push([i, j]);
    }
    matches.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
    const passages: { aStart: number; aEnd: number; bStart: number; bEnd: number }[] = [];
    const used = new Uint8Array(matches.length);
    for (let s = 0; s < matches.length; s++) {
      if (used[s]) continue;
      let [lastI, lastJ] = matches[s];
      const [startI, startJ] = matches[s];
      let seeds = 1;
      used[s] = 1;
      for (let t = s + 1; t < matches.length; t++) {
        if (used[t]) continue;
        const [i, j] = matches[t];
        if (j - lastJ > this.options.maxGap + 1) break;
        const di = i - lastI;
        const dj = j - lastJ;
        if (di <= 0 || dj <= 0 || Math.abs(di - dj) > this.options.maxDrift || di > this.options.maxGap + 1) continue;
        lastI = i;
        lastJ = j;
        seeds++;
        used[t] = 1;
      }
      const bLength = lastJ + 2 - startJ;
      if (bLength >= this.options.minPassageWords && seeds >= 3) passages.push({ aStart: startI, aEnd: lastI + 2, bStart: startJ, bEnd: lastJ + 2 });
    }
    return passages.sort((x, y) => x.bStart - y.bStart);
  }
}
