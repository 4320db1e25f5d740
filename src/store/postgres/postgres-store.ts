// The shared store: PostgreSQL, for many processes on many machines. Each article is written in
// one transaction with its layers (jsonb), its full-text vector and its story assignment.
//
// Story assignment is a corpus stage: it needs every earlier article. Writers serialise it with a
// transaction-level advisory lock held from the duplicate check to the commit, so assignments
// happen one at a time, whichever process makes them, and `articles.seq` records their order.
// Each process keeps the story index in memory and, under the lock, first feeds it the articles
// others assigned since (see story-replay.ts), so every process assigns exactly as one would.
// Workers do not assign as they go: they stage analysed articles, and whoever holds the lock
// moves ready ones into `articles` in queue order (`clusterStaged`), so the stories do not depend
// on which worker finished first.
import pg from 'pg';
import type { Article } from '../../doc/model.js';
import { timeOf, type StoryArticle, type StoryIndex, type StoryState } from '../../corpus/stories/index.js';
import type { AsyncStore, StoreSearchHit } from '../async-store.js';
import { contentHash } from '../sqlite/sqlite-store.js';
import { StoreError, type ArticleQuery, type IngestOutcome } from '../store.js';
import { postgresMigrations } from './migrations.js';
import { StoryReplay, storyFieldsOf } from './story-replay.js';
import { queryWords, searchConfigurations, textSearchConfiguration } from './text-search.js';

export type PostgresClient = pg.PoolClient;

/** Advisory lock keys ("tide" + a stage number), constant across processes. */
const STORY_LOCK = 0x74696465_01;
const MIGRATION_LOCK = 0x74696465_00;

export interface PostgresStoreOptions {
  /** Connections kept open; a worker needs three (its claim, its attempt counter, its session). */
  poolSize: number;
}

export const postgresStoreDefaults: PostgresStoreOptions = { poolSize: 4 };

interface ArticleRow {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  modified: string | null;
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

/** A staged article as the clustering consumer reads it: its story fields, not its layers. */
type StagedRow = StoryArticle & { seq: string; content_hash: string };

/** The rows of a batch of assigned articles, one statement: what the assignment decided (seq, id,
 * hash, time, story, text search configuration) from the plan `p`, everything else from the
 * Article as jsonb `a`, given in the plan (direct ingest) or read from its staged row. */
const INSERT_ARTICLES = `INSERT INTO articles (seq, id, content_hash, published_ms, story, ts_config,
    source, outlet, title, published, author, modified, url, lang, lang_confidence, text, credits, captions, sentences, tokens, mentions, quotes, figures)
  SELECT p.seq, p.id, p.hash, p.published_ms, p.story, p.ts::regconfig,
    a->>'source', a->>'outlet', a->>'title', a->>'published', a->>'author', a->>'modified', a->>'url', a->>'lang', (a->>'langConfidence')::float8, a->>'text',
    a->'credits', a->'captions', a->'sentences', a->'tokens', a->'mentions', a->'quotes', a->'figures'
  FROM jsonb_to_recordset($1::jsonb) AS p(seq BIGINT, staged BIGINT, article JSONB, id TEXT, hash TEXT, published_ms BIGINT, story TEXT, ts TEXT)
    LEFT JOIN staged_articles s ON s.seq = p.staged
    CROSS JOIN LATERAL (SELECT coalesce(p.article, s.article) AS a) AS source`;

/** One article of a batch to store: its story fields, its hash, and where its layers are. */
interface BatchArticle {
  fields: StoryArticle;
  hash: string;
  /** The article itself (direct ingest), or the seq of its staged row. */
  layers: { article: Article } | { staged: string };
}

/** Staged articles whose turn has come: every raw article queued before them is staged or gone. */
const READY_STAGED = `SELECT seq, content_hash, ${storyFieldsOf('article')} FROM staged_articles
  WHERE seq < (SELECT coalesce(min(seq), 9223372036854775807) FROM raw_queue) ORDER BY seq LIMIT $1`;

/** What a clustering pass did. */
export interface ClusterPass {
  stored: number;
  duplicates: number;
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
  private readonly replay = new StoryReplay();
  /** Connections whose open transaction fed the index articles it has not committed yet. */
  private readonly feedingIndex = new WeakSet<PostgresClient>();

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
   * (and the story index dropped, if the transaction fed it) if it throws. */
  async transaction<T>(work: (client: PostgresClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      this.feedingIndex.delete(client);
      return result;
    } catch (error) {
      // The index is ahead of the database: the next catch-up replays from the start.
      if (this.feedingIndex.delete(client)) this.replay.discard();
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

  /** A connection of the caller's own until it releases it: for session state such as a
   * session-level advisory lock or LISTEN. */
  session(): Promise<PostgresClient> {
    return this.pool.connect();
  }

  /** Articles this process replayed to catch up with assignments made by others. */
  get replayedArticles(): number {
    return this.replay.replayed;
  }

  ingest(article: Article): Promise<IngestOutcome> {
    return this.transaction(async (client) => {
      // Held to the end of the transaction: duplicate check, id choice and story assignment
      // see every committed article, and no other writer slips in between.
      await client.query('SELECT pg_advisory_xact_lock($1)', [STORY_LOCK]);
      const index = await this.replay.catchUp(client);
      const [outcome] = await this.storeBatch(client, index, [{ fields: article, hash: contentHash(article), layers: { article } }]);
      return outcome;
    });
  }

  /**
   * Moves up to `limit` ready staged articles into `articles`, in queue order, in one
   * transaction: duplicate check, id choice, story assignment. Any process may call it; the
   * story lock makes the calls take turns.
   */
  clusterStaged(limit: number): Promise<ClusterPass> {
    return this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [STORY_LOCK]);
      const { rows } = await client.query<StagedRow>(READY_STAGED, [limit]);
      const pass: ClusterPass = { stored: 0, duplicates: 0 };
      if (rows.length === 0) return pass;
      const index = await this.replay.catchUp(client);
      const outcomes = await this.storeBatch(
        client,
        index,
        rows.map(({ seq, content_hash, ...fields }) => ({ fields, hash: content_hash, layers: { staged: seq } })),
      );
      for (const outcome of outcomes) pass[outcome.status === 'stored' ? 'stored' : 'duplicates']++;
      await client.query('DELETE FROM staged_articles WHERE seq = ANY($1::bigint[])', [rows.map((r) => r.seq)]);
      return pass;
    });
  }

  /** Moves the first ready staged article to the dead letters (the analysed article in place of
   * the raw one): for an article that fails every time it is stored. False if none was ready. */
  deadLetterStagedHead(attempts: number, reason: string): Promise<boolean> {
    return this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [STORY_LOCK]);
      const [head] = (await client.query<StagedRow>(READY_STAGED, [1])).rows;
      if (head === undefined) return false;
      await client.query(
        `INSERT INTO dead_letters (seq, raw, attempts, last_error) SELECT seq, article, $2, $3 FROM staged_articles WHERE seq = $1 ON CONFLICT (seq) DO NOTHING`,
        [head.seq, attempts, `storing the analysed article: ${reason}`],
      );
      await client.query('DELETE FROM staged_articles WHERE seq = $1', [head.seq]);
      return true;
    });
  }

  /**
   * Stores a batch in order (caller holds the story lock, index caught up): duplicates and taken
   * ids are looked up for the whole batch at once, stories assigned in memory, and the rows
   * written in one statement with article numbers drawn in assignment order, so that replay
   * (by `articles.seq`) feeds the index the same sequence.
   */
  private async storeBatch(client: PostgresClient, index: StoryIndex, batch: readonly BatchArticle[]): Promise<IngestOutcome[]> {
    const storedByHash = new Map(
      (await client.query<{ content_hash: string; id: string }>('SELECT content_hash, id FROM articles WHERE content_hash = ANY($1::text[])', [batch.map((b) => b.hash)])).rows.map((r) => [r.content_hash, r.id]),
    );
    const takenIds = new Set((await client.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [batch.map((b) => b.fields.id)])).rows.map((r) => r.id));
    // Ids were looked up as given; the renamed ones ("id~2") only when a given one is taken.
    const isTaken = async (id: string, given: string): Promise<boolean> =>
      takenIds.has(id) || (id !== given && (await client.query('SELECT 1 FROM articles WHERE id = $1', [id])).rows.length > 0);

    const outcomes: IngestOutcome[] = [];
    const placed: { at: number; article: BatchArticle; id: string }[] = [];
    /** Story of each placed article, relabelled as merges happen. */
    const storyOf = new Map<string, string>();
    const touched = new Map<string, StoryState>();
    const mergedAway: string[] = [];
    for (const article of batch) {
      const existing = storedByHash.get(article.hash);
      if (existing !== undefined) {
        outcomes.push({ status: 'duplicate', id: article.fields.id, existingId: existing });
        continue;
      }
      let id = article.fields.id;
      for (let n = 2; await isTaken(id, article.fields.id); n++) id = `${article.fields.id}~${n}`;
      storedByHash.set(article.hash, id);
      takenIds.add(id);
      // From here the in-memory index is ahead of the database until the commit.
      this.feedingIndex.add(client);
      const story = index.assign({ ...article.fields, id });
      touched.set(story.id, story);
      storyOf.set(id, story.id);
      // A merge step may follow the assignment: the newer story's articles join the older one.
      for (const merge of index.drainMerges()) {
        mergedAway.push(merge.from);
        touched.delete(merge.from);
        const into = index.story(merge.into);
        if (into) touched.set(into.id, into);
        for (const [placedId, storyId] of storyOf) if (storyId === merge.from) storyOf.set(placedId, merge.into);
        await client.query('UPDATE articles SET story = $2 WHERE story = $1', [merge.from, merge.into]);
      }
      placed.push({ at: outcomes.length, article, id });
      outcomes.push({ status: 'stored', id, story: story.id });
    }
    if (placed.length === 0) return outcomes;

    // Numbers drawn now, sorted, and handed out in assignment order.
    const numbers = (
      await client.query<{ seq: string }>("SELECT nextval(pg_get_serial_sequence('articles', 'seq')) AS seq FROM generate_series(1, $1)", [placed.length])
    ).rows
      .map((r) => Number(r.seq))
      .sort((x, y) => x - y);
    const plan = placed.map(({ article, id }, n) => ({
      seq: numbers[n],
      staged: 'staged' in article.layers ? article.layers.staged : null,
      article: 'article' in article.layers ? article.layers.article : null,
      id,
      hash: article.hash,
      published_ms: timeOf(article.fields.published),
      story: storyOf.get(id),
      ts: textSearchConfiguration(article.fields.lang),
    }));
    const inserted = await client.query(INSERT_ARTICLES, [JSON.stringify(plan)]);
    if (inserted.rowCount !== plan.length) throw new StoreError('E_STORE_QUERY', `stored ${inserted.rowCount} of ${plan.length} articles: a staged article vanished`);
    for (const { at, id } of placed) outcomes[at] = { status: 'stored', id, story: storyOf.get(id) as string };
    const version = numbers[numbers.length - 1];
    this.replay.advance(version);

    if (mergedAway.length > 0) await client.query('DELETE FROM stories WHERE id = ANY($1::text[])', [mergedAway]);
    const stories = [...touched.values()].map((s) => ({ id: s.id, centroid: s.centroid, articles: s.articles, last_time: s.lastTime }));
    await client.query(
      `INSERT INTO stories (id, centroid, articles, last_time, version)
       SELECT id, centroid, articles, last_time, $2 FROM jsonb_to_recordset($1::jsonb) AS s(id TEXT, centroid JSONB, articles JSONB, last_time BIGINT)
       ON CONFLICT (id) DO UPDATE SET centroid = excluded.centroid, articles = excluded.articles, last_time = excluded.last_time, version = excluded.version`,
      [JSON.stringify(stories), version],
    );
    // The clock replay checks itself against.
    const state = index.exportState();
    await client.query('UPDATE story_clock SET version = $1, next_id = $2, documents = $3', [version, state.nextId, state.documents]);
    return outcomes;
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
      `SELECT id, source, outlet, title, published, author, modified, url, lang, lang_confidence, text, credits, captions, sentences, tokens, mentions, quotes, figures, story
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

function articleOf(row: ArticleRow): Article {
  return {
    id: row.id,
    source: row.source,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    author: row.author,
    modified: row.modified,
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
