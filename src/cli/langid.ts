// `tidende langid [--by document|sentence] [FILE|-]`: the language of a text, or of each of its
// sentences, as JSONL {text, lang, confidence}; and `tidende eval langid`, the evaluation.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultDataDir } from './data-dir.js';
import { evaluateLangid, formatLangidEvaluation, identifyLanguage } from '../nlp/langid/index.js';
import { splitSentences, tokenize } from '../nlp/sentences/index.js';

/** The sentences of a text as strings, cut by the pipeline's own splitter. */
export function sentenceTexts(text: string): string[] {
  return splitSentences(text, tokenize(text))
    .map((sentence) => text.slice(sentence.start, sentence.end).trim())
    .filter((sentence) => sentence !== '');
}

function readInput(file: string | undefined): string {
  return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
}

export function registerLangidCommand(program: Command): void {
  program
    .command('langid')
    .description('identify the language of a text (da, nb, nn, sv, en, or another ISO 639-1 code; und for none)')
    .argument('[file]', 'text file to read, or - for standard input', '-')
    .option('--by <unit>', 'document or sentence', 'document')
    .action((file: string, options: { by: string }) => {
      if (options.by !== 'document' && options.by !== 'sentence') {
        throw Object.assign(new Error(`--by must be document or sentence, not ${options.by}`), { code: 'E_USAGE' });
      }
      const text = readInput(file);
      const units = options.by === 'document' ? [text.trim()] : sentenceTexts(text);
      const lines = units.map((unit) => {
        const { lang, confidence } = identifyLanguage(unit);
        return JSON.stringify({ text: unit, lang, confidence: Math.round(confidence * 10000) / 10000 });
      });
      if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
    });
}

/** Adds `langid` under an `eval` command: `tidende eval langid [--split dev|test] [--data DIR] [--json]`. */
export function registerLangidEvalCommand(evalCommand: Command): void {
  evalCommand
    .command('langid')
    .description('evaluate language identification against the shared data (CLD2, fastText, franc side by side)')
    .option('--split <split>', 'test or dev', 'test')
    .option('--data <dir>', 'the shared data folder', defaultDataDir)
    .option('--json', 'print the numbers as JSON', false)
    .action(async (options: { split: string; data: string; json: boolean }) => {
      if (options.split !== 'dev' && options.split !== 'test') {
        throw Object.assign(new Error(`--split must be dev or test, not ${options.split}`), { code: 'E_USAGE' });
      }
      const evaluation = await evaluateLangid(resolve(options.data), { split: options.split });
      process.stdout.write(options.json ? `${JSON.stringify(evaluation, null, 2)}\n` : formatLangidEvaluation(evaluation));
    });
}
