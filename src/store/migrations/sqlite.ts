// SQLite schema, as numbered migrations applied in order; never edit one that has shipped.
import { entityIndexMigration } from './sqlite-4-entity-index.js';
import { articleBylineMigration } from './sqlite-5-article-byline.js';
import { dormantStoriesMigration } from './sqlite-6-dormant-stories.js';
import { saturatedTermsMigration } from './sqlite-7-saturated-terms.js';
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
  {
    version: 2,
    name: 'fetch state: polled feeds with their validators, fetched pages',
    sql: `
      CREATE TABLE fetch_feeds (
        url TEXT PRIMARY KEY,
        outlet TEXT,
        lang TEXT,
        etag TEXT,
        last_modified TEXT,
        last_poll_ms INTEGER,
        last_status INTEGER,
        last_error TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        next_poll_ms INTEGER
      );
      CREATE TABLE fetch_pages (
        url TEXT PRIMARY KEY,
        canonical_url TEXT,
        content_hash TEXT,
        etag TEXT,
        last_modified TEXT,
        status TEXT NOT NULL,
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        fetched_ms INTEGER NOT NULL
      );
      CREATE INDEX fetch_pages_canonical ON fetch_pages(canonical_url);
      CREATE INDEX fetch_pages_hash ON fetch_pages(content_hash);
    `,
  },
  {
    version: 3,
    name: 'story listing: one row per story for filtered, paginated lists by latest activity',
    sql: `
      CREATE TABLE story_listing (
        story TEXT PRIMARY KEY,
        title TEXT,
        articles INTEGER NOT NULL,
        languages TEXT NOT NULL,
        outlets TEXT NOT NULL,
        key_figures TEXT NOT NULL,
        first_ms INTEGER,
        last_ms INTEGER,
        activity_ms INTEGER NOT NULL,
        last_rowid INTEGER NOT NULL
      );
      CREATE INDEX story_listing_activity ON story_listing(activity_ms DESC, story DESC);
      CREATE INDEX articles_lang_story ON articles(lang, story);
      CREATE INDEX articles_outlet_story ON articles(outlet, story);
      INSERT INTO story_listing (story, title, articles, languages, outlets, key_figures, first_ms, last_ms, activity_ms, last_rowid)
      SELECT a.story,
        (SELECT b.title FROM articles b WHERE b.story = a.story AND b.title IS NOT NULL
          ORDER BY b.published_ms IS NULL, b.published_ms, b.rowid LIMIT 1),
        count(*),
        (SELECT json_group_array(lang) FROM (SELECT DISTINCT lang FROM articles c WHERE c.story = a.story ORDER BY lang)),
        (SELECT json_group_array(outlet) FROM (SELECT DISTINCT outlet FROM articles d WHERE d.story = a.story AND d.outlet IS NOT NULL ORDER BY outlet)),
        (SELECT json_group_object(kind, top) FROM (
          SELECT json_extract(f.value, '$.kind') AS kind, max(coalesce(json_extract(f.value, '$.max'), json_extract(f.value, '$.min'))) AS top
          FROM articles e JOIN article_layers l ON l.article_rowid = e.rowid, json_each(l.figures) f
          WHERE e.story = a.story AND json_extract(f.value, '$.kind') <> 'other' GROUP BY 1 HAVING top IS NOT NULL ORDER BY 1)),
        min(a.published_ms), max(a.published_ms),
        coalesce(max(a.published_ms), CAST(strftime('%s', max(a.ingested_at)) AS INTEGER) * 1000),
        max(a.rowid)
      FROM articles a GROUP BY a.story;
    `,
  },
  entityIndexMigration,
  articleBylineMigration,
  dormantStoriesMigration,
  saturatedTermsMigration,
];
