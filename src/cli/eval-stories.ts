// `tidende eval stories [GOLD]`: story clustering scored pairwise and B-cubed. With a labels file
// (JSONL `{id, story}` or the Miranda et al. 2018 JSON array) the articles in it are clustered, or
// a prediction given with --predicted is scored; without one, the project's own corpus (fictional
// events plus real NDT texts) is scored on --split, with every merge among NDT texts listed.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { evaluateClustering, mergedStories, scoreClustering, type ClusteringScore } from '../corpus/stories/evaluate.js';
import { parseStoryLabels } from '../corpus/stories/gold-file.js';
import { loadStoryGold } from '../corpus/stories/gold-corpus.js';
import { evaluateReuse } from '../corpus/reuse/evaluate.js';
import { defaultDataDir } from './data-dir.js';

interface EvalStoriesOptions {
  split: string;
  data: string;
  predicted?: string;
  json: boolean;
}

const pct = (x: number): string => (100 * x).toFixed(1);

function scoreLine(label: string, s: ClusteringScore): string {
  return `| ${label} | ${s.articles} | ${s.goldClusters} | ${s.stories} | ${pct(s.pairwise.precision)} | ${pct(s.pairwise.recall)} | ${pct(s.pairwise.f1)} | ${pct(s.bcubed.precision)} | ${pct(s.bcubed.recall)} | ${pct(s.bcubed.f1)} |`;
}

const HEADER = '| set | articles | gold stories | stories | pairwise P | R | F1 | B³ P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';

function usage(message: string): Error {
  return Object.assign(new Error(message), { code: 'E_USAGE' });
}

export function registerStoriesEvalCommand(evalCommand: Command): void {
  evalCommand
    .command('stories [gold]')
    .description('story clustering: pairwise and B-cubed P/R/F1 against {id, story} labels (JSONL) or a Miranda et al. 2018 JSON array; without a file, the built-in corpus')
    .option('--split <split>', 'built-in corpus split: dev or test', 'dev')
    .option('--data <dir>', 'the shared data folder (NDT texts)', defaultDataDir)
    .option('--predicted <file>', 'score these {id, story} assignments (JSONL) instead of clustering the gold articles')
    .option('--json', 'print the numbers as JSON', false)
    .action((gold: string | undefined, options: EvalStoriesOptions) => {
      if (gold === undefined) {
        if (options.split !== 'dev' && options.split !== 'test') throw usage(`--split must be dev or test, not ${options.split}`);
        const corpus = loadStoryGold(options.split, options.data);
        const all = evaluateClustering(corpus.articles);
        const written = evaluateClustering(corpus.articles.filter((a) => !corpus.ndtIds.has(a.id)));
        const ndtMerges = all.merged.filter((members) => members.some((id) => corpus.ndtIds.has(id)));
        const reuse = evaluateReuse({ split: options.split, dataDir: options.data });
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ split: options.split, all, written, ndtMerges, reuse }, null, 2)}\n`);
          return;
        }
        const lines = [`Story clustering, built-in corpus, ${options.split} split`, '', HEADER, scoreLine('all', all), scoreLine('written events only', written), ''];
        lines.push(`Merges involving NDT texts (${ndtMerges.length}; each NDT file is its own gold story):`);
        for (const members of ndtMerges) lines.push(`- ${members.join(' + ')}`);
        const missed = reuse.cases.filter((c) => !c.found).map((c) => `${c.id} (${pct(c.bCoverage)}%)`);
        lines.push('', `Reuse (${options.split}): copied paragraphs found ${reuse.cases.length - missed.length}/${reuse.cases.length} (recall ${pct(reuse.recall)}%, mean coverage ${pct(reuse.meanCoverage)}%, passage precision ${pct(reuse.passagePrecision)}%, false pairs ${reuse.falsePairs.length}, NDT passages ${reuse.ndtPassages.length} of which ${reuse.ndtUnsupported.length} without shared wording)${missed.length ? `; missed: ${missed.join(', ')}` : ''}`);
        process.stdout.write(`${lines.join('\n')}\n`);
        return;
      }
      const labels = parseStoryLabels(readFileSync(gold, 'utf8'));
      let score: ClusteringScore;
      let merged: string[][];
      if (options.predicted !== undefined) {
        const predicted = parseStoryLabels(readFileSync(options.predicted, 'utf8')).gold;
        score = scoreClustering(labels.gold, predicted);
        merged = mergedStories(predicted);
      } else {
        if (labels.articles.length < labels.gold.size) throw usage(`${gold}: ${labels.gold.size - labels.articles.length} records have no "text": give --predicted, or include the articles`);
        const evaluation = evaluateClustering(labels.articles);
        score = evaluation;
        merged = evaluation.merged;
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ format: labels.format, ...score, merged: merged.length }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${HEADER}\n${scoreLine(gold, score)}\n`);
    });
}
