// Builds the lexicons the features consult: country names from i18n-iso-countries, proper nouns
// and common words from Debian's word lists, a name lexicon and lower-case habits derived from
// training text only (never dev or test).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import countryNames from 'i18n-iso-countries';
import { BloomFilter } from './bloom-filter.js';
import type { NerSentence } from './corpora.js';
import { NAME_BITS } from './features.js';

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
