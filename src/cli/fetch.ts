// `tidende fetch URL... --db FILE`: fetch article pages (politely) and store them.
import type { Command } from 'commander';
import { emptySummary, fetchPage, HttpClient, type CrawlSummary } from '../fetch/index.js';
import { storeSink } from '../fetch/store-sink.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { SqliteFetchState } from '../store/sqlite/fetch-state.js';
import { SqliteStore } from '../store/index.js';

export function summaryLine(summary: CrawlSummary): string {
  const feeds = summary.feedsPolled > 0 ? `${summary.feedsPolled} feed poll(s) (${summary.feedsUnchanged} unchanged, ${summary.feedsFailed} failed), ` : '';
  return `tidende: ${feeds}${summary.pagesFetched} page(s) fetched, stored ${summary.stored}, ${summary.duplicates} duplicate(s), ${summary.skipped} already seen or skipped, ${summary.failed} failed\n`;
}

export function registerFetchCommand(program: Command): void {
  program
    .command('fetch')
    .description('fetch article pages over HTTP(S), extract and store them (robots.txt honoured)')
    .argument('<urls...>', 'article URLs')
    .requiredOption('--db <file>', 'SQLite database file (created if missing)')
    .option('-q, --quiet', 'no summary', false)
    .action(async (urls: string[], options: { db: string; quiet: boolean }) => {
      const store = new SqliteStore(options.db);
      const summary = emptySummary();
      try {
        const state = new SqliteFetchState(store.database());
        const deps = {
          client: new HttpClient(),
          state,
          sink: storeSink(store, defaultPipeline()),
          log: (line: string) => process.stderr.write(`tidende: ${line}\n`),
        };
        for (const url of urls) await fetchPage(url, {}, deps, summary);
      } finally {
        store.close();
      }
      if (!options.quiet) process.stderr.write(summaryLine(summary));
      process.exitCode = summary.failed === 0 ? 0 : summary.stored + summary.duplicates + summary.skipped > 0 ? 1 : 2;
    });
}
