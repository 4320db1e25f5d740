// The store interface: what the CLI and (later) the API need from persistence. SQLite is the
// embedded default; other implementations must pass the same conformance suite.
import type { Article } from '../doc/model.js';

export type IngestOutcome =
  | { status: 'stored'; id: string; story: string }
  | { status: 'duplicate'; id: string; existingId: string };

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  story: string | null;
  /** A window of the text around the first match, matches marked with «…». */
  snippet: string;
  score: number;
}

export interface ArticleQuery {
  story?: string;
  /** ISO date: articles published on or after it. */
  since?: string;
}

export interface Store {
  /** Stores one analysed article and assigns it to a story, atomically. */
  ingest(article: Article): IngestOutcome;
  search(query: string, limit?: number): SearchHit[];
  /** Stored articles with every layer, and the story each belongs to. */
  articles(query?: ArticleQuery): { articles: Article[]; storyOf: Map<string, string> };
  count(): { articles: number; stories: number };
  close(): void;
}

export class StoreError extends Error {
  constructor(
    readonly code: 'E_STORE_OPEN' | 'E_STORE_SCHEMA' | 'E_STORE_QUERY',
    message: string,
  ) {
    super(message);
  }
}
