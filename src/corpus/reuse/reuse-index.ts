// Text reuse between articles, incrementally: each new article is compared with those before it.
// Words become 32-bit ids of their language-neutral form (reuse-form.ts), so a wire story copied,
// lightly rewritten or translated between Danish, Bokmål, Nynorsk and Swedish reads as nearly the
// same id sequence. Candidates come from an inverted index of content-word bigrams (function
// words skipped, so "af"/"av", "at"/"å"/"att" and added articles do not break them; bigrams in
// many articles skipped) and from MinHash LSH bands for near-duplicates; exact duplicates from a
// hash of the whole form sequence. Each candidate is aligned by seed-and-extend: shared content
// words chained along a near-diagonal, with gaps for the words a rewrite or translation changes.
// Everything per article lives in typed arrays, and memory is bounded by a window of the newest
// articles.
import { PostingTable } from './posting-table.js';
import { FUNCTION_WORD, reuseFormId } from './reuse-form.js';

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
  /** Fraction of b's content words inside shared passages. */
  share: number;
  crossLingual: boolean;
  /** Character offsets of the shared passages in a's and b's text, in b's order. */
  passages: Passage[];
  exactDuplicate: boolean;
  /** MinHash estimate of the Jaccard similarity of their content-word bigrams. */
  jaccard: number;
}

export interface ReuseOptions {
  /** Rare content bigrams a candidate must share (LSH and exact matches count as enough). */
  minSharedSeeds: number;
  /** A bigram in more earlier articles than this is a set phrase, no sign of copying. */
  maxSeedFrequency: number;
  /** Newest articles taken per shared bigram: a wire paragraph copied by many outlets still
   * leads to the latest copies, at a bounded cost. */
  seedWalk: number;
  /** Earlier articles aligned with each new one, most seeds shared first: bounds the cost. */
  maxCandidates: number;
  /** A word form more often than this in either article is no anchor for alignment. */
  maxFormRepeats: number;
  /** Content words a chain may skip between two matched ones, on either side. */
  maxGap: number;
  /** How far a chain may drift off its diagonal (words inserted or reordered on one side). */
  maxDrift: number;
  /** A seed this far (content words) from the next one at a chain's end is trimmed. */
  trimGap: number;
  /** Chains this close on both sides (content words) join into one passage. */
  mergeGap: number;
  /** Matched content words a passage needs. */
  minMatches: number;
  /** Share of a passage's content words in b that are matched (and half of it in a). */
  minDensity: number;
  /** Pairs sharing less than this of b are not reported (0: any passage is reported). */
  minShare: number;
  /** Earlier articles kept for comparison (the newest); older ones leave, so memory is bounded. */
  windowArticles: number;
}

// Tuned on the dev split of gold/reuse.jsonl (see gold/README.md); precision checked on the NDT
// texts, which seldom share a passage.
export const reuseDefaults: ReuseOptions = {
  minSharedSeeds: 2,
  maxSeedFrequency: 200,
  seedWalk: 6,
  maxCandidates: 6,
  maxFormRepeats: 4,
  maxGap: 5,
  maxDrift: 3,
  trimGap: 4,
  mergeGap: 8,
  minMatches: 5,
  minDensity: 0.4,
  minShare: 0,
  windowArticles: 20_000,
};

const MINHASH_BINS = 64;
const LSH_BANDS = 16;
const LSH_ROWS = MINHASH_BINS / LSH_BANDS;
/** Fewer distinct bigrams than this give no LSH bands (the signature would be mostly filler). */
const MIN_BIGRAMS_FOR_LSH = 16;
/** Articles taken from one LSH bucket (newest first; the posting table keeps no more). */
const MAX_BUCKET_WALK = 8;
const EXACT_SCORE = 1 << 20;
/** Chain sort keys are bFrom × CHAIN_KEY + chain number (exact in a double). */
const CHAIN_KEY = 1 << 21;

interface IndexedArticle {
  id: string;
  lang: string;
  /** Hash of the whole form sequence, function words included. */
  exactKey: number;
  /** Content words: form id, how often the form occurs in the article (capped), offsets. */
  forms: Int32Array;
  repeats: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Distinct content-bigram hashes. */
  seeds: Int32Array;
  signature: Uint32Array;
  bands: Int32Array;
}

/** 32-bit finaliser (MurmurHash3 fmix32). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

let wordCharTable: Uint8Array | undefined;

/** 1 for letters and digits (any script), 2 for the joiners inside a word ("1.150", "Sund-", "’s"). */
function wordChars(): Uint8Array {
  if (!wordCharTable) {
    const table = new Uint8Array(65536);
    const letterOrDigit = /[\p{L}\p{N}]/u;
    for (let c = 0; c < 65536; c++) if (c < 0xd800 || c > 0xdfff) table[c] = letterOrDigit.test(String.fromCharCode(c)) ? 1 : 0;
    for (const joiner of ".,'’-") table[joiner.charCodeAt(0)] = 2;
    wordCharTable = table;
  }
  return wordCharTable;
}

/**
 * Form ids of the words seen, keyed by two 32-bit hashes of the word's characters, so that a
 * known word costs a hash over the text and one probe: no substring, no Map. Cleared when half
 * full, so memory stays fixed.
 */
class FormMemo {
  private readonly capacity = 1 << 17;
  /** Slot k: first hash, second hash, form id, used flag, side by side. */
  private readonly slots = new Int32Array(this.capacity * 4);
  private filled = 0;

  formId(text: string, start: number, end: number): number {
    let h1 = 0x811c9dc5;
    let h2 = 0x2545f491;
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    const mask = this.capacity - 1;
    let index = mix(h1) & mask;
    while (this.slots[index * 4 + 3] !== 0) {
      const slot = index * 4;
      if (this.slots[slot] === h1 && this.slots[slot + 1] === h2) return this.slots[slot + 2];
      index = (index + 1) & mask;
    }
    const id = reuseFormId(text.slice(start, end)) | 0;
    if (this.filled * 2 >= this.capacity) {
      this.slots.fill(0);
      this.filled = 0;
      index = mix(h1) & mask;
    }
    const slot = index * 4;
    this.slots[slot] = h1;
    this.slots[slot + 1] = h2;
    this.slots[slot + 2] = id;
    this.slots[slot + 3] = 1;
    this.filled++;
    return id;
  }
}

/** Reusable buffers for one article in flight: no allocation per word. */
class Scratch {
  formIds = new Int32Array(4096);
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  seeds = new Int32Array(4096);
  ensure(words: number): void {
    if (words <= this.formIds.length) return;
    let size = this.formIds.length;
    while (size < words) size *= 2;
    this.formIds = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.seeds = new Int32Array(size);
  }
}

/** A small open-addressed multimap from form id to its positions (a linked list, last first). */
class FormPositions {
  private keys = new Int32Array(1024);
  private used = new Uint8Array(1024);
  private heads = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private nextPosition = new Int32Array(1024);
  private mask = 1023;

  fill(forms: Int32Array): void {
    let capacity = this.keys.length;
    while (capacity < forms.length * 2) capacity *= 2;
    if (capacity !== this.keys.length) {
      this.keys = new Int32Array(capacity);
      this.used = new Uint8Array(capacity);
      this.heads = new Int32Array(capacity);
      this.counts = new Int32Array(capacity);
      this.nextPosition = new Int32Array(capacity);
      this.mask = capacity - 1;
    } else this.used.fill(0);
    for (let p = 0; p < forms.length; p++) {
      const slot = this.slotFor(forms[p]);
      if (!this.used[slot]) {
        this.used[slot] = 1;
        this.keys[slot] = forms[p];
        this.counts[slot] = 1;
        this.nextPosition[p] = -1;
      } else {
        this.counts[slot]++;
        this.nextPosition[p] = this.heads[slot];
      }
      this.heads[slot] = p;
    }
  }

  /** Slot of `form` (filled or the empty one where it would go). */
  slotFor(form: number): number {
    let slot = mix(form) & this.mask;
    while (this.used[slot] && this.keys[slot] !== form) slot = (slot + 1) & this.mask;
    return slot;
  }

  count(slot: number): number {
    return this.used[slot] ? this.counts[slot] : 0;
  }

  /** Last position of the slot's form; walk on with `next` until -1. */
  last(slot: number): number {
    return this.heads[slot];
  }

  next(position: number): number {
    return this.nextPosition[position];
  }
}

/** Chains under construction, five integers each, in one growable array. */
class ChainData {
  private values = new Int32Array(5 * 256);
  set5(k: number, aFrom: number, aTo: number, bFrom: number, bTo: number, matches: number): void {
    if (5 * k + 5 > this.values.length) {
      const bigger = new Int32Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    const at = 5 * k;
    this.values[at] = aFrom;
    this.values[at + 1] = aTo;
    this.values[at + 2] = bFrom;
    this.values[at + 3] = bTo;
    this.values[at + 4] = matches;
  }
  get(k: number, field: number): number {
    return this.values[5 * k + field];
  }
}

interface Chain {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  matches: number;
}

export class ReuseIndex {
  /** Live articles in a ring by arrival number (`arrival % ring.length`). */
  private readonly ring: (IndexedArticle | undefined)[];
  private arrivals = 0;
  private oldestLive = 0;
  private seedPostings: PostingTable;
  private bandPostings: PostingTable;
  private readonly exact = new Map<number, number>();
  private evictedSinceCompaction = 0;
  private readonly formMemo = new FormMemo();
  private readonly scratch = new Scratch();
  /** Positions of each form in the article being read (the b side of every alignment). */
  private readonly newArticleForms = new FormPositions();
  /** Candidate scores by ring slot, and the arrivals touched (to reset them). */
  private readonly candidateScore: Int32Array;
  private touched = new Int32Array(1024);
  // Alignment buffers, reused: matches (i in a, j in b), the chain being built, chains built.
  private matchA = new Int32Array(1024);
  private matchB = new Int32Array(1024);
  private chainA = new Int32Array(1024);
  private chainB = new Int32Array(1024);
  private chainOrder = new Float64Array(256);
  private readonly chainData = new ChainData();
  private readonly usedInA = { marks: new Uint8Array(4096) };
  private readonly usedInB = { marks: new Uint8Array(4096) };

  constructor(private readonly options: ReuseOptions = reuseDefaults) {
    this.ring = new Array<IndexedArticle | undefined>(options.windowArticles + 1);
    this.candidateScore = new Int32Array(options.windowArticles + 1);
    this.seedPostings = new PostingTable(options.seedWalk);
    this.bandPostings = new PostingTable(MAX_BUCKET_WALK);
  }

  /** Articles currently compared with new ones. */
  get liveArticles(): number {
    return this.arrivals - this.oldestLive;
  }

  /** Adds an article and returns its reuse of articles added before it. */
  add(article: ReuseArticle): ReusePair[] {
    const indexed = this.read(article);
    const pairs = this.match(indexed);
    this.insert(indexed);
    return pairs;
  }

  /** The reuse of earlier articles in `article`, without adding it. */
  find(article: ReuseArticle): ReusePair[] {
    return this.match(this.read(article));
  }

  /** Words → form ids, content-word arrays, seeds, MinHash signature and LSH bands. */
  private read(article: ReuseArticle): IndexedArticle {
    const text = article.text;
    const chars = wordChars();
    const scratch = this.scratch;
    scratch.ensure(text.length / 2 + 2);
    let words = 0;
    let exactHigh = 0x811c9dc5;
    let exactLow = 0x01000193;
    for (let i = 0; i < text.length; ) {
      if (chars[text.charCodeAt(i)] !== 1) {
        i++;
        continue;
      }
      const start = i;
      const numeric = text.charCodeAt(i) <= 57;
      for (;;) {
        while (i < text.length && chars[text.charCodeAt(i)] === 1) i++;
        if (i + 1 < text.length && chars[text.charCodeAt(i)] === 2 && chars[text.charCodeAt(i + 1)] === 1) {
          i++;
          continue;
        }
        // "12 000" is one number, as "12.000" and "12000" are.
        if (numeric && text.charCodeAt(i) === 32 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && chars[text.charCodeAt(i + 4)] !== 1) {
          i += 4;
          continue;
        }
        break;
      }
      const id = this.formMemo.formId(text, start, i);
      exactHigh = Math.imul(exactHigh ^ id, 0x01000193);
      exactLow = mix(exactLow + id);
      if (id & FUNCTION_WORD) continue;
      scratch.formIds[words] = id;
      scratch.starts[words] = start;
      scratch.ends[words] = i;
      words++;
    }
    const scratchForms = scratch.formIds.subarray(0, words);
    // The table stays filled with this article's forms: `match` looks b's words up in it.
    this.newArticleForms.fill(scratchForms);
    let seedCount = 0;
    for (let k = 0; k + 1 < words; k++) scratch.seeds[seedCount++] = mix(Math.imul(scratchForms[k], 0x9e3779b1) ^ scratchForms[k + 1]);
    const distinctSeeds = sortDistinct(scratch.seeds.subarray(0, seedCount));
    const bandCount = distinctSeeds >= MIN_BIGRAMS_FOR_LSH ? LSH_BANDS : 0;
    // One buffer per article, viewed as its arrays: a window of articles is a few thousand
    // allocations, not seven times as many.
    const buffer = new ArrayBuffer(4 * (3 * words + distinctSeeds + MINHASH_BINS + bandCount) + words);
    let offset = 0;
    const view = (length: number): Int32Array => {
      const array = new Int32Array(buffer, offset, length);
      offset += 4 * length;
      return array;
    };
    const forms = view(words);
    forms.set(scratchForms);
    const starts = view(words);
    starts.set(scratch.starts.subarray(0, words));
    const ends = view(words);
    ends.set(scratch.ends.subarray(0, words));
    const seeds = view(distinctSeeds);
    seeds.set(scratch.seeds.subarray(0, distinctSeeds));
    const signature = new Uint32Array(buffer, offset, MINHASH_BINS);
    offset += 4 * MINHASH_BINS;
    minhashSignature(seeds, signature);
    const bands = view(bandCount);
    if (bandCount > 0) bandKeys(signature, bands);
    const repeats = new Uint8Array(buffer, offset, words);
    for (let k = 0; k < words; k++) repeats[k] = Math.min(255, this.newArticleForms.count(this.newArticleForms.slotFor(forms[k])));
    return {
      id: article.id,
      lang: article.lang,
      exactKey: (exactHigh >>> 0) * 0x200000 + (exactLow >>> 11),
      forms,
      repeats,
      starts,
      ends,
      seeds,
      signature,
      bands,
    };
  }

  private match(b: IndexedArticle): ReusePair[] {
    const { options } = this;
    const slots = this.ring.length;
    const scores = this.candidateScore;
    let touched = 0;
    for (const seed of b.seeds) {
      const posting = this.seedPostings.find(seed);
      if (posting < 0 || this.seedPostings.count(posting) > options.maxSeedFrequency) continue;
      const walk = Math.min(this.seedPostings.count(posting), options.seedWalk);
      for (let rank = 0; rank < walk; rank++) {
        const arrival = this.seedPostings.newest(posting, rank);
        if (arrival < this.oldestLive) break;
        const slot = arrival % slots;
        if (scores[slot] === 0) {
          if (touched === this.touched.length) this.touched = grow(this.touched);
          this.touched[touched++] = arrival;
        }
        scores[slot]++;
      }
    }
    // Near-duplicates found by LSH (and exact ones) are aligned even when their bigrams are all
    // common ones.
    const lift = (arrival: number, score: number): void => {
      const slot = arrival % slots;
      if (scores[slot] === 0) {
        if (touched === this.touched.length) this.touched = grow(this.touched);
        this.touched[touched++] = arrival;
      }
      scores[slot] = Math.max(scores[slot], score);
    };
    for (const band of b.bands) {
      const bucket = this.bandPostings.find(band);
      if (bucket < 0) continue;
      const walk = Math.min(this.bandPostings.count(bucket), MAX_BUCKET_WALK);
      for (let rank = 0; rank < walk; rank++) {
        const arrival = this.bandPostings.newest(bucket, rank);
        if (arrival < this.oldestLive) break;
        lift(arrival, options.minSharedSeeds);
      }
    }
    const duplicateOf = this.exact.get(b.exactKey);
    if (duplicateOf !== undefined && duplicateOf >= this.oldestLive) lift(duplicateOf, EXACT_SCORE);

    // Keep the best-scoring few: alignment is the costly step.
    const best: number[] = [];
    const bestScore: number[] = [];
    for (let t = 0; t < touched; t++) {
      const arrival = this.touched[t];
      const slot = arrival % slots;
      const score = scores[slot];
      scores[slot] = 0;
      if (score < options.minSharedSeeds) continue;
      if (best.length === options.maxCandidates && score <= bestScore[best.length - 1]) continue;
      let at = best.length === options.maxCandidates ? best.length - 1 : best.length;
      while (at > 0 && bestScore[at - 1] < score) {
        best[at] = best[at - 1];
        bestScore[at] = bestScore[at - 1];
        at--;
      }
      best[at] = arrival;
      bestScore[at] = score;
    }
    if (best.length === 0) return [];

    const pairs: ReusePair[] = [];
    for (const arrival of best) {
      const a = this.ring[arrival % slots] as IndexedArticle;
      const exactDuplicate = arrival === duplicateOf;
      const chains = exactDuplicate ? [{ aFrom: 0, aTo: a.forms.length - 1, bFrom: 0, bTo: b.forms.length - 1, matches: b.forms.length }] : this.align(a, b);
      if (chains.length === 0 || b.forms.length === 0) continue;
      let covered = 0;
      for (const c of chains) covered += c.bTo - c.bFrom + 1;
      const share = covered / b.forms.length;
      if (share < options.minShare) continue;
      pairs.push({
        a: a.id,
        b: b.id,
        share: Math.round(share * 1000) / 1000,
        crossLingual: a.lang !== b.lang,
        passages: chains.map((c) => ({ aStart: a.starts[c.aFrom], aEnd: a.ends[c.aTo], bStart: b.starts[c.bFrom], bEnd: b.ends[c.bTo] })),
        exactDuplicate,
        jaccard: jaccardEstimate(a.signature, b.signature),
      });
    }
    return pairs.sort((x, y) => y.share - x.share);
  }

  /**
   * Shared passages of a and b in content-word indices. Seeds are the content words both hold at
   * most `maxFormRepeats` times; a chain extends from a seed to the next one within `maxGap` words
   * on both sides and `maxDrift` of the diagonal, so a translation that swaps, adds or drops a
   * few words stays one chain. Nearby chains merge; passages need `minMatches` seeds covering
   * `minDensity` of their span in b (and half that in a).
   */
  private align(a: IndexedArticle, b: IndexedArticle): Chain[] {
    const { options } = this;
    let matches = 0;
    for (let i = 0; i < a.forms.length; i++) {
      if (a.repeats[i] > options.maxFormRepeats) continue;
      const bSlot = this.newArticleForms.slotFor(a.forms[i]);
      const inB = this.newArticleForms.count(bSlot);
      if (inB === 0 || inB > options.maxFormRepeats) continue;
      // Positions come last first; matches must stay sorted by (i, j) for the chaining below.
      const firstMatch = matches;
      for (let j = this.newArticleForms.last(bSlot); j >= 0; j = this.newArticleForms.next(j)) {
        if (matches === this.matchA.length) {
          this.matchA = grow(this.matchA);
          this.matchB = grow(this.matchB);
        }
        this.matchA[matches] = i;
        this.matchB[matches] = j;
        matches++;
      }
      for (let lo = firstMatch, hi = matches - 1; lo < hi; lo++, hi--) {
        const j = this.matchB[lo];
        this.matchB[lo] = this.matchB[hi];
        this.matchB[hi] = j;
      }
    }
    if (matches < options.minMatches) return [];

    // Each word of a and of b anchors one chain at most: repeated forms cannot count twice.
    let chainCount = 0;
    const usedA = this.usedMarks(this.usedInA, a.forms.length);
    const usedB = this.usedMarks(this.usedInB, b.forms.length);
    if (this.chainA.length < matches) {
      this.chainA = new Int32Array(this.matchA.length);
      this.chainB = new Int32Array(this.matchA.length);
    }
    const chainA = this.chainA;
    const chainB = this.chainB;
    const matchA = this.matchA;
    const matchB = this.matchB;
    const maxStep = options.maxGap + 1;
    const maxDrift = options.maxDrift;
    const trimGap = options.trimGap;
    for (let s = 0; s < matches; s++) {
      if (usedA[matchA[s]] || usedB[matchB[s]]) continue;
      let length = 0;
      let lastI = matchA[s];
      let lastJ = matchB[s];
      chainA[length] = lastI;
      chainB[length++] = lastJ;
      for (let t = s + 1; t < matches; t++) {
        const i = matchA[t];
        const di = i - lastI;
        if (di > maxStep) break;
        const j = matchB[t];
        const dj = j - lastJ;
        if (di <= 0 || dj > maxStep || dj - di > maxDrift || di - dj > maxDrift || usedA[i] || usedB[j]) continue;
        lastI = i;
        lastJ = j;
        chainA[length] = i;
        chainB[length++] = j;
      }
      // A stray seed at either end, far from the next, is a chance match: trim it.
      let first = 0;
      let last = length - 1;
      while (last - first >= 2 && (chainA[first + 1] - chainA[first] > trimGap || Math.abs(chainB[first + 1] - chainB[first]) > trimGap)) first++;
      while (last - first >= 2 && (chainA[last] - chainA[last - 1] > trimGap || Math.abs(chainB[last] - chainB[last - 1]) > trimGap)) last--;
      if (last - first < 1) {
        usedA[chainA[0]] = 1;
        usedB[chainB[0]] = 1;
        continue;
      }
      let bFrom = chainB[first];
      let bTo = chainB[first];
      for (let k = first; k <= last; k++) {
        usedA[chainA[k]] = 1;
        usedB[chainB[k]] = 1;
        if (chainB[k] < bFrom) bFrom = chainB[k];
        if (chainB[k] > bTo) bTo = chainB[k];
      }
      // Chains go to flat storage, with an order key (bFrom, k) to sort them without objects.
      if (chainCount === this.chainOrder.length) this.chainOrder = grow(this.chainOrder);
      this.chainOrder[chainCount] = bFrom * CHAIN_KEY + chainCount;
      this.chainData.set5(chainCount, chainA[first], chainA[last], bFrom, bTo, last - first + 1);
      chainCount++;
    }
    return this.mergeChains(chainCount);
  }

  /** Chains in b's order, those close on both sides merged, filtered to real passages. */
  private mergeChains(chainCount: number): Chain[] {
    const { options } = this;
    const order = this.chainOrder.subarray(0, chainCount).sort();
    const data = this.chainData;
    const merged: Chain[] = [];
    let last: Chain | undefined;
    for (const key of order) {
      const k = key % CHAIN_KEY;
      const aFrom = data.get(k, 0);
      const aTo = data.get(k, 1);
      const bFrom = data.get(k, 2);
      const bTo = data.get(k, 3);
      const matches = data.get(k, 4);
      if (last && bFrom - last.bTo <= options.mergeGap && aFrom - last.aTo <= options.mergeGap && aFrom - last.aTo >= -options.maxDrift) {
        last.aTo = Math.max(last.aTo, aTo);
        last.aFrom = Math.min(last.aFrom, aFrom);
        last.bTo = Math.max(last.bTo, bTo);
        last.matches += matches;
      } else {
        last = { aFrom, aTo, bFrom, bTo, matches };
        merged.push(last);
      }
    }
    // Dense in b, and not too sparse in a: a few words of b matched across a long stretch of a
    // (a repeated phrase) is no passage, while a translation may spend a few more words in a.
    const dense = (c: Chain): boolean => c.matches >= options.minDensity * (c.bTo - c.bFrom + 1) && 2 * c.matches >= options.minDensity * (c.aTo - c.aFrom + 1);
    return merged.filter((c) => c.matches >= options.minMatches && dense(c));
  }

  /** A zeroed mark array of at least `length`, reused across alignments. */
  private usedMarks(holder: { marks: Uint8Array }, length: number): Uint8Array {
    if (holder.marks.length < length) holder.marks = new Uint8Array(Math.max(length, holder.marks.length * 2));
    else holder.marks.fill(0, 0, length);
    return holder.marks;
  }

  private insert(article: IndexedArticle): void {
    const arrival = this.arrivals++;
    this.ring[arrival % this.ring.length] = article;
    this.index(article, arrival);
    if (!this.exact.has(article.exactKey)) this.exact.set(article.exactKey, arrival);
    this.evictBeyondWindow();
  }

  private index(article: IndexedArticle, arrival: number): void {
    for (const seed of article.seeds) this.seedPostings.add(seed, arrival);
    for (const band of article.bands) this.bandPostings.add(band, arrival);
  }

  /** Drops the oldest articles beyond the window; postings are rebuilt from the live articles
   * every half window, so dropped ones stop costing memory at amortised O(1) per article. */
  private evictBeyondWindow(): void {
    while (this.arrivals - this.oldestLive > this.options.windowArticles) {
      const slot = this.oldestLive % this.ring.length;
      const old = this.ring[slot];
      if (old && this.exact.get(old.exactKey) === this.oldestLive) this.exact.delete(old.exactKey);
      this.ring[slot] = undefined;
      this.oldestLive++;
      this.evictedSinceCompaction++;
    }
    if (this.evictedSinceCompaction < Math.max(1, this.options.windowArticles / 2)) return;
    this.evictedSinceCompaction = 0;
    // Sized for the live keys, so a rebuilt table is no larger than the window needs: no more
    // than the live articles' postings, nor than the old table's keys (one and a half windows'
    // worth, of which about two thirds are live); a table that guessed low grows.
    let liveSeeds = 0;
    for (let arrival = this.oldestLive; arrival < this.arrivals; arrival++) liveSeeds += (this.ring[arrival % this.ring.length] as IndexedArticle).seeds.length;
    const liveKeys = (postings: number, table: PostingTable): number => Math.min(postings, (2 * table.size) / 3);
    this.seedPostings = new PostingTable(this.options.seedWalk, liveKeys(liveSeeds, this.seedPostings));
    this.bandPostings = new PostingTable(MAX_BUCKET_WALK, liveKeys(this.liveArticles * LSH_BANDS, this.bandPostings));
    for (let arrival = this.oldestLive; arrival < this.arrivals; arrival++) this.index(this.ring[arrival % this.ring.length] as IndexedArticle, arrival);
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Sorts `values` in place and moves its distinct values to the front; returns their count. */
function sortDistinct(values: Int32Array): number {
  values.sort();
  let kept = 0;
  for (let k = 0; k < values.length; k++) if (k === 0 || values[k] !== values[k - 1]) values[kept++] = values[k];
  return kept;
}

/** One-permutation MinHash: each bigram hash falls into one of 64 bins, which keep their
 * minimum; empty bins borrow from the next filled one (densification). One hash per bigram
 * instead of 64. */
function minhashSignature(seeds: Int32Array, signature: Uint32Array): void {
  signature.fill(0xffffffff);
  for (const seed of seeds) {
    const h = mix(seed ^ 0x5bd1e995) >>> 0;
    const bin = h >>> 26;
    const value = mix(seed) >>> 0;
    if (value < signature[bin]) signature[bin] = value;
  }
  if (seeds.length === 0 || !signature.includes(0xffffffff)) return;
  const original = signature.slice();
  for (let bin = 0; bin < MINHASH_BINS; bin++) {
    if (original[bin] !== 0xffffffff) continue;
    let from = (bin + 1) % MINHASH_BINS;
    while (original[from] === 0xffffffff) from = (from + 1) % MINHASH_BINS;
    signature[bin] = mix(original[from] ^ Math.imul(bin + 1, 0x27d4eb2d)) >>> 0;
  }
}

function bandKeys(signature: Uint32Array, keys: Int32Array): void {
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = Math.imul(band + 1, 0x9e3779b1);
    for (let row = 0; row < LSH_ROWS; row++) h = mix(h ^ signature[band * LSH_ROWS + row]);
    keys[band] = h;
  }
}

function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_BINS; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / MINHASH_BINS;
}
