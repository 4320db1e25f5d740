// The features of each token in its sentence: the word and its neighbours, shape, affixes,
// position, gazetteer and train-derived name lexicon hits (also for genitive forms), case habits
// and word clusters, as hashed keys. The same function serves training (CoNLL tokens) and the
// pipeline (our tokens).
import { SentenceFeatures, hashString } from './feature-table.js';

/** Data the features consult, all shipped inside the model file. */
export interface FeatureResources {
  /** Lower-case word → bit mask of coarse name types it was seen inside (1 PER, 2 ORG, 4 LOC, 8 MISC). */
  nameLexicon: ReadonlyMap<string, number>;
  /** Lower-case single-word country names in da/nb/nn/sv/en. */
  countries: ReadonlySet<string>;
  /** Lower-case words that are part of multi-word country names ("forente", "emirater"). */
  countryParts: ReadonlySet<string>;
  /** Lower-case word → how often it is written in lower case mid-sentence, bucketed 0–4. */
  lowerCaseShare: ReadonlyMap<string, number>;
  /** Lower-case word → cluster bit path (Brown-style: prefixes are coarser clusters). */
  clusters: ReadonlyMap<string, string>;
  /** Lower-case proper nouns of the word lists → mask of languages listing them (da 1, nb 2, nn 4, sv 8). */
  properNouns: ReadonlyMap<string, number>;
  /** Lower-case entries of the word lists (common words), possibly with rare false positives. */
  commonWords: { has(word: string): boolean };
  /** GeoNames places: lower-case name (multi-word names space-joined) → place code (see
   * `placeCode` in resources.ts: population bucket, +8 when Nordic). */
  places: ReadonlyMap<string, number>;
  /** Multi-word names of the training text: lower-case, space-joined → mask of coarse types
   * (as `nameLexicon`). */
  namePhrases: ReadonlyMap<string, number>;
}

const LANG_BIT: Readonly<Record<string, number>> = { da: 1, nb: 2, nn: 4, sv: 8 };

export const NAME_BITS: Readonly<Record<string, number>> = { PER: 1, ORG: 2, LOC: 4, MISC: 8 };

/** Collapsed word shape: "Oslo" → "Xx", "NRK" → "X", "2024" → "d", "SID-huset" → "X-x". */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    let cls: string;
    if (code >= 48 && code <= 57) cls = 'd';
    else if (code >= 65 && code <= 90) cls = 'X';
    else if (code >= 97 && code <= 122) cls = 'x';
    else if (code < 128) cls = form[i];
    else {
      const ch = form[i];
      cls = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    }
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape.length > 6 ? shape.slice(0, 6) : shape;
}

const isCapitalised = (form: string): boolean => {
  const first = form.charAt(0);
  return first !== first.toLowerCase();
};

const isWordLike = (form: string): boolean => /[\p{L}\p{N}]/u.test(form);

/** "Norges" → "norge", "Obama's" → "obama", "Zelenskyjs" → "zelenskyj"; null if not a genitive form. */
export function genitiveBase(lower: string): string | null {
  if (lower.length < 4) return null;
  if (lower.endsWith("'s") || lower.endsWith('’s')) return lower.slice(0, -2);
  if (lower.endsWith("'") || lower.endsWith('’')) return lower.slice(0, -1);
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return null;
}

/** Feature templates; the number is folded into each key. */
export const T = {
  bias: 1, lang: 2, form: 3, lower: 4, langLower: 5, shape: 6, prefix2: 7, prefix3: 8, suffix2: 9,
  suffix3: 10, suffix4: 11, previous: 12, next: 13, previous2: 14, next2: 15, previousBigram: 16,
  nextBigram: 17, previousShape: 18, nextShape: 19, shapeTrigram: 20, lexicon: 21, previousLexicon: 22,
  nextLexicon: 23, lexiconTrigram: 24, cluster: 25, cluster4: 26, cluster8: 27, cluster12: 28,
  previousCluster: 29, nextCluster: 30, lowerCaseShare: 31, initialShape: 32, country: 33,
  countryPart: 34, genitiveLexicon: 35, genitiveCountry: 36, genitiveCluster: 37, hyphenFirst: 38,
  hyphenLast: 39, hyphenLexicon: 40, singleChar: 41, properNoun: 42, wordListCombination: 43,
  previousWordShape: 44, nextWordShape: 45, shapeSuffix: 46, previousClusterBigram: 47, nextClusterBigram: 48,
  clusterNextWord: 49, clusterPreviousWord: 50, lexiconNextWord: 51, lexiconPreviousWord: 52,
  place: 53, placeSpan: 54, placePreviousWord: 55, genitivePlace: 56, hyphenPlace: 57, prefix4: 58,
  suffix1: 59, previous2Shape: 60, next2Shape: 61, namePhrase: 62,
} as const;

const NO_PLACE = 0x7f;
/** Longest multi-word place name the gazetteer keeps and looks up. */
export const MAX_PLACE_WORDS = 4;
/** Longest multi-word name the train-derived name-phrase lexicon keeps and looks up. */
export const MAX_NAME_PHRASE_WORDS = 6;
const firstWordsCache = new WeakMap<ReadonlyMap<string, number>, Set<string>>();

/** First words of the multi-word entries of a phrase map, so most tokens skip the span lookup. */
function firstWordsOf(phrases: ReadonlyMap<string, number>): Set<string> {
  let firstWords = firstWordsCache.get(phrases);
  if (firstWords === undefined) {
    firstWords = new Set();
    for (const phrase of phrases.keys()) {
      const space = phrase.indexOf(' ');
      if (space > 0) firstWords.add(phrase.slice(0, space));
    }
    firstWordsCache.set(phrases, firstWords);
  }
  return firstWords;
}

/** Per token: 0 outside multi-word entries of `phrases` (lower-case, space-joined), else
 * (1 first word | 2 later word) + 4 × the entry's code, longest match first. */
export function phraseSpans(lowers: readonly string[], phrases: ReadonlyMap<string, number>, maxWords: number): Int32Array {
  const spans = new Int32Array(lowers.length);
  const firstWords = firstWordsOf(phrases);
  for (let i = 0; i < lowers.length; i++) {
    if (spans[i] !== 0 || !firstWords.has(lowers[i])) continue;
    for (let length = Math.min(maxWords, lowers.length - i); length >= 2; length--) {
      const code = phrases.get(lowers.slice(i, i + length).join(' '));
      if (code === undefined) continue;
      for (let j = i; j < i + length; j++) spans[j] = (j === i ? 1 : 2) + 4 * code;
      break;
    }
  }
  return spans;
}

/** Templates naming the word itself: dropped at random in training so the model learns to
 * read context, shape and lexicons too, which is what unseen names have. */
export const WORD_IDENTITY_TEMPLATES: readonly number[] = [T.form, T.lower, T.langLower, T.previousBigram, T.nextBigram];

/** Per-token facts computed once per sentence, so neighbour features cost a lookup. */
interface TokenFacts {
  lower: number;
  shape: number;
  /** Name-lexicon mask, or NO_ENTRY. */
  lexicon: number;
  cluster: number;
  cluster4: number;
  cluster8: number;
  cluster12: number;
}

const NO_ENTRY = 0x7fff;
const BOUNDARY_HASH = hashString('<s>');
const UNKNOWN_CLUSTER = hashString('?');
const BOUNDARY: TokenFacts = {
  lower: BOUNDARY_HASH,
  shape: BOUNDARY_HASH,
  lexicon: NO_ENTRY + 1,
  cluster: BOUNDARY_HASH,
  cluster4: BOUNDARY_HASH,
  cluster8: BOUNDARY_HASH,
  cluster12: BOUNDARY_HASH,
};

function factsOf(form: string, resources: FeatureResources): TokenFacts {
  const lower = form.toLowerCase();
  const cluster = resources.clusters.get(lower);
  return {
    lower: hashString(lower),
    shape: hashString(wordShape(form)),
    lexicon: resources.nameLexicon.get(lower) ?? NO_ENTRY,
    cluster: cluster === undefined ? UNKNOWN_CLUSTER : hashString(cluster),
    cluster4: cluster === undefined ? UNKNOWN_CLUSTER : hashString(cluster.slice(0, 4)),
    cluster8: cluster === undefined ? UNKNOWN_CLUSTER : hashString(cluster.slice(0, 8)),
    cluster12: cluster === undefined ? UNKNOWN_CLUSTER : hashString(cluster.slice(0, 12)),
  };
}

/** The features of every token of a sentence. `lang` is conjoined with the word so one model can
 * learn what a word means in each language while sharing everything else. */
export function sentenceFeatures(tokens: readonly string[], lang: string, resources: FeatureResources): SentenceFeatures {
  const facts = tokens.map((form) => factsOf(form, resources));
  const at = (index: number): TokenFacts => (index < 0 || index >= facts.length ? BOUNDARY : facts[index]);
  const lowers = tokens.map((form) => form.toLowerCase());
  const spans = phraseSpans(lowers, resources.places, MAX_PLACE_WORDS);
  const nameSpans = phraseSpans(lowers, resources.namePhrases, MAX_NAME_PHRASE_WORDS);
  const out = new SentenceFeatures(tokens.length);
  const langHash = hashString(lang);
  let initial = 1;
  for (let i = 0; i < tokens.length; i++) {
    const form = tokens[i];
    const own = facts[i];
    const previous = at(i - 1);
    const next = at(i + 1);
    const lower = lowers[i];
    out.add(T.bias);
    out.add(T.lang, langHash);
    out.add(T.form, hashString(form));
    out.add(T.lower, own.lower);
    out.add(T.langLower, langHash, own.lower);
    out.add(T.shape, own.shape);
    out.add(T.prefix2, hashString(lower.slice(0, 2)));
    out.add(T.prefix3, hashString(lower.slice(0, 3)));
    out.add(T.suffix2, hashString(lower.slice(-2)));
    out.add(T.suffix3, hashString(lower.slice(-3)));
    out.add(T.suffix4, hashString(lower.slice(-4)));
    out.add(T.prefix4, hashString(lower.slice(0, 4)));
    out.add(T.suffix1, hashString(lower.slice(-1)));
    out.add(T.previous2Shape, at(i - 2).shape, previous.shape, own.shape);
    out.add(T.next2Shape, own.shape, next.shape, at(i + 2).shape);
    out.add(T.previous, previous.lower);
    out.add(T.next, next.lower);
    out.add(T.previous2, at(i - 2).lower);
    out.add(T.next2, at(i + 2).lower);
    out.add(T.previousBigram, previous.lower, own.lower);
    out.add(T.nextBigram, own.lower, next.lower);
    out.add(T.previousShape, previous.shape, own.shape);
    out.add(T.nextShape, own.shape, next.shape);
    out.add(T.shapeTrigram, previous.shape, own.shape, next.shape);
    out.add(T.lexicon, own.lexicon);
    out.add(T.previousLexicon, previous.lexicon);
    out.add(T.nextLexicon, next.lexicon);
    out.add(T.lexiconTrigram, previous.lexicon, own.lexicon, next.lexicon);
    out.add(T.cluster, own.cluster);
    out.add(T.cluster4, own.cluster4);
    out.add(T.cluster8, own.cluster8);
    out.add(T.cluster12, own.cluster12);
    out.add(T.previousCluster, previous.cluster8);
    out.add(T.nextCluster, next.cluster8);
    out.add(T.previousWordShape, previous.lower, own.shape);
    out.add(T.nextWordShape, own.shape, next.lower);
    out.add(T.shapeSuffix, own.shape, hashString(lower.slice(-3)));
    out.add(T.previousClusterBigram, previous.cluster4, own.cluster4);
    out.add(T.nextClusterBigram, own.cluster4, next.cluster4);
    // What kind of word this is, with the word beside it: a country before "har" acts (ORG),
    // after "i" it is a place (GPE).
    out.add(T.clusterNextWord, own.cluster8, next.lower);
    out.add(T.clusterPreviousWord, own.cluster8, previous.lower);
    out.add(T.lexiconNextWord, own.lexicon, next.lower);
    out.add(T.lexiconPreviousWord, own.lexicon, previous.lower);
    const capitalised = isCapitalised(form);
    // Gazetteer: a known place, alone or inside a multi-word name, and the word before it.
    const place = resources.places.get(lower);
    if (place !== undefined) {
      out.add(T.place, place, capitalised ? 1 : 0);
      out.add(T.placePreviousWord, previous.lower, capitalised ? 1 : 0);
    }
    if (spans[i] !== 0) out.add(T.placeSpan, spans[i], capitalised ? 1 : 0);
    // A multi-word name seen whole in training ("Det Norske Teatret"), whose words alone are not.
    if (nameSpans[i] !== 0) out.add(T.namePhrase, nameSpans[i]);
    if (capitalised) {
      // At a sentence start capitals say little; how the word is written elsewhere says more.
      out.add(T.lowerCaseShare, initial, resources.lowerCaseShare.get(lower) ?? 9);
      out.add(T.initialShape, initial, own.shape);
    }
    if (resources.countries.has(lower)) out.add(T.country);
    else if (resources.countryParts.has(lower)) out.add(T.countryPart);
    const base = capitalised ? genitiveBase(lower) : null;
    if (base !== null) {
      out.add(T.genitiveLexicon, resources.nameLexicon.get(base) ?? NO_ENTRY);
      if (resources.countries.has(base)) out.add(T.genitiveCountry);
      const baseCluster = resources.clusters.get(base);
      out.add(T.genitiveCluster, baseCluster === undefined ? UNKNOWN_CLUSTER : hashString(baseCluster.slice(0, 8)));
      out.add(T.genitivePlace, resources.places.get(base) ?? NO_PLACE);
    }
    const hyphen = lower.indexOf('-');
    if (hyphen > 0) {
      const first = lower.slice(0, hyphen);
      out.add(T.hyphenFirst, hashString(first));
      out.add(T.hyphenLast, hashString(lower.slice(lower.lastIndexOf('-') + 1)));
      out.add(T.hyphenLexicon, resources.nameLexicon.get(first) ?? NO_ENTRY);
      out.add(T.hyphenPlace, resources.places.get(first) ?? NO_PLACE);
    }
    if (form.length === 1) out.add(T.singleChar, hashString(form));
    // Word lists: is this a listed name (in this language, in another), a listed common word?
    const properMask = resources.properNouns.get(lower) ?? 0;
    const proper = ((properMask & (LANG_BIT[lang] ?? 0)) !== 0 ? 2 : 0) | (properMask !== 0 ? 1 : 0);
    const common = resources.commonWords.has(lower) ? 1 : 0;
    out.add(T.properNoun, proper);
    out.add(T.wordListCombination, proper, common, initial * 2 + (capitalised ? 1 : 0));
    out.endToken();
    if (isWordLike(form)) initial = 0;
  }
  return out;
}
