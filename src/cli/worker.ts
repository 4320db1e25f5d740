// `tidende worker --db postgres://…`: claim raw articles from the shared queue, run the
// per-article stages, stage them; the one worker elected clustering consumer stores staged
// articles into stories in queue order. Start as many as there are cores, on as many machines.
// `tidende worker enqueue PATH... --db postgres://…` fills the queue.
import type { Command } from 'commander';
import { z } from 'zod';
import { processRaw } from '../analyze/index.js';
import type { RawArticle } from '../doc/model.js';
import { readSources, type InputError } from '../ingest/index.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { isPostgresUrl } from '../store/async-store.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { enqueueRaw, queueDepth, runWorker, workerDefaults, type RawOutcome } from '../store/postgres/raw-queue.js';
import { StoreError } from '../store/store.js';
import { printProblems } from './report-errors.js';

const workerOptions = z.object({
  db: z.string('--db <url> is required').refine(isPostgresUrl, 'workers share a PostgreSQL database: --db must be a postgres:// URL'),
  role: z.enum(['both', 'analyse', 'cluster'], '--role must be both, analyse or cluster'),
  maxAttempts: z.coerce.number().int().min(1),
  claimBatch: z.coerce.number().int().min(1).max(100),
  pollMs: z.coerce.number().int().min(10),
  clusterEveryMs: z.coerce.number().int().min(0),
  clusterBatch: z.coerce.number().int().min(1),
  untilEmpty: z.boolean(),
  format: z.enum(['text', 'json'], '--format must be text or json'),
  quiet: z.boolean(),
});

const ENQUEUE_BATCH = 500;

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new StoreError('E_STORE_OPEN', result.error.issues.map((i) => i.message).join('; '));
  return result.data;
}

export function registerWorkerCommand(program: Command): void {
  const worker = program
    .command('worker')
    .description('process the shared PostgreSQL queue of raw articles (see `worker enqueue`)')
    // Not `requiredOption`: the `enqueue` subcommand reads it from here too (commander gives an
    // option of the parent to the parent wherever it stands); zod reports it missing.
    .option('--db <url>', 'postgres:// URL of the shared store (required)')
    .option('--role <role>', 'both: analyse and, when elected, cluster; analyse: never cluster; cluster: only cluster', workerDefaults.role)
    .option('--max-attempts <n>', 'claims of one article before it goes to the dead letters', String(workerDefaults.maxAttempts))
    .option('--claim-batch <n>', 'raw articles claimed and staged per transaction (a retried one is always claimed alone)', String(workerDefaults.claimBatch))
    .option('--poll-ms <ms>', 'longest wait at an empty queue (new work wakes the worker sooner)', String(workerDefaults.pollMs))
    .option('--cluster-every-ms <ms>', 'how often the clustering worker stores what is ready while it also analyses', String(workerDefaults.clusterEveryMs))
    .option('--cluster-batch <n>', 'staged articles stored per clustering transaction', String(workerDefaults.clusterBatch))
    .option('--until-empty', 'exit when there is nothing left to do instead of waiting for more', false)
    .option('-f, --format <format>', 'summary as text or json (on stderr)', 'text')
    .option('-q, --quiet', 'no summary', false)
    .action(async (raw: Record<string, unknown>) => {
      const options = parsed(workerOptions, raw);
      const store = await PostgresStore.open(options.db);
      const pipeline = defaultPipeline();
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      try {
        const stats = await runWorker(
          store,
          (rawArticle: RawArticle): RawOutcome => {
            const event = processRaw(rawArticle, pipeline);
            return event.kind === 'article' ? event : { kind: 'rejected', reason: event.kind === 'error' ? event.error.message : event.warning.message };
          },
          { ...options, signal: stop.signal },
        );
        const seconds = (performance.now() - started) / 1000;
        const cpu = process.cpuUsage(cpuBefore);
        const summary = { ...stats, replayed: store.replayedArticles, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
        if (options.quiet) return;
        if (options.format === 'json') process.stderr.write(`${JSON.stringify(summary)}\n`);
        else {
          process.stderr.write(
            `tidende: worker analysed ${stats.analysed} (${(stats.analysed / seconds).toFixed(1)} articles/s), stored ${stats.stored}, ${stats.duplicates} already stored, ` +
              `${stats.dead} dead-lettered, ${stats.failed} failed attempt(s) in ${seconds.toFixed(1)} s (${summary.cpuSeconds.toFixed(1)} s CPU; clustering ${(stats.clusterMs / 1000).toFixed(1)} s)\n`,
          );
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
    });

  worker
    .command('enqueue')
    .description('read raw articles from files into the shared queue')
    .argument('<paths...>', 'files or directories; - reads JSONL from stdin')
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const options = parsed(workerOptions.pick({ db: true, quiet: true }), command.optsWithGlobals());
      const store = await PostgresStore.open(options.db);
      const errors: InputError[] = [];
      const warnings: InputError[] = [];
      let batch: RawArticle[] = [];
      let queued = 0;
      try {
        for await (const event of readSources(paths)) {
          if (event.kind === 'error') errors.push(event.error);
          else if (event.kind === 'warning') warnings.push(event.warning);
          else batch.push(event.raw);
          if (batch.length >= ENQUEUE_BATCH) {
            queued += await enqueueRaw(store, batch);
            batch = [];
          }
        }
        queued += await enqueueRaw(store, batch);
        const depth = await queueDepth(store);
        printProblems(errors, warnings, options.quiet);
        if (!options.quiet) process.stderr.write(`tidende: queued ${queued} raw article(s); ${depth.queued} waiting, ${depth.staged} analysed and waiting for their story, ${depth.dead} dead-lettered\n`);
        process.exitCode = errors.length > 0 ? 1 : 0;
      } finally {
        await store.close();
      }
    });
}
