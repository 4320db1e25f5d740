// Countries as places on the map: every name i18n-iso-countries knows in da/nb/nn/sv/en, plus
// world-countries' English and Swedish names and alternative spellings, to an ISO code with the
// country's coordinates. Built on first use: the tables are data, not work at import time.
import { createRequire } from 'node:module';
import { genitiveKey, nameKey } from './name-key.js';

export interface Place {
  country: string;
  name: string;
  lat: number;
  lon: number;
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
    if (!byKey.has(key)) byKey.set(key, { country: code, name: countries.getNames('en', { select: 'all' })[code]?.[0] ?? country.name.common, lat: country.latlng[0], lon: country.latlng[1] });
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
