// A queue of raw articles in PostgreSQL, shared by any number of workers on any number of
// machines, with no broker beside the database.
//
// A worker claims the oldest unclaimed row with `FOR UPDATE SKIP LOCKED` and keeps that
// transaction open while it cleans and analyses the article; the staged article and the removal
// of the row commit together. A worker that dies (even by SIGKILL) loses its connection, the
// server rolls the transaction back, and the row is free again: nothing is lost, and since the
// staging and the removal are one commit, nothing is staged twice. Attempts are counted on a
// second connection before the work starts, so an article that kills its worker every time still
// ends in the dead letters after `maxAttempts`.
//
// Staged articles reach `articles` (and a story) through `PostgresStore.clusterStaged`, in queue
// order. One worker at a time is the clustering consumer: the one holding a session-level
// advisory lock, which the server releases when that worker dies, so another takes over. The
// lock only saves work (one process keeps the story index warm): correctness rests on the story
// lock and the queue order, whoever clusters.
import type { RawArticle, Article } from '../../doc/model.js';
import { contentHash } from '../sqlite/sqlite-store.js';
import { StoreError } from '../store.js';
import type { ClusterPass, PostgresClient, PostgresStore } from './postgres-store.js';

/** What the per-article stages made of a raw article: an article to store, or a rejection
 * (bad input that no retry will fix, such as an empty body). */
export type RawOutcome = { kind: 'article'; article: Article } | { kind: 'rejected'; reason: string };

/** What a worker does: `analyse` claims raw articles and stages them, `cluster` only moves staged
 * articles into stories when it holds the consumer lock, `both` does both (the default). */
export type WorkerRole = 'both' | 'analyse' | 'cluster';

export interface WorkerOptions {
  role: WorkerRole;
  /** Claims of one article before it goes to the dead letters. */
  maxAttempts: number;
  /** Longest wait at an empty queue (a notification ends it sooner), and between tries for the
   * consumer lock. */
  pollMs: number;
  /** The consumer clusters what is ready at least this often while it also analyses. */
  clusterEveryMs: number;
  /** Staged articles moved in one clustering transaction. */
  clusterBatch: number;
  /** Stop when there is nothing left to do instead of waiting for more. */
  untilEmpty: boolean;
  /** Stops the loop after the current article. */
  signal?: AbortSignal;
  /** Called after each article, for progress display. */
  onArticle?: (stats: WorkerStats) => void;
}

export const workerDefaults: WorkerOptions = { role: 'both', maxAttempts: 5, pollMs: 1000, clusterEveryMs: 250, clusterBatch: 200, untilEmpty: false };

export interface WorkerStats {
  /** Raw articles this worker analysed and staged. */
  analysed: number;
  /** Staged articles (by any worker) this worker stored, as the clustering consumer. */
  stored: number;
  duplicates: number;
  /** Moved to the dead letters: rejected input, or too many failed attempts. */
  dead: number;
  /** Attempts that failed and left the article for a retry. */
  failed: number;
  /** Wall time in the per-article stages and staging, and in clustering, ms. */
  analyseMs: number;
  clusterMs: number;
}

/** Advisory lock keys ("tide" + a number), constant across processes; 0 and 1 are the store's. */
const CONSUMER_LOCK = 0x74696465_02;
const ENQUEUE_LOCK = 0x74696465_03;
/** Notification channels: raw articles queued, analysed articles staged. */
const RAW_CHANNEL = 'tidende_raw';
const STAGED_CHANNEL = 'tidende_staged';

export async function enqueueRaw(store: PostgresStore, raws: readonly RawArticle[]): Promise<number> {
  if (raws.length === 0) return 0;
  // PostgreSQL text cannot hold NUL; U+FFFD keeps every offset (one UTF-16 unit for one).
  const json = JSON.stringify(raws, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\u0000', '\uFFFD') : value));
  return store.transaction(async (client) => {
    // Enqueuers take turns, so queue numbers become visible in order: the clustering consumer
    // takes a staged article once nothing with a lower number is still queued, and a row numbered
    // lower but committed later would otherwise be clustered out of turn.
    await client.query('SELECT pg_advisory_xact_lock($1)', [ENQUEUE_LOCK]);
    const result = await client.query('INSERT INTO raw_queue (raw) SELECT value FROM jsonb_array_elements($1::jsonb)', [json]);
    await client.query('SELECT pg_notify($1, $2)', [RAW_CHANNEL, '']);
    return result.rowCount ?? 0;
  });
}

export async function queueDepth(store: PostgresStore): Promise<{ queued: number; staged: number; dead: number }> {
  const { rows } = await store.query<{ queued: number; staged: number; dead: number }>(
    'SELECT (SELECT count(*) FROM raw_queue)::int AS queued, (SELECT count(*) FROM staged_articles)::int AS staged, (SELECT count(*) FROM dead_letters)::int AS dead',
  );
  return rows[0];
}

type Step = { kind: 'empty' } | { kind: 'dead' } | { kind: 'failed' } | { kind: 'staged'; seq: number };

/** Claims, analyses and stages raw articles, and clusters staged ones while it holds the consumer
 * lock, until there is nothing left (`untilEmpty`) or the signal fires. */
export async function runWorker(store: PostgresStore, process: (raw: RawArticle) => RawOutcome, options: WorkerOptions = workerDefaults): Promise<WorkerStats> {
  const stats: WorkerStats = { analysed: 0, stored: 0, duplicates: 0, dead: 0, failed: 0, analyseMs: 0, clusterMs: 0 };
  const analyses = options.role !== 'cluster';
  const session = await WorkerSession.open(store, options.role !== 'analyse');
  const consumer = new ClusteringConsumer(store, options, stats);
  let lastLeadTry = Number.NEGATIVE_INFINITY;
  let lastCluster = Number.NEGATIVE_INFINITY;
  try {
    while (!options.signal?.aborted) {
      if (performance.now() - lastLeadTry >= options.pollMs) {
        lastLeadTry = performance.now();
        await session.tryLead();
      }
      if (session.leader && performance.now() - lastCluster >= options.clusterEveryMs) {
        lastCluster = performance.now();
        await consumer.clusterReady();
      }
      const step = analyses ? await claimAndStage(store, process, options, stats) : ({ kind: 'empty' } as const);
      if (step.kind !== 'empty') {
        options.onArticle?.(stats);
        continue;
      }
      // Nothing to claim: cluster what became ready, then wait or leave.
      if (session.leader) {
        lastCluster = performance.now();
        if ((await consumer.clusterReady()) > 0) continue;
      }
      if (options.untilEmpty) {
        // The consumer stays until every queued article is stored; a worker that finds the
        // consumer gone takes its place, so staged articles are not left behind.
        if (!session.leader && (await session.tryLead())) continue;
        if (!session.leader) break;
        const depth = await queueDepth(store);
        if (depth.queued === 0 && depth.staged === 0) break;
      }
      await session.wait(options.pollMs, options.signal);
    }
  } finally {
    await session.close();
  }
  return stats;
}

async function claimAndStage(store: PostgresStore, process: (raw: RawArticle) => RawOutcome, options: WorkerOptions, stats: WorkerStats): Promise<Step> {
  let claimed: number | null = null;
  const started = performance.now();
  let step: Step;
  try {
    step = await store.transaction(async (client): Promise<Step> => {
      const { rows } = await client.query<{ seq: string; raw: RawArticle }>('SELECT seq, raw FROM raw_queue ORDER BY seq FOR UPDATE SKIP LOCKED LIMIT 1');
      if (rows.length === 0) return { kind: 'empty' };
      const seq = Number(rows[0].seq);
      claimed = seq;
      const raw = rows[0].raw;
      // Counted outside this transaction, so the count survives a crash that rolls it back.
      const attempt = (
        await store.query<{ attempts: number; last_error: string | null }>(
          `INSERT INTO raw_attempts (seq, attempts) VALUES ($1, 1)
           ON CONFLICT (seq) DO UPDATE SET attempts = raw_attempts.attempts + 1, last_attempt_at = now() RETURNING attempts, last_error`,
          [seq],
        )
      ).rows[0];
      if (attempt.attempts > options.maxAttempts) {
        await buryRaw(client, seq, raw, attempt.attempts - 1, attempt.last_error ?? 'the worker died while processing it');
        return { kind: 'dead' };
      }
      const outcome = process(raw);
      if (outcome.kind === 'rejected') {
        await buryRaw(client, seq, raw, attempt.attempts, outcome.reason);
        return { kind: 'dead' };
      }
      await client.query('INSERT INTO staged_articles (seq, content_hash, article) VALUES ($1, $2, $3)', [seq, contentHash(outcome.article), JSON.stringify(outcome.article)]);
      await client.query('DELETE FROM raw_queue WHERE seq = $1', [seq]);
      await client.query('SELECT pg_notify($1, $2)', [STAGED_CHANNEL, '']);
      return { kind: 'staged', seq };
    });
  } catch (error) {
    // Failing before any claim means the database itself is unusable (gone, unreachable):
    // stop, rather than spin, and let whatever supervises workers restart this one.
    if (claimed === null) throw error;
    stats.failed++;
    await store.query('UPDATE raw_attempts SET last_error = $2 WHERE seq = $1', [claimed, (error as Error).message]).catch(() => undefined);
    return { kind: 'failed' };
  }
  if (step.kind === 'empty') return step;
  stats.analyseMs += performance.now() - started;
  if (step.kind === 'dead') stats.dead++;
  else if (step.kind === 'staged') {
    stats.analysed++;
    // Bookkeeping only: a crash before this line leaves a stale counter, never a stale article.
    await store.query('DELETE FROM raw_attempts WHERE seq = $1', [step.seq]);
  }
  return step;
}

async function buryRaw(client: PostgresClient, seq: number, raw: unknown, attempts: number, reason: string): Promise<void> {
  await client.query('INSERT INTO dead_letters (seq, raw, attempts, last_error) VALUES ($1, $2, $3, $4) ON CONFLICT (seq) DO NOTHING', [seq, JSON.stringify(raw), attempts, reason]);
  await client.query('DELETE FROM raw_queue WHERE seq = $1', [seq]);
}

/** Moves ready staged articles into stories, a batch per transaction. */
class ClusteringConsumer {
  /** Failed passes in a row; after one, passes take a single article so the failing one is
   * found at the head of the line. */
  private failures = 0;

  constructor(
    private readonly store: PostgresStore,
    private readonly options: WorkerOptions,
    private readonly stats: WorkerStats,
  ) {}

  /** Clusters until nothing is ready; returns how many staged articles it moved. */
  async clusterReady(): Promise<number> {
    let moved = 0;
    for (;;) {
      const batch = this.failures > 0 ? 1 : this.options.clusterBatch;
      const started = performance.now();
      let pass: ClusterPass;
      try {
        pass = await this.store.clusterStaged(batch);
      } catch (error) {
        // A replayed index that disagrees with the database is not the article's fault.
        if (error instanceof StoreError && error.code === 'E_STORE_SCHEMA') throw error;
        this.stats.failed++;
        if (batch === 1 && ++this.failures >= this.options.maxAttempts) {
          // A staged article that fails to be stored every time must not hold back every later one.
          if (await this.store.deadLetterStagedHead(this.failures, (error as Error).message)) this.stats.dead++;
          this.failures = 0;
        } else if (batch > 1) this.failures = 1;
        return moved;
      } finally {
        this.stats.clusterMs += performance.now() - started;
      }
      if (batch === 1) this.failures = 0;
      this.stats.stored += pass.stored;
      this.stats.duplicates += pass.duplicates;
      moved += pass.stored + pass.duplicates;
      if (pass.stored + pass.duplicates < batch) return moved;
    }
  }
}

/**
 * A worker's own connection: it holds the consumer lock (session-level, so the server releases it
 * when the worker dies) and listens for notifications, so an idle worker wakes when work arrives
 * instead of polling.
 */
class WorkerSession {
  leader = false;
  private wake: (() => void) | null = null;
  /** A notification came while the worker was busy: the next wait returns at once. */
  private pending = false;
  private broken = false;

  private constructor(
    private readonly client: PostgresClient,
    private readonly mayLead: boolean,
  ) {
    client.on('notification', () => this.notified());
    // The connection dropped: no lock any more, no notifications; polling still works, and the
    // next claim finds out whether the database is gone.
    client.on('error', () => {
      this.broken = true;
      this.leader = false;
      this.notified();
    });
  }

  static async open(store: PostgresStore, mayLead: boolean): Promise<WorkerSession> {
    const client = await store.session();
    const session = new WorkerSession(client, mayLead);
    await client.query(`LISTEN ${RAW_CHANNEL}`);
    return session;
  }

  /** Takes the consumer lock if it is free; true while this worker holds it. */
  async tryLead(): Promise<boolean> {
    if (this.leader || !this.mayLead || this.broken) return this.leader;
    const { rows } = await this.client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [CONSUMER_LOCK]);
    if (rows[0].got) {
      this.leader = true;
      await this.client.query(`LISTEN ${STAGED_CHANNEL}`);
    }
    return this.leader;
  }

  private notified(): void {
    if (this.wake) this.wake();
    else this.pending = true;
  }

  /** Until a notification, `ms`, or the signal, whichever comes first. */
  wait(ms: number, signal?: AbortSignal): Promise<void> {
    if (this.pending || signal?.aborted) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.wake = null;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      this.wake = done;
    });
  }

  async close(): Promise<void> {
    // Destroyed, not returned to the pool: the lock and the listening end with the connection.
    this.client.release(true);
  }
}
