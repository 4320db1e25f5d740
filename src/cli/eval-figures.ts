// `tidende eval figures`: figure extraction against the annotated gold, real text and written top-up apart.
import type { Command } from 'commander';
import { evaluateFigures, formatFigureEvaluation } from '../nlp/figures/evaluate.js';
import { defaultDataDir } from './data-dir.js';

export function registerFiguresEvalCommand(evalCommand: Command): void {
  evalCommand
    .command('figures')
    .description('figures: precision/recall on exact (kind, min, max) and on (kind, group, source), source attribution accuracy')
    .option('--split <split>', 'dev or test', 'dev')
    .option('--data <dir>', 'the shared data folder', defaultDataDir)
    .option('--errors', 'also list every miss and wrong figure', false)
    .option('--json', 'print the numbers as JSON', false)
    .action((options: { split: string; data: string; errors: boolean; json: boolean }) => {
      if (options.split !== 'dev' && options.split !== 'test') throw Object.assign(new Error(`--split must be dev or test, not ${options.split}`), { code: 'E_USAGE' });
      const evaluation = evaluateFigures(options.data, options.split);
      if (options.json) {
        const { errors, ...scores } = evaluation;
        process.stdout.write(`${JSON.stringify(options.errors ? evaluation : { ...scores, errors: errors.length }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatFigureEvaluation(evaluation, options.errors)}\n`);
    });
}
