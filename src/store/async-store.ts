// The store as a networked database needs it: every call returns a promise. SQLite stays
// synchronous (its callers need no awaits); the adapter below lets it stand wherever an
// AsyncStore is expected, so one conformance suite runs against both implementations.
import type { Article } from '../doc/model.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { ArticleQuery, IngestOutcome, Store } from './store.js';

/** A search hit as every store gives it (the SQLite store may add fields of its own). */
export interface StoreSearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  story: string | null;
  /** A window of the text around a match, matches marked with «…». */
  snippet: string;
  score: number;
}

export interface AsyncStore {
  /** Stores one analysed article and assigns it to a story, atomically. */
  ingest(article: Article): Promise<IngestOutcome>;
  search(query: string, limit?: number): Promise<StoreSearchHit[]>;
  /** Stored articles with every layer, and the story each belongs to. */
  articles(query?: ArticleQuery): Promise<{ articles: Article[]; storyOf: Map<string, string> }>;
  count(): Promise<{ articles: number; stories: number }>;
  close(): Promise<void>;
}

/** A synchronous store behind the asynchronous interface. Errors become rejections. */
export function asyncStoreOf(store: Store): AsyncStore {
  return {
    ingest: async (article) => store.ingest(article),
    search: async (query, limit) => store.search(query, limit),
    articles: async (query) => store.articles(query),
    count: async () => store.count(),
    close: async () => store.close(),
  };
}

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//.test(location);

/** A store for a `--db` value: a postgres:// URL means PostgreSQL, anything else a SQLite file. */
export async function openAsyncStore(location: string): Promise<AsyncStore> {
  return isPostgresUrl(location) ? PostgresStore.open(location) : asyncStoreOf(new SqliteStore(location));
}
