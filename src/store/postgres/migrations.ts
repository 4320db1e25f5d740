// PostgreSQL schema, as numbered migrations applied in order; never edit one that has shipped.
// Versions are this store's own: the SQLite and PostgreSQL schemas evolve separately.
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'articles with jsonb layers, stories, full-text index per language',
    sql: `
      -- One row: the story clock. Every story assignment bumps 'version' and stamps the story and
      -- term rows it changed with it, so a process that missed assignments by others catches up
      -- by reading only the rows newer than the version it last saw.
      CREATE TABLE story_clock (
        singleton BOOLEAN PRIMARY KEY DEFAULT true CHECK (singleton),
        version BIGINT NOT NULL,
        next_id BIGINT NOT NULL,
        documents BIGINT NOT NULL
      );
      INSERT INTO story_clock (version, next_id, documents) VALUES (0, 1, 0);
      CREATE TABLE articles (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        outlet TEXT,
        title TEXT,
        published TEXT,
        published_ms BIGINT,
        url TEXT,
        lang TEXT NOT NULL,
        lang_confidence DOUBLE PRECISION NOT NULL,
        text TEXT NOT NULL,
        credits JSONB NOT NULL,
        captions JSONB NOT NULL,
        sentences JSONB NOT NULL,
        tokens JSONB NOT NULL,
        mentions JSONB NOT NULL,
        quotes JSONB NOT NULL,
        figures JSONB NOT NULL,
        story TEXT NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        -- The text search configuration of the article's language ('simple' for others); the
        -- vector is stemmed with it, and queries are run through every configuration we use.
        ts_config REGCONFIG NOT NULL,
        search TSVECTOR GENERATED ALWAYS AS (
          setweight(to_tsvector(ts_config, coalesce(title, '')), 'A') || setweight(to_tsvector(ts_config, text), 'B')
        ) STORED
      );
      CREATE INDEX articles_story ON articles (story);
      CREATE INDEX articles_published ON articles (published_ms);
      CREATE INDEX articles_search ON articles USING GIN (search);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        centroid JSONB NOT NULL,
        articles JSONB NOT NULL,
        last_time BIGINT,
        version BIGINT NOT NULL
      );
      CREATE INDEX stories_version ON stories (version);
      CREATE TABLE story_terms (
        term TEXT PRIMARY KEY,
        df BIGINT NOT NULL,
        version BIGINT NOT NULL
      );
      CREATE INDEX story_terms_version ON story_terms (version);
    `,
  },
  {
    version: 2,
    name: 'queue of raw articles for workers, attempts, dead letters',
    sql: `
      CREATE TABLE raw_queue (
        seq BIGSERIAL PRIMARY KEY,
        raw JSONB NOT NULL,
        enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      -- Attempts live apart from the queue row: a worker holds the row lock for the whole
      -- article, and counts its attempt on another connection first, so a worker killed mid-article
      -- still leaves the attempt counted (its transaction, and claim, are rolled back).
      CREATE TABLE raw_attempts (
        seq BIGINT PRIMARY KEY,
        attempts INTEGER NOT NULL,
        last_error TEXT,
        last_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE dead_letters (
        seq BIGINT PRIMARY KEY,
        raw JSONB NOT NULL,
        attempts INTEGER NOT NULL,
        last_error TEXT,
        dead_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 3,
    name: 'analysed articles staged for the clustering consumer; story clock counts article rows',
    sql: `
      -- Workers run the per-article stages in parallel and leave the analysed article here, under
      -- the seq of its raw_queue row; one process at a time moves ready rows into 'articles' in
      -- seq order (duplicate check, id choice, story assignment), so stories do not depend on
      -- which worker finished first.
      CREATE TABLE staged_articles (
        seq BIGINT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        article JSONB NOT NULL,
        staged_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      -- Story assignment is now replayed from the article rows (exact, in articles.seq order)
      -- instead of rebuilt from story and term rows: the clock's version is the seq of the last
      -- article assigned, and term frequencies need no table of their own.
      UPDATE story_clock SET version = coalesce((SELECT max(seq) FROM articles), 0);
      DROP TABLE story_terms;
    `,
  },
  {
    version: 4,
    name: 'articles: author and modified time',
    sql: `
      ALTER TABLE articles ADD COLUMN author TEXT, ADD COLUMN modified TEXT;
    `,
  },
  {
    version: 5,
    name: 'staged articles stored uncompressed',
    sql: `
      -- A staged row lives for seconds (until the clustering consumer moves it), so compressing
      -- its JSON only costs CPU: out-of-line but uncompressed storage took the server's CPU per
      -- staged article from ~0.9 ms to ~0.6 ms, for ~20 KB of disk instead of ~8 KB while it waits.
      ALTER TABLE staged_articles ALTER COLUMN article SET STORAGE EXTERNAL;
    `,
  },
];
