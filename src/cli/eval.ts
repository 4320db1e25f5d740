// `tidende eval …`: each model's evaluation on a named split of the shared data, beside its peers.
import { Command } from 'commander';
import { evaluateResolution, formatResolutionEvaluation } from '../corpus/resolve/evaluate.js';
import { evaluateNer, formatNerEvaluation } from '../nlp/entities/index.js';
import { evaluateSentenceSplitting, formatSentenceEvaluation } from '../nlp/sentences/evaluate.js';
import { evaluateRoles, formatRoleEvaluation, loadRoleModelSync, readRoleSplit, shippedRoleModelUrl } from '../nlp/syntax/index.js';
import { defaultDataDir } from './data-dir.js';
import { registerExtractEvalCommand } from './eval-extract.js';
import { registerStoriesEvalCommand } from './eval-stories.js';
import { registerFiguresEvalCommand } from './eval-figures.js';
import { registerLangidEvalCommand } from './langid.js';
import { registerQuotesEvalCommand } from './eval-quotes.js';


function split(value: string): 'dev' | 'test' {
  if (value !== 'dev' && value !== 'test') throw Object.assign(new Error(`--split must be dev or test, not ${value}`), { code: 'E_USAGE' });
  return value;
}

export function buildEvalCommand(): Command {
  const evalCommand = new Command('eval').description('evaluate a model on the shared data (fails loudly when the data is missing)');
  evalCommand
    .command('sentences')
    .description('sentence-boundary F1 on the UD splits, beside Intl.Segmenter')
    .option('--split <split>', 'test or dev', 'test')
    .option('--data <dir>', 'the shared data folder', defaultDataDir)
    .option('--json', 'print the numbers as JSON', false)
    .action((options: { split: string; data: string; json: boolean }) => {
      const results = evaluateSentenceSplitting(options.data, split(options.split));
      process.stdout.write(options.json ? `${JSON.stringify(results, null, 2)}\n` : `${formatSentenceEvaluation(results, options.split)}\n`);
    });
  evalCommand
    .command('resolve')
    .description('entity resolution: merge precision/recall on gold name pairs, geocoding accuracy on gold places')
    .option('--json', 'print the numbers as JSON', false)
    .action((options: { json: boolean }) => {
      const result = evaluateResolution();
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatResolutionEvaluation(result)}\n`);
    });
  evalCommand
    .command('ner')
    .description('named entities: strict entity F1 per type and micro on NorNE nb/nn, Danish and Swedish NER')
    .option('--split <split>', 'test or dev', 'test')
    .option('--data <dir>', 'the shared data folder', defaultDataDir)
    .option('--json', 'print the numbers as JSON', false)
    .action(async (options: { split: string; data: string; json: boolean }) => {
      const evaluation = await evaluateNer(options.data, { split: split(options.split) });
      process.stdout.write(options.json ? `${JSON.stringify(evaluation, null, 2)}\n` : `${formatNerEvaluation(evaluation)}\n`);
    });
  evalCommand
    .command('roles')
    .description('grammatical roles (subject, object, …) on NDT sentences of UD Norwegian dev/test; subjects among names')
    .option('--split <split>', 'test or dev', 'test')
    .option('--data <dir>', 'the shared data folder', defaultDataDir)
    .option('--json', 'print the numbers as JSON', false)
    .action((options: { split: string; data: string; json: boolean }) => {
      const model = loadRoleModelSync(shippedRoleModelUrl());
      const results = (['nb', 'nn'] as const).map((lang) => ({ lang, evaluation: evaluateRoles(model, readRoleSplit(options.data, split(options.split), lang)) }));
      process.stdout.write(options.json ? `${JSON.stringify(results, null, 2)}
` : `${results.map((r) => formatRoleEvaluation(`${options.split} ${r.lang}`, r.evaluation)).join('\n')}\n`);
    });
  registerLangidEvalCommand(evalCommand);
  registerQuotesEvalCommand(evalCommand);
  registerExtractEvalCommand(evalCommand);
  registerStoriesEvalCommand(evalCommand);
  registerFiguresEvalCommand(evalCommand);
  return evalCommand;
}
