// Where a benchmark's story index sends dormant stories: a temporary SQLite file with the store's
// schema (as ingest does), an in-memory reference, or nowhere (forgotten).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MemoryDormantStories, type DormantStories } from '../src/corpus/stories/index.js';
import { sqliteMigrations } from '../src/store/migrations/sqlite.js';
import { SqliteDormantStories } from '../src/store/sqlite/dormant-stories.js';

export type DormantKind = 'sqlite' | 'memory' | 'none';

export interface BenchDormantStories {
  hook: DormantStories | null;
  /** Dormant stories kept. */
  size(): number;
  close(): void;
}

export function benchDormantStories(kind: DormantKind): BenchDormantStories {
  if (kind === 'none') return { hook: null, size: () => 0, close: () => undefined };
  if (kind === 'memory') {
    const memory = new MemoryDormantStories();
    return { hook: memory, size: () => memory.size, close: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tidende-bench-dormant-'));
  const db = new Database(join(dir, 'dormant.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  for (const migration of sqliteMigrations) db.exec(migration.sql);
  const sqlite = new SqliteDormantStories(db);
  // The store writes each article in one transaction; here one per 1,000 stories put to sleep
  // keeps the commits out of the stage's cost without changing what is read.
  db.exec('BEGIN');
  let puts = 0;
  const hook: DormantStories = {
    put: (story) => {
      sqlite.put(story);
      if (++puts % 1000 === 0) db.exec('COMMIT; BEGIN');
    },
    find: (terms, limit, maxPostings, wanted) => sqlite.find(terms, limit, maxPostings, wanted),
    remove: (id) => sqlite.remove(id),
    span: () => sqlite.span(),
  };
  return {
    hook,
    size: () => sqlite.size,
    close: () => {
      db.exec('COMMIT');
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
