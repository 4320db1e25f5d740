// SQLite migration 5: an article's author and last-modified time, as the page or feed declares
// them. Nullable columns: rows stored before this migration simply have none.
import type { Migration } from './sqlite.js';

export const articleBylineMigration: Migration = {
  version: 5,
  name: 'articles: author and modified time',
  sql: `
    ALTER TABLE articles ADD COLUMN author TEXT;
    ALTER TABLE articles ADD COLUMN modified TEXT;
  `,
};
