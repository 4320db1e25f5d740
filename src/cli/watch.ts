// `tidende watch --feeds FILE --db FILE [--once] [--interval 5m]`: poll feeds, fetch new articles,
// store them; state (validators, seen pages, schedule) lives in the database, so a restart resumes.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { HttpClient, parseFeedList, pollFeeds } from '../fetch/index.js';
import { storeSink } from '../fetch/store-sink.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { SqliteFetchState } from '../store/sqlite/fetch-state.js';
import { SqliteStore } from '../store/index.js';
import { summaryLine } from './fetch.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "5m", "90s", "1h", "250ms" → milliseconds. */
export function parseInterval(value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!match) throw Object.assign(new Error(`--interval must look like 5m, 90s or 1h, not ${value}`), { code: 'E_USAGE' });
  return Math.round(Number(match[1]) * UNIT_MS[match[2] ?? 's']);
}

export function registerWatchCommand(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds and news sitemaps, fetch new articles and store them')
    .requiredOption('--feeds <file>', 'feeds file (one URL per line, optional outlet and language) or OPML')
    .requiredOption('--db <file>', 'SQLite database file (created if missing)')
    .option('--once', 'one round over the feeds, then exit', false)
    .option('--interval <duration>', 'time between polls of a feed', '5m')
    .option('-q, --quiet', 'no per-round summary', false)
    .action(async (options: { feeds: string; db: string; once: boolean; interval: string; quiet: boolean }) => {
      const intervalMs = parseInterval(options.interval);
      const { feeds, problems } = parseFeedList(readFileSync(options.feeds, 'utf8'));
      for (const problem of problems) process.stderr.write(`tidende: ${options.feeds}:${problem.line}: ${problem.message}\n`);
      if (feeds.length === 0) throw Object.assign(new Error(`no feeds in ${options.feeds}`), { code: 'E_USAGE' });
      const store = new SqliteStore(options.db);
      let stopping = false;
      const stop = (): void => {
        stopping = true;
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let failedRounds = 0;
      try {
        const deps = {
          client: new HttpClient(),
          state: new SqliteFetchState(store.database()),
          sink: storeSink(store, defaultPipeline()),
          log: (line: string) => process.stderr.write(`tidende: ${line}\n`),
        };
        do {
          const summary = await pollFeeds(feeds, { intervalMs, ignoreSchedule: options.once }, deps);
          if (!options.quiet) process.stderr.write(summaryLine(summary));
          if (summary.feedsFailed === summary.feedsPolled && summary.feedsPolled > 0) failedRounds++;
          // Wake often enough to notice a stop request; each feed keeps its own schedule in the store.
          for (let waited = 0; !options.once && !stopping && waited < intervalMs; waited += 1000) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, intervalMs)));
        } while (!options.once && !stopping);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        store.close();
      }
      process.exitCode = failedRounds > 0 ? 1 : 0;
    });
}
