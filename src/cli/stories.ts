// `tidende stories --db FILE`: the stored corpus in the report's shape (or one story, or recent ones).
import type { Command } from 'commander';
import { formatText } from '../report/index.js';
import { storedReport } from './stored-report.js';

export function registerStoriesCommand(program: Command): void {
  program
    .command('stories')
    .description('print stored stories in the report shape')
    .requiredOption('--db <file>', 'SQLite database file')
    .option('--story <id>', 'only this story')
    .option('--since <date>', 'only articles published on or after this ISO date')
    .option('-f, --format <format>', 'json or text', 'text')
    .action((options: { db: string; story?: string; since?: string; format: string }) => {
      const report = storedReport(options.db, { story: options.story, since: options.since });
      if (options.story !== undefined && report.articles.length === 0) {
        process.stderr.write(`tidende: no story "${options.story}" in ${options.db}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report));
    });
}
