// SQLite schema, as numbered migrations applied in order; never edit one that has shipped.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, layers, stories, full-text index',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        outlet TEXT,
        title TEXT,
        published TEXT,
        published_ms INTEGER,
        url TEXT,
        lang TEXT NOT NULL,
        lang_confidence REAL NOT NULL,
        text TEXT NOT NULL,
        credits TEXT NOT NULL,
        captions TEXT NOT NULL,
        story TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_story ON articles(story);
      CREATE INDEX articles_published ON articles(published_ms);
      CREATE TABLE article_layers (
        article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
        sentences TEXT NOT NULL,
        tokens BLOB NOT NULL,
        mentions TEXT NOT NULL,
        quotes TEXT NOT NULL,
        figures TEXT NOT NULL
      );
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        centroid TEXT NOT NULL,
        articles TEXT NOT NULL,
        last_time INTEGER
      );
      CREATE TABLE story_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE VIRTUAL TABLE article_fts USING fts5(
        title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
      );
    `,
  },
];
