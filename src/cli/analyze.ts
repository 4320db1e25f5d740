// `tidende analyze PATH...`: the report for the given articles, as JSON or a readable digest.
import type { Command } from 'commander';
import { analyzePaths } from '../analyze/index.js';
import { formatText } from '../report/index.js';
import { progressBar } from './progress.js';
import { exitStatus, printProblems } from './report-errors.js';

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles (files, directories, or - for JSONL on stdin) and print the report')
    .argument('<paths...>', 'files or directories; - reads JSONL from stdin')
    .option('-f, --format <format>', 'json or text', 'text')
    .option('-q, --quiet', 'no progress bar, no warnings', false)
    .action(async (paths: string[], options: { format: string; quiet: boolean }) => {
      if (options.format !== 'json' && options.format !== 'text') {
        program.error(`unknown --format "${options.format}": use json or text`, { exitCode: 2 });
      }
      const progress = progressBar('analyze', options.quiet);
      const result = await analyzePaths(paths, { onRecord: (done) => progress.tick(done) });
      progress.stop();
      printProblems(result.errors, result.warnings, options.quiet);
      const out = options.format === 'json' ? `${JSON.stringify(result.report, null, 2)}\n` : formatText(result.report);
      process.stdout.write(out);
      process.exitCode = exitStatus(result.report.articles.length, result.errors.length);
    });
}
