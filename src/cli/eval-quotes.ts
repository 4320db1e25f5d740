// `tidende eval quotes [--split dev|test]`: the quote finder against the hand-annotated gold.
import type { Command } from 'commander';
import { evaluateQuotes, formatQuoteEvaluation, type QuoteError } from '../nlp/quotes/evaluate.js';
import { defaultDataDir } from './data-dir.js';

function formatErrors(errors: readonly QuoteError[]): string {
  return errors
    .map((e) => {
      const text = e.text.length > 90 ? `${e.text.slice(0, 60)} … ${e.text.slice(-25)}` : e.text;
      const speaker = e.kind === 'speaker' ? ` expected ${e.expected ?? '?'} got ${e.got ?? 'nothing'}` : e.kind === 'spurious' ? ` (${e.got ?? 'no speaker'})` : '';
      return `${e.kind.padEnd(8)} ${e.direct ? 'direct  ' : 'reported'} ${e.doc}:${e.span[0]}-${e.span[1]}${speaker}\n    ${text.replace(/\n/g, ' ⏎ ')}`;
    })
    .join('\n');
}

export function registerQuotesEvalCommand(evalCommand: Command): void {
  evalCommand
    .command('quotes')
    .description('quote spans (exact and overlap P/R/F1) and speaker accuracy on the annotated NorNE, DDT and Swedish news gold; tune on dev, report test once')
    .option('--split <split>', 'dev or test', 'dev')
    .option('--data <dir>', 'the shared data folder', defaultDataDir)
    .option('--gold <file>', 'score against this gold file (same row format) instead of the committed gold, e.g. a new batch held out before tuning')
    .option('--no-context', 'score each NDT segment alone, without letting the finder read the segment before it (scores before round 7 were measured so)')
    .option('--errors', 'list every miss, spurious quote and wrong speaker (dev only)', false)
    .option('--json', 'print the numbers as JSON', false)
    .action((options: { split: string; data: string; gold?: string; context: boolean; errors: boolean; json: boolean }) => {
      if (options.split !== 'dev' && options.split !== 'test') {
        throw Object.assign(new Error(`--split must be dev or test, not ${options.split}`), { code: 'E_USAGE' });
      }
      if (options.errors && options.split !== 'dev') {
        throw Object.assign(new Error('--errors is for error analysis and only lists dev: never tune on test'), { code: 'E_USAGE' });
      }
      const evaluation = evaluateQuotes(options.data, { split: options.split, goldFile: options.gold, precedingContext: options.context });
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ ...evaluation, errors: options.errors ? evaluation.errors : undefined }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatQuoteEvaluation(evaluation)}\n`);
      if (options.errors) process.stdout.write(`\n${formatErrors(evaluation.errors)}\n`);
    });
}
