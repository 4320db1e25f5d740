// A queue of raw articles in PostgreSQL, shared by any number of workers on any number of
// machines, with no broker beside the database.
//
// A worker claims the oldest unclaimed rows (a few at a time, `claimBatch`) with `FOR UPDATE SKIP
// LOCKED` and keeps that transaction open while it cleans and analyses the articles; the staged
// articles and the removal of their rows commit together, in one statement. A worker that dies
// (even by SIGKILL) loses its connection, the server rolls the transaction back, and the rows are
// free again: nothing is lost, and since the staging and the removal are one commit, nothing is
// staged twice. Attempts are counted on a second connection before the work starts, so an
// article that kills its worker every time still ends in the dead letters after `maxAttempts`;
// // an article claimed before is claimed on its own, so it takes no batch-mates with it. Batches
// are what let workers scale on cores shared with the server: one article per claim (claim,
// count, stage, delete, notify, commit) cost PostgreSQL ≈ 3 ms of CPU per article, a quarter of
// what the worker spends analysing it; eight per claim cost ≈ 1 ms, 32 ≈ 0.3 ms (bench/workers.ts).
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
  /** Raw articles claimed, counted and staged together: one transaction and a few statements for
   * all of them. A retried article is always claimed on its own. */
  claimBatch: number;
  /** Longest wait at an empty queue (a notification ends it sooner), and between tries for the
   * consumer lock. */
  pollMs: number;
  /** The consumer clusters what is ready at least this often while it also analyses. */
  clusterEveryMs: number;
  /** Staged articles moved in one clustering transaction. */
  clusterBatch: number;
  /** Stop when there is nothing left to do instead of waiting for more. */
  untilEmpty: boolean;
  /** Stops the loop after the current batch of articles. */
  signal?: AbortSignal;
  /** Called after each article, for progress display. */
  onArticle?: (stats: WorkerStats) => void;
}

export const workerDefaults: WorkerOptions = { role: 'both', maxAttempts: 5, claimBatch: 32, pollMs: 1000, clusterEveryMs: 250, clusterBatch: 200, untilEmpty: false };

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
  /** Process CPU (all threads) from this worker's first analysed article to its last, and the
   * articles analysed in that span: the per-article cost without start-up (benchmarks). */
  steadyCpuMs: number;
  steadyArticles: number;
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

/** Claims, analyses and stages raw articles, and clusters staged ones while it holds the consumer
 * lock, until there is nothing left (`untilEmpty`) or the signal fires. */
export async function runWorker(store: PostgresStore, analyse: (raw: RawArticle) => RawOutcome, options: WorkerOptions = workerDefaults): Promise<WorkerStats> {
  const stats: WorkerStats = { analysed: 0, stored: 0, duplicates: 0, dead: 0, failed: 0, analyseMs: 0, clusterMs: 0, steadyCpuMs: 0, steadyArticles: 0 };
  let firstAnalysed: { cpu: NodeJS.CpuUsage; analysed: number } | null = null;
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
      const fates = analyses ? await claimAndStage(store, analyse, options, stats) : [];
      if (fates.length > 0) {
        for (const fate of fates) {
          stats[fate === 'staged' ? 'analysed' : fate]++;
          options.onArticle?.(stats);
        }
        if (firstAnalysed === null) firstAnalysed = { cpu: process.cpuUsage(), analysed: stats.analysed };
        else {
          const cpu = process.cpuUsage(firstAnalysed.cpu);
          stats.steadyCpuMs = (cpu.user + cpu.system) / 1000;
          stats.steadyArticles = stats.analysed - firstAnalysed.analysed;
        }
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

/** A raw article this worker has locked, and how many claims of it came before (by workers
 * that failed on it or died). */
interface Claim {
  seq: number;
  raw: RawArticle;
  tried: number;
}

/** The oldest raw articles no one else holds, locked until this transaction ends, with their
 * attempts so far (read, not locked: only the holder of the queue row counts its attempts). */
const CLAIM_RAW = {
  name: 'tidende-claim-raw',
  text: `SELECT q.seq, q.raw, coalesce(a.attempts, 0) AS tried FROM raw_queue q LEFT JOIN raw_attempts a ON a.seq = q.seq
    ORDER BY q.seq LIMIT $1 FOR UPDATE OF q SKIP LOCKED`,
};

/** One more attempt for each claimed article; autocommit, so it outlives a crash. */
const COUNT_ATTEMPTS = `INSERT INTO raw_attempts (seq, attempts) SELECT unnest($1::bigint[]), 1
  ON CONFLICT (seq) DO UPDATE SET attempts = raw_attempts.attempts + 1, last_attempt_at = now() RETURNING seq, attempts, last_error`;

/** The raw rows themselves go to the dead letters (no copy of them travels to the worker and back). */
const BURY_RAW = `INSERT INTO dead_letters (seq, raw, attempts, last_error)
  SELECT q.seq, q.raw, d.attempts, d.reason FROM unnest($1::bigint[], $2::int[], $3::text[]) AS d(seq, attempts, reason) JOIN raw_queue q ON q.seq = d.seq
  ON CONFLICT (seq) DO NOTHING`;

/**
 * Stages `size` analysed articles and removes the done raw rows (staged and buried) in one
 * statement: the staged rows, the queue rows and the attempt counters of the staged ones, and one
 * notification for the clustering consumer. Parameters: (seq, content hash, article) for each
 * staged article, then the array of every done seq. Prepared once per size and connection.
 */
function stageStatement(size: number): { name: string; text: string } {
  const rows = Array.from({ length: size }, (_, n) => `($${3 * n + 1}, $${3 * n + 2}, $${3 * n + 3})`).join(', ');
  const staged = size === 0 ? 'SELECT NULL::bigint AS seq WHERE false' : `INSERT INTO staged_articles (seq, content_hash, article, staged_at) SELECT v.seq::bigint, v.hash, v.article::jsonb, clock_timestamp() FROM (VALUES ${rows}) AS v(seq, hash, article) RETURNING seq`;
  return {
    name: `tidende-stage-${size}`,
    text: `WITH staged AS (${staged}),
      done AS (DELETE FROM raw_queue WHERE seq = ANY($${3 * size + 1}::bigint[])),
      counted AS (DELETE FROM raw_attempts WHERE seq IN (SELECT seq FROM staged))
      SELECT pg_notify('${STAGED_CHANNEL}', '') FROM (SELECT count(*) AS n FROM staged) AS s WHERE s.n > 0`,
  };
}
const stageStatements = new Map<number, { name: string; text: string }>();

/** What became of one claimed article in this pass. */
type Fate = 'staged' | 'dead' | 'failed';

/**
 * Which claimed articles to work on now: a run of first tries, or one article tried before, on
 * its own. An article that kills its worker then charges each batch-mate one attempt at most
 * (they are retried alone, as it is), so it takes none of them to the dead letters with it.
 * The rest stay locked, untouched, until the commit, and go back to the queue.
 */
function workingSet(claims: readonly Claim[]): readonly Claim[] {
  if (claims[0].tried > 0) return claims.slice(0, 1);
  const firstRetry = claims.findIndex((claim) => claim.tried > 0);
  return firstRetry === -1 ? claims : claims.slice(0, firstRetry);
}

/** Claims up to `claimBatch` raw articles in one transaction, analyses them, and stages them (or
 * buries them) in one statement; returns the fate of each, empty when the queue had nothing. */
async function claimAndStage(store: PostgresStore, analyse: (raw: RawArticle) => RawOutcome, options: WorkerOptions, stats: WorkerStats): Promise<Fate[]> {
  let counted: number[] = [];
  const started = performance.now();
  let fates: Fate[];
  try {
    fates = await store.transaction(async (client): Promise<Fate[]> => {
      const { rows } = await client.query<{ seq: string; raw: RawArticle; tried: number }>({ ...CLAIM_RAW, values: [options.claimBatch] });
      if (rows.length === 0) return [];
      const claims = workingSet(rows.map((row) => ({ seq: Number(row.seq), raw: row.raw, tried: row.tried })));
      // Counted outside this transaction, so the count survives a crash that rolls it back.
      const attempts = new Map(
        (await store.query<{ seq: string; attempts: number; last_error: string | null }>(COUNT_ATTEMPTS, [claims.map((c) => c.seq)])).rows.map((r) => [Number(r.seq), r]),
      );
      counted = claims.map((c) => c.seq);

      const staged: unknown[] = [];
      const buried: { seq: number[]; attempts: number[]; reason: string[] } = { seq: [], attempts: [], reason: [] };
      const bury = (seq: number, attempt: number, reason: string) => {
        buried.seq.push(seq);
        buried.attempts.push(attempt);
        buried.reason.push(reason);
      };
      const done: number[] = [];
      const failures: { seq: number; message: string }[] = [];
      const result: Fate[] = [];
      for (const { seq, raw } of claims) {
        const attempt = attempts.get(seq);
        if (attempt === undefined) throw new StoreError('E_STORE_QUERY', `no attempt was counted for raw article ${seq}`);
        if (attempt.attempts > options.maxAttempts) {
          bury(seq, attempt.attempts - 1, attempt.last_error ?? 'the worker died while processing it');
          done.push(seq);
          result.push('dead');
          continue;
        }
        let outcome: RawOutcome;
        try {
          outcome = analyse(raw);
        } catch (error) {
          // This article alone fails; it stays queued, and its next claim is on its own.
          failures.push({ seq, message: (error as Error).message });
          result.push('failed');
          continue;
        }
        if (outcome.kind === 'rejected') {
          bury(seq, attempt.attempts, outcome.reason);
          result.push('dead');
        } else {
          staged.push(seq, contentHash(outcome.article), JSON.stringify(outcome.article));
          result.push('staged');
        }
        done.push(seq);
      }
      for (const failure of failures) await recordError(store, failure.seq, failure.message);
      if (buried.seq.length > 0) await client.query(BURY_RAW, [buried.seq, buried.attempts, buried.reason]);
      if (done.length > 0) {
        const size = staged.length / 3;
        let statement = stageStatements.get(size);
        if (statement === undefined) stageStatements.set(size, (statement = stageStatement(size)));
        await client.query({ ...statement, values: [...staged, done] });
      }
      return result;
    });
  } catch (error) {
    // Failing before any claim means the database itself is unusable (gone, unreachable):
    // stop, rather than spin, and let whatever supervises workers restart this one.
    if (counted.length === 0) throw error;
    for (const seq of counted) await recordError(store, seq, (error as Error).message);
    fates = counted.map(() => 'failed');
  }
  if (fates.length > 0) stats.analyseMs += performance.now() - started;
  return fates;
}

/** Why the last attempt at a raw article failed, kept for its dead letter. */
async function recordError(store: PostgresStore, seq: number, message: string): Promise<void> {
  await store.query('UPDATE raw_attempts SET last_error = $2 WHERE seq = $1', [seq, message]).catch(() => undefined);
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
