// A queue of raw articles in PostgreSQL, shared by any number of workers on any number of
// machines, with no broker beside the database.
//
// A worker claims the oldest unclaimed row with `FOR UPDATE SKIP LOCKED` and keeps that
// transaction open while it cleans and analyses the article; the stored article and the removal
// of the row commit together. A worker that dies (even by SIGKILL) loses its connection, the
// server rolls the transaction back, and the row is free again: nothing is lost, and since the
// store and the removal are one commit, nothing is stored twice. Attempts are counted on a second
// connection before the work starts, so an article that kills its worker every time still ends
// in the dead letters after `maxAttempts`.
import type { Article, RawArticle } from '../../doc/model.js';
import type { IngestOutcome } from '../store.js';
import type { PostgresClient, PostgresStore } from './postgres-store.js';

/** What the per-article stages made of a raw article: an article to store, or a rejection
 * (bad input that no retry will fix, such as an empty body). */
export type RawOutcome = { kind: 'article'; article: Article } | { kind: 'rejected'; reason: string };

export interface WorkerOptions {
  /** Claims of one article before it goes to the dead letters. */
  maxAttempts: number;
  /** Wait between looks at an empty queue. */
  pollMs: number;
  /** Stop when the queue is empty instead of waiting for more. */
  untilEmpty: boolean;
  /** Stops the loop after the current article. */
  signal?: AbortSignal;
  /** Called after each article, for progress display. */
  onArticle?: (stats: WorkerStats) => void;
}

export const workerDefaults: WorkerOptions = { maxAttempts: 5, pollMs: 1000, untilEmpty: false };

export interface WorkerStats {
  stored: number;
  duplicates: number;
  /** Moved to the dead letters: rejected input, or too many failed attempts. */
  dead: number;
  /** Attempts that failed and left the article for a retry. */
  failed: number;
}

export async function enqueueRaw(store: PostgresStore, raws: readonly RawArticle[]): Promise<number> {
  if (raws.length === 0) return 0;
  // PostgreSQL text cannot hold NUL; U+FFFD keeps every offset (one UTF-16 unit for one).
  const json = JSON.stringify(raws, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\u0000', '\uFFFD') : value));
  const result = await store.query('INSERT INTO raw_queue (raw) SELECT value FROM jsonb_array_elements($1::jsonb)', [json]);
  return result.rowCount ?? 0;
}

export async function queueDepth(store: PostgresStore): Promise<{ queued: number; dead: number }> {
  const { rows } = await store.query<{ queued: number; dead: number }>('SELECT (SELECT count(*) FROM raw_queue)::int AS queued, (SELECT count(*) FROM dead_letters)::int AS dead');
  return rows[0];
}

type Step = { kind: 'empty' } | { kind: 'dead' } | { kind: 'stored' | 'duplicate'; seq: number };

/** Claims and processes raw articles until the queue is empty (`untilEmpty`) or the signal fires. */
export async function runWorker(store: PostgresStore, process: (raw: RawArticle) => RawOutcome, options: WorkerOptions = workerDefaults): Promise<WorkerStats> {
  const stats: WorkerStats = { stored: 0, duplicates: 0, dead: 0, failed: 0 };
  while (!options.signal?.aborted) {
    let claimed: number | null = null;
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
        const stored: IngestOutcome = await store.ingestWithin(client, outcome.article);
        await client.query('DELETE FROM raw_queue WHERE seq = $1', [seq]);
        return { kind: stored.status, seq };
      });
    } catch (error) {
      // Failing before any claim means the database itself is unusable (gone, unreachable):
      // stop, rather than spin, and let whatever supervises workers restart this one.
      if (claimed === null) throw error;
      stats.failed++;
      await store.query('UPDATE raw_attempts SET last_error = $2 WHERE seq = $1', [claimed, (error as Error).message]).catch(() => undefined);
      continue;
    }
    if (step.kind === 'empty') {
      if (options.untilEmpty) break;
      await sleep(options.pollMs, options.signal);
      continue;
    }
    if (step.kind === 'dead') stats.dead++;
    else {
      if (step.kind === 'stored') stats.stored++;
      else stats.duplicates++;
      // Bookkeeping only: a crash before this line leaves a stale counter, never a stale article.
      await store.query('DELETE FROM raw_attempts WHERE seq = $1', [step.seq]);
    }
    options.onArticle?.(stats);
  }
  return stats;
}

async function buryRaw(client: PostgresClient, seq: number, raw: RawArticle, attempts: number, reason: string): Promise<void> {
  await client.query('INSERT INTO dead_letters (seq, raw, attempts, last_error) VALUES ($1, $2, $3, $4) ON CONFLICT (seq) DO NOTHING', [seq, JSON.stringify(raw), attempts, reason]);
  await client.query('DELETE FROM raw_queue WHERE seq = $1', [seq]);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
