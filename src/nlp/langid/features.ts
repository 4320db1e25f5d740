// Text → hashed feature indices for the Nordic language model: character n-grams over the
// lower-cased letters plus whole words. Training and inference share this code, so they cannot drift.

/** How a text is turned into features; stored in the model file so a model carries its own recipe. */
export interface FeatureConfig {
  /** Shortest and longest character n-gram (spaces between words count as characters). */
  minCharGram: number;
  maxCharGram: number;
  /** Whether whole words and adjacent word pairs are features too. */
  words: boolean;
  wordPairs: boolean;

  /** log2 of the number of hash buckets all features share. */
  hashBits: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  minCharGram: 1,
  maxCharGram: 5,
  words: true,
  wordPairs: true,
  hashBits: 20,
};

// Longer texts add nothing to the decision but time; articles are cut, not sampled, so a
// result does not depend on anything but the text's start.
export const MAX_NORMALIZED_CHARS = 6000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
// Distinct seeds keep a word from sharing a bucket with the identical character n-gram.
const WORD_SEED = 0x5bd1e995;
const PAIR_SEED = 0x27d4eb2f;
const LEXICON_SEED = 0x165667b1;
const SPACE = 32;

/** Word lists by language: which of them hold a word, as a bit mask in the lists' order. */
export interface WordLexicon {
  readonly languages: readonly string[];
  membership(wordHash: number): number;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Whether a UTF-16 code unit (or the code point starting there) is a letter or combining mark. */
function isLetterAt(text: string, index: number, code: number): boolean {
  // Fast paths for ASCII and Latin-1/Latin Extended, where nearly all Nordic text lives.
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code < 0x250) return code !== 0xd7 && code !== 0xf7;
  return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}

/**
 * Lower-cases and keeps only letters (with their combining marks), one space between words,
 * with a space at each end so word-initial and word-final n-grams are marked. Digits and
 * punctuation go: they say little about the language and differ between corpora (NordicDSL
 * has none), so leaving them out keeps training and use alike.
 */
export function normalizeForLangid(text: string): string {
  const source = text.length > MAX_NORMALIZED_CHARS * 2 ? text.slice(0, MAX_NORMALIZED_CHARS * 2) : text;
  // NFC only when needed: decomposed "a" + ring must hash like "å".
  const composed = /[\u0300-\u036f]/.test(source) ? source.normalize('NFC') : source;
  const lower = composed.toLowerCase();
  let out = ' ';
  let pendingSpace = false;
  let runStart = -1;
  for (let i = 0; i < lower.length && out.length < MAX_NORMALIZED_CHARS; i++) {
    const code = lower.charCodeAt(i);
    const letter = code >= 0xdc00 && code <= 0xdfff ? runStart >= 0 : isLetterAt(lower, i, code);
    if (letter) {
      if (runStart < 0) {
        if (pendingSpace) out += ' ';
        runStart = i;
      }
    } else if (runStart >= 0) {
      out += lower.slice(runStart, i);
      runStart = -1;
      pendingSpace = true;
    }
  }
  if (runStart >= 0) out += lower.slice(runStart);
  if (out.length === 1) return '';
  if (out.length > MAX_NORMALIZED_CHARS) out = out.slice(0, MAX_NORMALIZED_CHARS);
  return out.endsWith(' ') ? out : `${out} `;
}

/** Number of words in a normalised text (its spaces, less the leading one). */
export function countNormalizedWords(normalized: string): number {
  let spaces = 0;
  for (let i = 0; i < normalized.length; i++) if (normalized.charCodeAt(i) === SPACE) spaces++;
  return Math.max(0, spaces - 1);
}

/** Full 32-bit hash of one word, as `extractFeatures` reports it in `wordHashes`. */
export function hashWord(word: string): number {
  let hash = FNV_OFFSET ^ WORD_SEED;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Reusable output of `extractFeatures`: bucket indices, and each word's full hash. */
export interface FeatureBuffer {
  buckets: Int32Array;
  count: number;
  wordHashes: Int32Array;
  wordCount: number;
}

export function createFeatureBuffer(): FeatureBuffer {
  return { buckets: new Int32Array(4096), count: 0, wordHashes: new Int32Array(512), wordCount: 0 };
}

/**
 * Writes the feature buckets of a normalised text into `out` (grown as needed) and returns it
 * with the count; the same bucket appears once per occurrence.
 */
export function extractFeatures(
  normalized: string,
  config: FeatureConfig,
  out: FeatureBuffer,
  lexicon: WordLexicon | null = null,
): void {
  const mask = (1 << config.hashBits) - 1;
  const length = normalized.length;
  const { minCharGram, maxCharGram } = config;
  // Upper bound: every position starts up to maxCharGram n-grams, plus a few per word.
  const needed = length * (maxCharGram - minCharGram + 1) + length * 2 + 2;
  if (out.buckets.length < needed) out.buckets = new Int32Array(Math.max(needed, out.buckets.length * 2));
  if (out.wordHashes.length < length) out.wordHashes = new Int32Array(Math.max(length, out.wordHashes.length * 2));
  const buckets = out.buckets;
  const wordHashes = out.wordHashes;
  let wordCount = 0;
  let count = 0;

  for (let start = 0; start < length; start++) {
    let hash = FNV_OFFSET;
    const first = normalized.charCodeAt(start);
    for (let n = 1; n <= maxCharGram && start + n <= length; n++) {
      const code = normalized.charCodeAt(start + n - 1);
      // An n-gram that runs past a word boundary into the next word is not a feature, except
      // that it may end on the boundary space (so "og " and " og " mark a whole word).
      if (n > 1 && code === SPACE && start + n < length) {
        if (n >= minCharGram) buckets[count++] = (Math.imul(hash ^ code, FNV_PRIME) >>> 0) & mask;
        break;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
      if (n >= minCharGram && !(n === 1 && first === SPACE)) buckets[count++] = (hash >>> 0) & mask;
    }
  }

  let previousWordHash = 0;
  let wordStart = 1;
  for (let i = 1; i < length; i++) {
    if (normalized.charCodeAt(i) !== SPACE) continue;
    let hash = FNV_OFFSET ^ WORD_SEED;
    for (let j = wordStart; j < i; j++) hash = Math.imul(hash ^ normalized.charCodeAt(j), FNV_PRIME);
    wordHashes[wordCount++] = hash;
    if (config.words) buckets[count++] = (hash >>> 0) & mask;
    if (config.wordPairs && previousWordHash !== 0) {
      buckets[count++] = (Math.imul(previousWordHash ^ PAIR_SEED, FNV_PRIME) ^ hash) & mask;
    }
    if (lexicon !== null) {
      // Which word lists hold the word, with its length class (short words are in many lists
      // by accident): lets the model use every listed word, not only those seen in training.
      const letters = i - wordStart;
      const lengthClass = letters <= 2 ? 0 : letters <= 4 ? 1 : letters <= 7 ? 2 : 3;
      const pattern = (lexicon.membership(hash) << 2) | lengthClass;
      buckets[count++] = (Math.imul(LEXICON_SEED ^ pattern, FNV_PRIME) >>> 0) & mask;
    }
    previousWordHash = hash | 1;
    wordStart = i + 1;
  }
  out.count = count;
  out.wordCount = wordCount;
}
