// SQLite migration 7: terms no longer filed as dormant-story postings (see
// src/store/sqlite/dormant-stories.ts). Postings of terms already over the cap in a store written
// before this migration are dropped when the hook first meets the term, not here: the cap is the
// store's option, not the schema's.
import type { Migration } from './sqlite.js';

export const saturatedTermsMigration: Migration = {
  version: 7,
  name: 'dormant stories: terms too common to be filed',
  sql: `
    CREATE TABLE dormant_saturated_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
  `,
};
