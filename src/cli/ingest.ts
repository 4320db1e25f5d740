// `tidende ingest PATH... --db FILE|postgres://…`: analyse and store, one transaction per article.
import type { Command } from 'commander';
import { processEvents } from '../analyze/index.js';
import { readSources, type InputError } from '../ingest/index.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { openAsyncStore } from '../store/async-store.js';
import { progressBar } from './progress.js';
import { exitStatus, printProblems } from './report-errors.js';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and store them in a database')
    .argument('<paths...>', 'files or directories; - reads JSONL from stdin')
    .requiredOption('--db <file>', 'SQLite database file (created if missing), or a postgres:// URL')
    .option('-q, --quiet', 'no progress bar, no summary', false)
    .action(async (paths: string[], options: { db: string; quiet: boolean }) => {
      const store = await openAsyncStore(options.db);
      const errors: InputError[] = [];
      const warnings: InputError[] = [];
      let stored = 0;
      let duplicates = 0;
      let done = 0;
      const progress = progressBar('ingest', options.quiet);
      try {
        for await (const event of processEvents(readSources(paths), defaultPipeline())) {
          if (event.kind === 'error') errors.push(event.error);
          else if (event.kind === 'warning') warnings.push(event.warning);
          else if ((await store.ingest(event.article)).status === 'stored') stored++;
          else duplicates++;
          progress.tick(++done);
        }
      } finally {
        progress.stop();
        await store.close();
      }
      printProblems(errors, warnings, options.quiet);
      if (!options.quiet) process.stderr.write(`tidende: stored ${stored} article(s), ${duplicates} already stored, ${errors.length} failed\n`);
      process.exitCode = exitStatus(stored + duplicates, errors.length);
    });
}
