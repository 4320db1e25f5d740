// `tidende stories --db FILE|postgres://…`: the stored corpus in the report's shape (or one story, or recent ones).
import type { Command } from 'commander';
import { formatText } from '../report/index.js';
import { reportFor } from '../analyze/index.js';
import { openAsyncStore } from '../store/async-store.js';

export function registerStoriesCommand(program: Command): void {
  program
    .command('stories')
    .description('print stored stories in the report shape')
    .requiredOption('--db <file>', 'SQLite database file, or a postgres:// URL')
    .option('--story <id>', 'only this story')
    .option('--since <date>', 'only articles published on or after this ISO date')
    .option('-f, --format <format>', 'json or text', 'text')
    .action(async (options: { db: string; story?: string; since?: string; format: string }) => {
      const store = await openAsyncStore(options.db);
      const stored = await store.articles({ story: options.story, since: options.since }).finally(() => store.close());
      const report = reportFor(stored.articles, stored.storyOf);
      if (options.story !== undefined && report.articles.length === 0) {
        process.stderr.write(`tidende: no story "${options.story}" in ${options.db}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
    });
}
