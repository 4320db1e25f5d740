// What the stories stage compares: an article's terms. Content words in the Nordic-neutral form of
// the reuse stage, and anchors that pin an event — names (`@`) and figures (`#`) — in one
// language-neutral form whether the NER ran or not, so that an English wire story, a Danish
// rewrite and a Norwegian update of one event share them.
import { foldGenitive, lookupCountry, tokenKey } from '../resolve/index.js';
import { resourcesFor } from '../../lang/index.js';
import { isStopWord } from '../../nlp/terms/index.js';
import { neutralForm } from '../reuse/neutral-form.js';

/** A mention as the stories stage reads it (offsets when the pipeline gave them). */
export interface StoryMention {
  text: string;
  type: string;
  start?: number;
  end?: number;
  /** Resolved entity id; not used for anchors, as articles without NER have none. */
  entity?: string;
}

/** A figure as the stories stage reads it: what was counted and how many. */
export interface StoryFigure {
  kind: string;
  min: number | null;
  max: number | null;
}

export interface StoryArticle {
  id: string;
  title: string | null;
  text: string;
  lang: string;
  published: string | null;
  /** Named-entity mentions, when the pipeline found them; names are also guessed from capitals. */
  mentions?: readonly StoryMention[];
  /** Figures with their kind, when the pipeline found them. */
  figures?: readonly StoryFigure[];
}

const TITLE_WEIGHT = 3;
const NAME_WEIGHT = 1.5;
const NUMBER_WEIGHT = 1;
const FIGURE_KIND_WEIGHT = 1;

/** Capitalised words not at the start of a sentence: names, in the Nordic languages above all. */
const CAPITALISED_NAME = /(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{Ll}]+(?:[-\s]\p{Lu}[\p{Ll}]+)*/gu;
/** Figures with a thousands separator or decimals are one anchor: "1 347", "1.347", "2,5". */
const FIGURE = /\d+(?:[ .,\u00a0]\d{3})*(?:[.,]\d+)?/gu;

/** English capitalises days and months ("on Sunday", "in January"): not names of an event. */
const ENGLISH_CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', ...(resourcesFor('en')?.months.map((m) => m.name) ?? [])]);
/** Years say when, not what: every article of 2024 has one. */
const YEAR = /^(?:19|20)\d\d$/u;

// Called for every name of every article: a bounded memo keeps the gazetteer lookup cheap (one
// for English, which marks genitives with an apostrophe, one for the rest).
const anchorMemos = { en: new Map<string, string>(), other: new Map<string, string>() };
const ANCHOR_MEMO_LIMIT = 50_000;

/**
 * A name's anchor term: a country as its ISO code (Norge, Noreg, Norway, Norges alike), any other
 * name as its resolve-stage key (case, diacritics and transliterations folded) with a genitive
 * -s removed ("Helgas", "Kustbevakningens"); English marks genitives with an apostrophe.
 */
export function nameAnchor(surface: string, lang: string): string {
  const anchorMemo = lang === 'en' ? anchorMemos.en : anchorMemos.other;
  let anchor = anchorMemo.get(surface);
  if (anchor !== undefined) return anchor;
  const country = lookupCountry(surface);
  if (country) anchor = `@geo:${country.country}`;
  else {
    const tokens = surface.replace(/['’]s?$/u, '').split(/[\s\u00a0]+/u).filter((token) => token.length > 0);
    const last = tokens.length - 1;
    const fold = lang !== 'en';
    anchor = `@${tokens.map((token, i) => tokenKey(fold && i === last ? foldGenitive(token) : token)).join(' ')}`;
  }
  if (anchorMemo.size >= ANCHOR_MEMO_LIMIT) anchorMemo.clear();
  anchorMemo.set(surface, anchor);
  return anchor;
}

/** Names of a text: the NER's mentions where it found some, capitalised words elsewhere. */
function names(text: string, mentions: readonly StoryMention[]): string[] {
  const found: string[] = [];
  const covered: [number, number][] = [];
  for (const mention of mentions) {
    found.push(mention.text);
    if (mention.start !== undefined && mention.end !== undefined) covered.push([mention.start, mention.end]);
  }
  const located = covered.length === mentions.length;
  for (const match of text.matchAll(CAPITALISED_NAME)) {
    const start = match.index;
    const end = start + match[0].length;
    // Without offsets the NER's names cannot be told from the guesses: trust the NER alone.
    if (!located) break;
    if (covered.some(([s, e]) => start < e && end > s)) continue;
    if (ENGLISH_CALENDAR.has(match[0].toLowerCase())) continue;
    found.push(match[0]);
  }
  return found;
}

// Every word of every article is folded: a bounded memo per language (stop words differ) keeps
// the word's term, or null for a word that is none.
const wordTerms = new Map<string, Map<string, string | null>>();
const WORD_MEMO_LIMIT = 100_000;

function wordMemo(lang: string): Map<string, string | null> {
  let memo = wordTerms.get(lang);
  if (memo === undefined) wordTerms.set(lang, (memo = new Map()));
  return memo;
}

// The words of WORD, found by a scan over char codes with each code's class looked up once: the
// regex's match objects cost more than the rest of the term extraction together.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit: 0 not yet known, 1 a letter or digit, 2 neither. */
const codeClass = new Uint8Array(65536);
const astralClass = new Map<number, boolean>();

/** Length in code units of the letter or digit at `at` (a surrogate pair counts 2), or 0 when
 * the code point there is neither. */
function wordCharAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    const point = text.codePointAt(at) as number;
    let word = astralClass.get(point);
    if (word === undefined) astralClass.set(point, (word = WORD_CHAR.test(String.fromCodePoint(point))));
    return word ? 2 : 0;
  }
  let known = codeClass[code];
  if (known === 0) codeClass[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Raw term counts of an article: content words (title words count more), names and figures as
 * anchors, and the kinds of the figures it reports as language-neutral topic terms. */
export function termCounts(article: StoryArticle): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  const memo = wordMemo(article.lang);
  const addWords = (text: string, weight: number): void => {
    const length = text.length;
    let at = 0;
    while (at < length) {
      let step = wordCharAt(text, at);
      if (step === 0) {
        at++;
        continue;
      }
      const start = at;
      while (step > 0) {
        at += step;
        step = at < length ? wordCharAt(text, at) : 0;
      }
      if (at - start <= 2) continue;
      const word = text.slice(start, at);
      let term = memo.get(word);
      if (term === undefined) {
        term = isStopWord(word.toLowerCase(), article.lang) ? null : neutralForm(word);
        if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
        memo.set(word, term);
      }
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  addWords(article.title ?? '', TITLE_WEIGHT);
  addWords(article.text, 1);
  for (const name of names(article.text, article.mentions ?? [])) add(nameAnchor(name, article.lang), NAME_WEIGHT);
  for (const name of names(article.title ?? '', [])) add(nameAnchor(name, article.lang), NAME_WEIGHT);
  for (const match of article.text.matchAll(FIGURE)) {
    const digits = match[0].replace(/\D/gu, '');
    if (digits.length >= 2 && !YEAR.test(digits)) add(`#${digits}`, NUMBER_WEIGHT);
  }
  for (const figure of article.figures ?? []) if (figure.kind !== 'other') add(`%${figure.kind}`, FIGURE_KIND_WEIGHT);
  return counts;
}
