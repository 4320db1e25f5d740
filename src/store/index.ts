// Persistence: the Store interface and the way to open one from a `--db` argument.
import { SqliteStore } from './sqlite/sqlite-store.js';
import { StoreError, type Store } from './store.js';

export { SqliteStore, contentHash, packTokens, unpackTokens } from './sqlite/sqlite-store.js';
export { StoreError, type Store, type IngestOutcome, type SearchHit, type ArticleQuery, type StoryListing, type StoryListQuery, type StoryPage, type StoreChanges } from './store.js';

/** A store for a `--db` value: a file path means SQLite. */
export function openStore(location: string): Store {
  if (/^postgres(ql)?:\/\//.test(location)) throw new StoreError('E_STORE_OPEN', 'PostgreSQL stores are not available yet; use a SQLite file path');
  return new SqliteStore(location);
}
