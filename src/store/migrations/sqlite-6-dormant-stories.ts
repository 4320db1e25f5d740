// SQLite migration 6: dormant stories (see src/store/sqlite/dormant-stories.ts). A story quiet for
// the clustering window leaves the in-memory index; its row stays in `stories`, marked dormant,
// and its centroid terms become postings so that a later article about it can wake it. Stories
// stored before this migration are all loaded as active on the next open and go dormant at the
// index's next sweep.
import type { Migration } from './sqlite.js';

export const dormantStoriesMigration: Migration = {
  version: 6,
  name: 'dormant stories: centroid postings of stories out of the active window',
  sql: `
    ALTER TABLE stories ADD COLUMN dormant INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE dormant_story_terms (
      term TEXT NOT NULL,
      story TEXT NOT NULL,
      weight REAL NOT NULL,
      PRIMARY KEY (term, story)
    ) WITHOUT ROWID;
    CREATE INDEX dormant_story_terms_story ON dormant_story_terms(story);
  `,
};
