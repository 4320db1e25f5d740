// `tidende eval extract`: article-extraction shingle F1 and speed, ours beside plain Readability.
import type { Command } from 'commander';
import { evaluateExtraction, extractionDataDir, formatExtractionEvaluation } from '../clean/evaluate-extraction.js';
import { defaultDataDir } from './data-dir.js';

export function registerExtractEvalCommand(evalCommand: Command): void {
  evalCommand
    .command('extract')
    .description('article extraction: shingle F1/P/R on the 181-page benchmark and pages/s, ours and plain Readability')
    .option('--data <dir>', 'the shared data folder', defaultDataDir)
    .option('--worst <n>', 'also list the n worst pages per extractor', '0')
    .option('--json', 'print the numbers as JSON', false)
    .action((options: { data: string; worst: string; json: boolean }) => {
      const evaluation = evaluateExtraction(extractionDataDir(options.data));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatExtractionEvaluation(evaluation, Number(options.worst) || 0)}\n`);
    });
}
