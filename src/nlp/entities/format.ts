// The NER evaluation as a text table, for the eval script and the CLI (the library itself
// returns numbers; this only lays them out).
import type { EntityScores, NerEvaluation } from './evaluate.js';

const percent = (value: number): string => (100 * value).toFixed(2).padStart(6);

function scoreLines(label: string, scores: EntityScores): string[] {
  const lines = [`  ${label.padEnd(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(6)}`];
  const row = (name: string, s: EntityScores['micro']): string =>
    `  ${name.padEnd(8)} ${percent(s.precision)} ${percent(s.recall)} ${percent(s.f1)} ${String(s.support).padStart(6)}`;
  for (const [type, score] of Object.entries(scores.perType)) lines.push(row(type, score));
  lines.push(row('micro', scores.micro));
  return lines;
}

/** Per corpus: P/R/F1 per type and micro, seven types and four classes; then a summary. */
export function formatNerEvaluation(evaluation: NerEvaluation): string {
  const lines = [`NER evaluation on ${evaluation.split} splits (strict entity-level F1, %)`, `model load ${evaluation.modelLoadMs.toFixed(0)} ms`, ''];
  for (const corpus of evaluation.corpora) {
    lines.push(`${corpus.name} ${corpus.split}: ${corpus.sentences} sentences, ${corpus.tokens} tokens, ${Math.round(corpus.tokensPerCpuSecond).toLocaleString('en')} tokens per CPU second (${Math.round(corpus.tokensPerSecond).toLocaleString('en')} tokens/s wall clock)`);
    if (corpus.fine !== null) lines.push(...scoreLines('7 types', corpus.fine));
    lines.push(...scoreLines('4 class', corpus.coarse), '');
  }
  lines.push('summary (micro F1)      7 types  4 class');
  for (const corpus of evaluation.corpora) {
    lines.push(`  ${`${corpus.name} ${corpus.split}`.padEnd(22)} ${corpus.fine === null ? '     –' : percent(corpus.fine.micro.f1)}   ${percent(corpus.coarse.micro.f1)}`);
  }
  return lines.join('\n');
}
