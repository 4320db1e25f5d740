// Measures entity resolution on the gold files in ./gold: pairwise merge precision and recall of
// EntityResolver on name pairs, and country accuracy and distance error of the place lookup.
import { readFileSync } from 'node:fs';
import { ENTITY_TYPES, newArticle } from '../../doc/model.js';
import type { Article, EntityType } from '../../doc/model.js';
import { EntityResolver } from './entity-resolver.js';
import { lookupCity, lookupCountry } from './places.js';

/** One mention of a gold pair. `sentence` holds `{}` where the mention goes; without it a plain
 * sentence of the language is used. */
export interface GoldMention {
  text: string;
  type: EntityType;
  lang: string;
  context: 'same-article' | 'other-article';
  sentence?: string;
}

export interface GoldPair {
  a: GoldMention;
  b: GoldMention;
  same: boolean;
  category: string;
  note: string;
  /** Mentions written after `a` in a's article (and before `b` when b is in the same article). */
  between?: Omit<GoldMention, 'context'>[];
}

export interface GoldPlace {
  text: string;
  lang: string;
  country: string;
  lat: number;
  lon: number;
  kind: 'country' | 'city';
}

export interface PairError {
  line: number;
  category: string;
  a: string;
  b: string;
  context: GoldMention['context'];
  /** 'false merge': told apart in gold, merged by the resolver; 'missed merge': the reverse. */
  kind: 'false merge' | 'missed merge';
  note: string;
}

export interface CategoryScore {
  category: string;
  positives: number;
  negatives: number;
  errors: number;
}

export interface PairScores {
  pairs: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  byCategory: CategoryScore[];
  errors: PairError[];
}

export interface PlaceError {
  line: number;
  text: string;
  lang: string;
  expectedCountry: string;
  /** What the lookup found: null when the name was not found at all. */
  foundCountry: string | null;
  foundName: string | null;
  /** Distance from the gold coordinates, for cities that were found. */
  km: number | null;
}

export interface PlaceScores {
  places: number;
  countryAccuracy: number;
  /** Cities only: a country's coordinates are a convention (its rough centre), not a place. */
  cities: number;
  /** Cities the lookup found no place for; they count as misses in within50km. */
  citiesUnresolved: number;
  medianKm: number;
  meanKm: number;
  /** Share of all gold cities found within 50 km of the gold coordinates. */
  within50km: number;
  errors: PlaceError[];
}

export interface ResolutionEvaluation {
  pairs: PairScores;
  places: PlaceScores;
}

/** The sentences mentions are written into when the gold gives none: a first mention and a
 * later one, so that a same-article pair reads as one short text. */
const DEFAULT_SENTENCES: Readonly<Record<string, readonly [string, string]>> = {
  da: ['I går talte {} med pressen.', 'Senere svarede {} på spørgsmål.'],
  nb: ['I går snakket {} med pressen.', 'Senere svarte {} på spørsmål.'],
  nn: ['I går snakka {} med pressa.', 'Seinare svara {} på spørsmål.'],
  sv: ['I går talade {} med pressen.', 'Senare svarade {} på frågor.'],
  en: ['On Tuesday {} spoke to reporters.', 'Later {} answered questions.'],
  de: ['Am Dienstag sprach {} mit Journalisten.', 'Später beantwortete {} Fragen.'],
};

/** The country a text in this language is most likely written from, as the resolver assumes. */
const HOME_COUNTRY: Readonly<Record<string, string>> = { da: 'DK', nb: 'NO', nn: 'NO', sv: 'SE' };

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres between two points given in degrees. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function readJsonLines(file: URL): { line: number; value: unknown }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, index) => ({ text: text.trim(), line: index + 1 }))
    .filter(({ text }) => text.length > 0)
    .map(({ text, line }) => ({ line, value: JSON.parse(text) as unknown }));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isMention(value: unknown, needsContext: boolean): value is GoldMention {
  if (!isRecord(value)) return false;
  const { text, type, lang, context, sentence } = value;
  return (
    typeof text === 'string' &&
    text.length > 0 &&
    typeof lang === 'string' &&
    (ENTITY_TYPES as readonly unknown[]).includes(type) &&
    (!needsContext || context === 'same-article' || context === 'other-article') &&
    (sentence === undefined || (typeof sentence === 'string' && sentence.includes('{}')))
  );
}

function isPair(value: unknown): value is GoldPair {
  if (!isRecord(value)) return false;
  const { a, b, same, category, note, between } = value;
  return (
    isMention(a, true) &&
    isMention(b, true) &&
    typeof same === 'boolean' &&
    typeof category === 'string' &&
    typeof note === 'string' &&
    (between === undefined || (Array.isArray(between) && between.every((m) => isMention(m, false))))
  );
}

function isPlace(value: unknown): value is GoldPlace {
  if (!isRecord(value)) return false;
  const { text, lang, country, lat, lon, kind } = value;
  return typeof text === 'string' && typeof lang === 'string' && typeof country === 'string' && typeof lat === 'number' && typeof lon === 'number' && (kind === 'country' || kind === 'city');
}

/** Gold name pairs with their line numbers; a malformed line is an error, not a skipped case. */
// The gold files stay in src/ (the build copies no data): from src/corpus/resolve and from
// dist/corpus/resolve alike, three levels up is the repository root.
const GOLD_DIR = new URL('../../../src/corpus/resolve/gold/', import.meta.url);

export function loadGoldPairs(file = new URL('name-pairs.jsonl', GOLD_DIR)): { line: number; pair: GoldPair }[] {
  return readJsonLines(file).map(({ line, value }) => {
    if (!isPair(value)) throw new Error(`${file.pathname}:${line}: not a gold pair`);
    if (value.b.context === 'same-article' && value.a.lang !== value.b.lang) throw new Error(`${file.pathname}:${line}: a same-article pair needs one language`);
    return { line, pair: value };
  });
}

export function loadGoldPlaces(file = new URL('places.jsonl', GOLD_DIR)): { line: number; place: GoldPlace }[] {
  return readJsonLines(file).map(({ line, value }) => {
    if (!isPlace(value)) throw new Error(`${file.pathname}:${line}: not a gold place`);
    return { line, place: value };
  });
}

/** An article written from sentences, each a template with `{}` for its one mention. */
function writeArticle(id: string, lang: string, parts: { sentence: string; text: string; type: EntityType }[]): Article {
  let text = '';
  const mentions: Article['mentions'] = [];
  for (const part of parts) {
    if (text.length > 0) text += ' ';
    const start = text.length + part.sentence.indexOf('{}');
    text += part.sentence.replace('{}', part.text);
    mentions.push({ start, end: start + part.text.length, type: part.type, text: part.text });
  }
  const article = newArticle({ id, source: id, outlet: null, title: null, published: null, lang, url: null, body: { kind: 'text', text } }, text);
  article.mentions.push(...mentions);
  return article;
}

const sentenceFor = (mention: { lang: string; sentence?: string }, later: boolean): string => mention.sentence ?? (DEFAULT_SENTENCES[mention.lang] ?? DEFAULT_SENTENCES.en)[later ? 1 : 0];

/** Whether a fresh resolver gives both mentions of the pair one entity. */
export function resolverMerges(pair: GoldPair): boolean {
  const first = [{ ...pair.a, sentence: sentenceFor(pair.a, false) }, ...(pair.between ?? []).map((m) => ({ ...m, sentence: sentenceFor(m, true) }))];
  const second = { ...pair.b, sentence: sentenceFor(pair.b, pair.b.context === 'same-article') };
  const articles =
    pair.b.context === 'same-article'
      ? [writeArticle('gold-1', pair.a.lang, [...first, second])]
      : [writeArticle('gold-1', pair.a.lang, first), writeArticle('gold-2', pair.b.lang, [second])];
  const resolver = new EntityResolver();
  for (const article of articles) resolver.addArticle(article);
  const entityOfA = articles[0].mentions[0].entity;
  const entityOfB = articles[articles.length - 1].mentions.at(-1)?.entity;
  return entityOfA !== undefined && entityOfA === entityOfB;
}

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 1 : numerator / denominator);

export function evaluatePairs(gold = loadGoldPairs()): PairScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const errors: PairError[] = [];
  const categories = new Map<string, CategoryScore>();
  for (const { line, pair } of gold) {
    const merged = resolverMerges(pair);
    const score = categories.get(pair.category) ?? { category: pair.category, positives: 0, negatives: 0, errors: 0 };
    categories.set(pair.category, score);
    if (pair.same) score.positives++;
    else score.negatives++;
    if (merged && pair.same) tp++;
    else if (!merged && !pair.same) tn++;
    else {
      if (merged) fp++;
      else fn++;
      score.errors++;
      errors.push({ line, category: pair.category, a: pair.a.text, b: pair.b.text, context: pair.b.context, kind: merged ? 'false merge' : 'missed merge', note: pair.note });
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pairs: gold.length, precision, recall, f1, tp, fp, fn, tn, byCategory: [...categories.values()], errors };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const WITHIN_KM = 50;

export function evaluatePlaces(gold = loadGoldPlaces()): PlaceScores {
  let countriesRight = 0;
  let cities = 0;
  let citiesUnresolved = 0;
  let citiesNear = 0;
  const distances: number[] = [];
  const errors: PlaceError[] = [];
  for (const { line, place } of gold) {
    const home = HOME_COUNTRY[place.lang];
    const found = lookupCountry(place.text) ?? lookupCity(place.text, new Set(home ? [home] : []));
    const countryRight = found?.country === place.country;
    if (countryRight) countriesRight++;
    let km: number | null = null;
    if (place.kind === 'city') {
      cities++;
      if (found) {
        km = haversineKm(place.lat, place.lon, found.lat, found.lon);
        distances.push(km);
        if (km <= WITHIN_KM) citiesNear++;
      } else citiesUnresolved++;
    }
    if (!countryRight || (km !== null && km > WITHIN_KM)) {
      errors.push({ line, text: place.text, lang: place.lang, expectedCountry: place.country, foundCountry: found?.country ?? null, foundName: found?.name ?? null, km });
    }
  }
  const meanKm = distances.length === 0 ? 0 : distances.reduce((sum, d) => sum + d, 0) / distances.length;
  return { places: gold.length, countryAccuracy: ratio(countriesRight, gold.length), cities, citiesUnresolved, medianKm: median(distances), meanKm, within50km: ratio(citiesNear, cities), errors };
}

/** Both evaluations on the shipped gold files. Reads the files and, for places, builds the
 * gazetteers (a few seconds the first time). */
export function evaluateResolution(): ResolutionEvaluation {
  return { pairs: evaluatePairs(), places: evaluatePlaces() };
}

const fixed = (value: number, digits = 3): string => value.toFixed(digits);

/** The evaluation as markdown: summary tables, then every error. */
export function formatResolutionEvaluation(result: ResolutionEvaluation): string {
  const { pairs, places } = result;
  const lines = [
    '### Name pairs',
    '',
    '| pairs | precision | recall | F1 | TP | FP | FN | TN |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${pairs.pairs} | ${fixed(pairs.precision)} | ${fixed(pairs.recall)} | ${fixed(pairs.f1)} | ${pairs.tp} | ${pairs.fp} | ${pairs.fn} | ${pairs.tn} |`,
    '',
    '| category | same | different | errors |',
    '|---|---:|---:|---:|',
    ...pairs.byCategory.map((c) => `| ${c.category} | ${c.positives} | ${c.negatives} | ${c.errors} |`),
    '',
    '### Places',
    '',
    '| places | country accuracy | cities | unresolved | median km | mean km | within 50 km |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${places.places} | ${fixed(places.countryAccuracy)} | ${places.cities} | ${places.citiesUnresolved} | ${fixed(places.medianKm, 1)} | ${fixed(places.meanKm, 1)} | ${fixed(places.within50km)} |`,
  ];
  if (pairs.errors.length > 0) {
    lines.push('', '### Pair errors', '', '| line | category | a | b | context | error | note |', '|---:|---|---|---|---|---|---|');
    for (const e of pairs.errors) lines.push(`| ${e.line} | ${e.category} | ${e.a} | ${e.b} | ${e.context} | ${e.kind} | ${e.note} |`);
  }
  if (places.errors.length > 0) {
    lines.push('', '### Place errors', '', '| line | text | lang | gold country | found | km |', '|---:|---|---|---|---|---:|');
    for (const e of places.errors) lines.push(`| ${e.line} | ${e.text} | ${e.lang} | ${e.expectedCountry} | ${e.foundName === null ? '—' : `${e.foundName} (${e.foundCountry})`} | ${e.km === null ? '—' : fixed(e.km, 0)} |`);
  }
  return lines.join('\n');
}
