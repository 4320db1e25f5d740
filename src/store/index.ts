// Persistence: the Store interface and the way to open one from a `--db` argument.
import { SqliteStore } from './sqlite/sqlite-store.js';
import { StoreError, type Store } from './store.js';

export { SqliteStore, contentHash, packTokens, unpackTokens } from './sqlite/sqlite-store.js';
export { StoreError, type Store, type EntityPage, type EntityPageOptions, type IngestOutcome, type SearchHit, type ArticleQuery, type StoryListing, type StoryListQuery, type StoryPage, type StoreChanges } from './store.js';

/** A store for a `--db` value: a file path means SQLite. */
export function openStore(location: string): Store {
  if (/^postgres(ql)?:\/\//.test(location)) throw new StoreError('E_STORE_OPEN', 'this command reads SQLite files only; ingest, stories, search and worker also take a postgres:// URL');
  return new SqliteStore(location);
}
