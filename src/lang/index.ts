// The language registry: adding a language is one folder and one line here.
import type { LanguageResources } from './types.js';
import { da } from './da/index.js';
import { nb } from './nb/index.js';
import { nn } from './nn/index.js';
import { sv } from './sv/index.js';
import { en } from './en/index.js';

export type { LanguageResources, MonthName, NumberResources, FigureResources, QuoteResources, SentenceResources } from './types.js';
export { agencies } from './base/agencies.js';
export { sharedAbbreviations } from './base/abbreviations.js';

export const languages: readonly LanguageResources[] = [da, nb, nn, sv, en];

const byCode = new Map(languages.map((l) => [l.code, l]));

/** Resources for a language label; Norwegian `no` falls back to Bokmål, unknown labels to none. */
export function resourcesFor(code: string): LanguageResources | undefined {
  return byCode.get(code === 'no' ? 'nb' : code);
}
