// The shared store: PostgreSQL, for many processes on many machines. Each article is written in
// one transaction with its layers (jsonb), its full-text vector and its story assignment.
//
// Story assignment is a corpus stage: it needs every earlier article. Writers serialise it with a
// transaction-level advisory lock held from the duplicate check to the commit, so assignments
// happen one at a time, in commit order, whichever process makes them. Each process keeps the
// story index in memory; under the lock it compares its version with the shared story clock and,
// when other processes assigned articles meanwhile, reads just the story and term rows they
// changed (stamped with the clock's version) before assigning.
import pg from 'pg';
import type { Article } from '../../doc/model.js';
import { StoryIndex, emptyStoryIndexState, termCounts, timeOf, type StoryIndexState, type StoryState } from '../../corpus/stories/index.js';
import type { AsyncStore, StoreSearchHit } from '../async-store.js';
import { contentHash } from '../sqlite/sqlite-store.js';
import { StoreError, type ArticleQuery, type IngestOutcome } from '../store.js';
import { postgresMigrations } from './migrations.js';
import { queryWords, searchConfigurations, textSearchConfiguration } from './text-search.js';

export type PostgresClient = pg.PoolClient;

/** Advisory lock keys ("tide" + a stage number), constant across processes. */
const STORY_LOCK = 0x74696465_01;
const MIGRATION_LOCK = 0x74696465_00;

export interface PostgresStoreOptions {
  /** Connections kept open; a worker needs two (its claim and its attempt counter). */
  poolSize: number;
}

export const postgresStoreDefaults: PostgresStoreOptions = { poolSize: 4 };

interface ArticleRow {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  lang: string;
  lang_confidence: number;
  text: string;
  credits: string[];
  captions: string[];
  sentences: Article['sentences'];
  tokens: Article['tokens'];
  mentions: Article['mentions'];
  quotes: Article['quotes'];
  figures: Article['figures'];
  story: string;
}

interface StoryRow {
  id: string;
  centroid: Record<string, number>;
  articles: string[];
  last_time: string | null;
}

interface ClockRow {
  version: string;
  next_id: string;
  documents: string;
}

async function migrate(client: PostgresClient): Promise<void> {
  // Several workers may start at once: one migrates, the others wait and find it done.
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const newest = Math.max(0, ...applied);
    const known = Math.max(...postgresMigrations.map((m) => m.version));
    if (newest > known) throw new StoreError('E_STORE_SCHEMA', `database schema version ${newest} is newer than this Tidende knows (${known}); upgrade Tidende`);
    for (const migration of postgresMigrations) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/** A connection string without its password, for error messages. */
function redacted(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

export class PostgresStore implements AsyncStore {
  private stories: StoryIndex = new StoryIndex();
  /** The story clock version the in-memory index reflects. */
  private seenVersion = -1;
  /** Set when a transaction that assigned a story rolled back: the index is ahead of the database. */
  private indexIsStale = true;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string, options: PostgresStoreOptions = postgresStoreDefaults): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize });
    // An idle connection dropped by the server must not crash the process; the next query fails instead.
    pool.on('error', () => undefined);
    let client: PostgresClient;
    try {
      client = await pool.connect();
    } catch (error) {
      await pool.end();
      throw new StoreError('E_STORE_OPEN', `cannot open database ${redacted(url)}: ${(error as Error).message}`);
    }
    try {
      await migrate(client);
    } catch (error) {
      client.release();
      await pool.end();
      if (error instanceof StoreError) throw error;
      throw new StoreError('E_STORE_OPEN', `cannot prepare database ${redacted(url)}: ${(error as Error).message}`);
    }
    client.release();
    return new PostgresStore(pool);
  }

  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back
   * (and the story index reloaded) if it throws. Workers put their queue claim in it. */
  async transaction<T>(work: (client: PostgresClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      this.indexIsStale = true;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** A query outside any transaction (autocommit), for bookkeeping that must survive a rollback. */
  async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.pool.query<R>(sql, params);
  }

  ingest(article: Article): Promise<IngestOutcome> {
    return this.transaction((client) => this.ingestWithin(client, article));
  }

  /** Stores an analysed article inside the caller's transaction (see `transaction`). */
  async ingestWithin(client: PostgresClient, article: Article): Promise<IngestOutcome> {
    const hash = contentHash(article);
    // Held to the end of the transaction: duplicate check, id choice and story assignment
    // see every committed article, and no other writer slips in between.
    await client.query('SELECT pg_advisory_xact_lock($1)', [STORY_LOCK]);
    const existing = await client.query<{ id: string }>('SELECT id FROM articles WHERE content_hash = $1', [hash]);
    if (existing.rows.length > 0) return { status: 'duplicate', id: article.id, existingId: existing.rows[0].id };
    let id = article.id;
    for (let n = 2; (await client.query('SELECT 1 FROM articles WHERE id = $1', [id])).rows.length > 0; n++) id = `${article.id}~${n}`;

    await this.catchUp(client);
    const counts = termCounts(article);
    // From here the in-memory index is ahead of the database until the commit.
    this.indexIsStale = true;
    const story = this.stories.assign({ ...article, id }, counts);
    await client.query(
      `INSERT INTO articles (id, content_hash, source, outlet, title, published, published_ms, url, lang, lang_confidence, text,
         credits, captions, sentences, tokens, mentions, quotes, figures, story, ts_config)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20::regconfig)`,
      [
        id,
        hash,
        article.source,
        article.outlet,
        article.title,
        article.published,
        timeOf(article.published),
        article.url,
        article.lang,
        article.langConfidence,
        article.text,
        JSON.stringify(article.credits),
        JSON.stringify(article.captions),
        JSON.stringify(article.sentences),
        JSON.stringify(article.tokens),
        JSON.stringify(article.mentions),
        JSON.stringify(article.quotes),
        JSON.stringify(article.figures),
        story.id,
        textSearchConfiguration(article.lang),
      ],
    );
    await this.writeStory(client, story, [...counts.keys()]);
    // The caller commits; `transaction` marks the index stale again if it rolls back instead.
    this.indexIsStale = false;
    return { status: 'stored', id, story: story.id };
  }

  /** Brings the in-memory story index up to the shared story clock (caller holds the story lock). */
  private async catchUp(client: PostgresClient): Promise<void> {
    const clock = (await client.query<ClockRow>('SELECT version, next_id, documents FROM story_clock')).rows[0];
    const version = Number(clock.version);
    if (!this.indexIsStale && version === this.seenVersion) return;
    let state: StoryIndexState;
    if (this.indexIsStale || this.seenVersion < 0) {
      state = emptyStoryIndexState();
      for (const row of (await client.query<{ term: string; df: string }>('SELECT term, df FROM story_terms')).rows) state.documentFrequency[row.term] = Number(row.df);
      state.stories = (await client.query<StoryRow>('SELECT id, centroid, articles, last_time FROM stories')).rows.map(storyOf);
    } else {
      // Only what other processes changed since our last assignment.
      const current = this.stories.exportState();
      const documentFrequency = current.documentFrequency;
      const byId = new Map(current.stories.map((s) => [s.id, s]));
      for (const row of (await client.query<{ term: string; df: string }>('SELECT term, df FROM story_terms WHERE version > $1', [this.seenVersion])).rows) documentFrequency[row.term] = Number(row.df);
      for (const row of (await client.query<StoryRow>('SELECT id, centroid, articles, last_time FROM stories WHERE version > $1', [this.seenVersion])).rows) byId.set(row.id, storyOf(row));
      state = { nextId: 0, documents: 0, documentFrequency, stories: [...byId.values()] };
    }
    state.nextId = Number(clock.next_id);
    state.documents = Number(clock.documents);
    this.stories = new StoryIndex(state);
    this.seenVersion = version;
    this.indexIsStale = false;
  }

  /** Persists one assignment: the story, the article's terms' frequencies, and the clock. */
  private async writeStory(client: PostgresClient, story: StoryState, terms: string[]): Promise<void> {
    const version = this.seenVersion + 1;
    const state = this.stories.exportState();
    await client.query(
      `INSERT INTO stories (id, centroid, articles, last_time, version) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET centroid = excluded.centroid, articles = excluded.articles, last_time = excluded.last_time, version = excluded.version`,
      [story.id, JSON.stringify(story.centroid), JSON.stringify(story.articles), story.lastTime, version],
    );
    await client.query(
      `INSERT INTO story_terms (term, df, version) SELECT term, 1, $2 FROM unnest($1::text[]) AS term
       ON CONFLICT (term) DO UPDATE SET df = story_terms.df + 1, version = excluded.version`,
      [terms, version],
    );
    await client.query('UPDATE story_clock SET version = $1, next_id = $2, documents = $3', [version, state.nextId, state.documents]);
    this.seenVersion = version;
  }

  async search(query: string, limit = 20): Promise<StoreSearchHit[]> {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const text = words.join(' ');
    // The GIN index finds candidates by the query stemmed in every configuration; each candidate
    // is then checked against the query stemmed in its own language, and ranked and marked in it.
    const anyLanguage = searchConfigurations.map((c) => `plainto_tsquery('${c}', $1)`).join(' || ');
    const { rows } = await this.pool.query<{ id: string; title: string | null; outlet: string | null; published: string | null; lang: string; story: string; snippet: string; score: number }>(
      `SELECT hit.id, hit.title, hit.outlet, hit.published, hit.lang, hit.story, hit.score,
         ts_headline(hit.ts_config, hit.text, plainto_tsquery(hit.ts_config, $1), 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "') AS snippet
       FROM (
         SELECT a.seq, a.id, a.title, a.outlet, a.published, a.lang, a.story, a.text, a.ts_config,
           ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', a.search, plainto_tsquery(a.ts_config, $1)) AS score
         FROM articles a
         WHERE a.search @@ (${anyLanguage}) AND a.search @@ plainto_tsquery(a.ts_config, $1)
         ORDER BY score DESC, a.seq LIMIT $2
       ) hit ORDER BY hit.score DESC, hit.seq`,
      [text, limit],
    );
    return rows;
  }

  async articles(query: ArticleQuery = {}): Promise<{ articles: Article[]; storyOf: Map<string, string> }> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.story !== undefined) {
      params.push(query.story);
      where.push(`story = $${params.length}`);
    }
    if (query.since !== undefined) {
      const since = timeOf(query.since);
      if (since === null) throw new StoreError('E_STORE_QUERY', `not a date: ${query.since}`);
      params.push(since);
      where.push(`published_ms >= $${params.length}`);
    }
    const { rows } = await this.pool.query<ArticleRow>(
      `SELECT id, source, outlet, title, published, url, lang, lang_confidence, text, credits, captions, sentences, tokens, mentions, quotes, figures, story
       FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq`,
      params,
    );
    const storyOf = new Map<string, string>();
    const articles = rows.map((row) => {
      storyOf.set(row.id, row.story);
      return articleOf(row);
    });
    return { articles, storyOf };
  }

  async count(): Promise<{ articles: number; stories: number }> {
    const { rows } = await this.pool.query<{ articles: number; stories: number }>('SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM stories)::int AS stories');
    return rows[0];
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function storyOf(row: StoryRow): StoryState {
  return { id: row.id, centroid: row.centroid, articles: row.articles, lastTime: row.last_time === null ? null : Number(row.last_time) };
}

function articleOf(row: ArticleRow): Article {
  return {
    id: row.id,
    source: row.source,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    url: row.url,
    lang: row.lang,
    langConfidence: row.lang_confidence,
    text: row.text,
    credits: row.credits,
    captions: row.captions,
    sentences: row.sentences,
    tokens: row.tokens,
    mentions: row.mentions,
    quotes: row.quotes,
    figures: row.figures,
  };
}
