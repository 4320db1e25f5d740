// Passage recall of the reuse stage on copied paragraphs (gold/reuse.jsonl): each case is an
// article of the stories gold corpus and a new text that copies, rewrites or translates two or
// more of its sentences between other text. The new text is added after the whole written corpus,
// as it would arrive, and the case counts as found when a reported pair with the source covers
// at least half of the copied paragraph on both sides.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readWrittenArticles } from '../stories/gold-corpus.js';
import { ReuseIndex } from './reuse-index.js';

export interface ReuseCase {
  id: string;
  /** same-language, or source-target languages ("nb-da"). */
  kind: string;
  /** Id of the source article in the stories gold corpus. */
  a: string;
  aPassage: string;
  b: { lang: string; text: string };
  bPassage: string;
}

export interface ReuseCaseResult {
  id: string;
  kind: string;
  found: boolean;
  /** Share of the copied paragraph's characters inside reported passages, in the new text. */
  bCoverage: number;
  aCoverage: number;
}

export interface ReuseEvaluation {
  cases: ReuseCaseResult[];
  recall: number;
  meanCoverage: number;
}

const FOUND_COVERAGE = 0.5;

export const reuseGoldPath = fileURLToPath(new URL('../../../src/corpus/reuse/gold/reuse.jsonl', import.meta.url));

export function readReuseCases(path: string = reuseGoldPath): ReuseCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ReuseCase);
}

function coverage(spanStart: number, spanEnd: number, passages: readonly { start: number; end: number }[]): number {
  const covered = new Uint8Array(spanEnd - spanStart);
  for (const p of passages) {
    const from = Math.max(p.start, spanStart);
    const to = Math.min(p.end, spanEnd);
    if (to > from) covered.fill(1, from - spanStart, to - spanStart);
  }
  return covered.reduce((sum, c) => sum + c, 0) / Math.max(1, covered.length);
}

export function evaluateReuse(cases: readonly ReuseCase[] = readReuseCases(), goldDir?: string): ReuseEvaluation {
  const written = readWrittenArticles(goldDir);
  const results: ReuseCaseResult[] = [];
  for (const gold of cases) {
    const source = written.find((a) => a.id === gold.a);
    if (!source) throw new Error(`reuse case ${gold.id}: no written article ${gold.a}`);
    const index = new ReuseIndex();
    for (const article of written) index.add({ id: article.id, text: article.text, lang: article.lang });
    const pairs = index.add({ id: `case:${gold.id}`, text: gold.b.text, lang: gold.b.lang });
    const pair = pairs.find((p) => p.a === gold.a);
    const aStart = source.text.indexOf(gold.aPassage);
    const bStart = gold.b.text.indexOf(gold.bPassage);
    const aCoverage = pair ? coverage(aStart, aStart + gold.aPassage.length, pair.passages.map((p) => ({ start: p.aStart, end: p.aEnd }))) : 0;
    const bCoverage = pair ? coverage(bStart, bStart + gold.bPassage.length, pair.passages.map((p) => ({ start: p.bStart, end: p.bEnd }))) : 0;
    results.push({ id: gold.id, kind: gold.kind, found: aCoverage >= FOUND_COVERAGE && bCoverage >= FOUND_COVERAGE, aCoverage, bCoverage });
  }
  return {
    cases: results,
    recall: results.filter((r) => r.found).length / Math.max(1, results.length),
    meanCoverage: results.reduce((sum, r) => sum + r.bCoverage, 0) / Math.max(1, results.length),
  };
}

