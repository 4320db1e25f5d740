// Which PostgreSQL text search configuration stems an article, by its language. PostgreSQL
// ships Snowball stemmers and stop words for these; other languages are indexed unstemmed.
const configurationOf: Readonly<Record<string, string>> = {
  da: 'danish',
  nb: 'norwegian',
  nn: 'norwegian',
  no: 'norwegian',
  sv: 'swedish',
  en: 'english',
};

export const UNSTEMMED_CONFIGURATION = 'simple';

/** Every configuration an article may be indexed with: a query, whose language is unknown, is
 * stemmed in each of them. */
export const searchConfigurations: readonly string[] = [...new Set(Object.values(configurationOf)), UNSTEMMED_CONFIGURATION];

export function textSearchConfiguration(lang: string): string {
  return configurationOf[lang] ?? UNSTEMMED_CONFIGURATION;
}

/** The words of a query, as both stores read them. */
export const queryWords = (query: string): string[] => [...query.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
