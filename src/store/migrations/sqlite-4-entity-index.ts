// SQLite migration 4: the entity index (see src/store/sqlite/entity-index.ts). Existing articles
// are folded in by the store when it opens (resolution is code, not SQL).
import type { Migration } from './sqlite.js';

export const entityIndexMigration: Migration = {
  version: 4,
  name: 'entity index: resolved entities, their names, mentions and quotes, for entity pages',
  sql: `
    CREATE TABLE entities (
      id INTEGER PRIMARY KEY,
      type TEXT NOT NULL,
      name TEXT NOT NULL,
      stable_id TEXT NOT NULL,
      variants TEXT NOT NULL,
      geo TEXT,
      mention_count INTEGER NOT NULL,
      article_count INTEGER NOT NULL,
      state TEXT NOT NULL
    );
    CREATE INDEX entities_stable_id ON entities(stable_id);
    CREATE TABLE entity_names (name TEXT NOT NULL, entity INTEGER NOT NULL, PRIMARY KEY (name, entity)) WITHOUT ROWID;
    CREATE TABLE entity_mentions (
      entity INTEGER NOT NULL,
      article_rowid INTEGER NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (entity, article_rowid, start)
    ) WITHOUT ROWID;
    CREATE INDEX entity_mentions_article ON entity_mentions(article_rowid, entity);
    CREATE TABLE entity_quotes (entity INTEGER NOT NULL, article_rowid INTEGER NOT NULL, quote INTEGER NOT NULL, PRIMARY KEY (entity, article_rowid, quote)) WITHOUT ROWID;
  `,
};
