// Index terms of an article: lower-cased, stop words dropped, stemmed with the Snowball stemmer of
// the article's language. Shared by full-text search and story clustering so both agree on what
// a word is.
import snowball, { type Stemmer } from 'snowball-stemmers';
import type { Article } from '../../doc/model.js';
import { languages, resourcesFor } from '../../lang/index.js';

const stemmers = new Map<string, Stemmer>();
function stemmerFor(lang: string): Stemmer | null {
  const resources = resourcesFor(lang);
  if (!resources) return null;
  let stemmer = stemmers.get(resources.stemmer);
  if (!stemmer) {
    stemmer = snowball.newStemmer(resources.stemmer);
    stemmers.set(resources.stemmer, stemmer);
  }
  return stemmer;
}

const stopWordsByLang = new Map(languages.map((l) => [l.code, new Set(l.stopWords)]));
const allStopWords = new Set(languages.flatMap((l) => l.stopWords));

// Snowball in JS runs at ~250k words/s; word frequencies are Zipfian, so a bounded memo per
// language makes stemming nearly free on news text.
const STEM_CACHE_LIMIT = 200_000;
const stemCaches = new Map<string, Map<string, string>>();

/** Stem of one lower-cased word in a language, or the word itself where we have no stemmer. */
export function stem(word: string, lang: string): string {
  let cache = stemCaches.get(lang);
  if (cache === undefined) {
    cache = new Map();
    stemCaches.set(lang, cache);
  }
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    const stemmer = stemmerFor(lang);
    stemmed = stemmer ? stemmer.stem(word) : word;
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

/** The stems a query word may have in any language we index: search does not know its language. */
export function stemsInAnyLanguage(word: string): string[] {
  const lower = word.toLowerCase();
  return [...new Set([lower, ...languages.map((l) => stem(lower, l.code))])];
}

export function isStopWord(word: string, lang: string): boolean {
  return (stopWordsByLang.get(lang) ?? allStopWords).has(word);
}

/** Stemmed content words of a text span, in order (repeats kept, for term frequencies). */
export function termsOf(text: string, lang: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    const word = match[0].toLowerCase();
    if (word.length < 2 || isStopWord(word, lang)) continue;
    terms.push(stem(word, lang));
  }
  return terms;
}

/** Title and body terms of an article, for indexing. */
export function articleTerms(article: Pick<Article, 'title' | 'text' | 'lang'>): { title: string[]; body: string[] } {
  return { title: termsOf(article.title ?? '', article.lang), body: termsOf(article.text, article.lang) };
}
