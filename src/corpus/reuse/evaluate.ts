// Passage recall and precision of the reuse stage on copied paragraphs (gold/reuse.jsonl): each
// case is a source article (from the stories gold corpus or gold/sources.jsonl) and a new text
// that copies, rewrites or translates two or more of its sentences between sentences of its own.
// The index holds every written article and source, and the NDT newspaper texts when the data is
// there, as distractors; each new text is then looked up as it would arrive. A case is found
// when the pair with its source covers at least half of the copied paragraph on both sides.
// Precision: the share of reported passage text (in the new texts) that lies inside the copied
// paragraph, and the pairs reported between articles of different stories.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ndtArticleText, ndtFiles, readWrittenArticles } from '../stories/gold-corpus.js';
import { ReuseIndex, reuseDefaults, type ReuseOptions, type ReusePair } from './reuse-index.js';

export type ReuseSplit = 'dev' | 'test';

export interface ReuseCase {
  id: string;
  /** same-language, same-language-edit, or source-target languages ("nb-da"). */
  kind: string;
  split: ReuseSplit;
  /** Id of the source article: in the stories gold corpus or gold/sources.jsonl. */
  a: string;
  aPassage: string;
  b: { lang: string; text: string };
  bPassage: string;
}

export interface ReuseSource {
  id: string;
  lang: string;
  split: ReuseSplit;
  text: string;
}

export interface ReuseCaseResult {
  id: string;
  kind: string;
  found: boolean;
  /** Share of the copied paragraph's characters inside reported passages, in the new text. */
  bCoverage: number;
  aCoverage: number;
  /** Characters of the new text reported as shared with the source, and those of them inside the
   * copied paragraph. */
  reportedChars: number;
  reportedInsideChars: number;
}

/** A pair reported between articles of different stories, with its passages' text. */
export interface FalsePair {
  a: string;
  b: string;
  aText: string;
  bText: string;
}

/** A passage reported between two NDT texts, which (being real text from a few papers) do share
 * some: bylines, boilerplate, a quote repeated in the next segment of the same article. */
export interface NdtPassage extends FalsePair {
  /** Longest common subsequence of their lower-cased words / words of the shorter side: at least
   * `SHARED_WORDING` means shared wording (true reuse); below it the passage is read by hand. */
  sharedWording: number;
}

export interface ReuseEvaluation {
  cases: ReuseCaseResult[];
  recall: number;
  meanCoverage: number;
  /** Reported characters inside copied paragraphs / all reported characters (pairs with the source). */
  passagePrecision: number;
  /** Distractor articles in the index (written, sources, NDT). */
  indexedArticles: number;
  /** Pairs between articles of different stories: among distractors while indexing, and between
   * a new text and an article other than its source's story. */
  falsePairs: FalsePair[];
  /** Passages between NDT texts (each its own story, but real reuse occurs among them). */
  ndtPassages: NdtPassage[];
  /** Those of them below `SHARED_WORDING`: candidates for false passages, listed for reading. */
  ndtUnsupported: NdtPassage[];
  /** Pairs found among distractors of the same story (written wire copies and translations). */
  relatedPairs: number;
}

export interface ReuseEvaluationOptions {
  split?: ReuseSplit;
  /** `../shared/data`: the NDT texts are added as distractors when given and present. */
  dataDir?: string;
  reuse?: ReuseOptions;
  cases?: readonly ReuseCase[];
}

const FOUND_COVERAGE = 0.5;
const SHARED_WORDING = 0.5;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** LCS of the two passages' words over the shorter one's length. */
export function sharedWording(aText: string, bText: string): number {
  const a = wordsOf(aText);
  const b = wordsOf(bText);
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    [previous, current] = [current, previous];
  }
  return previous[b.length] / Math.min(a.length, b.length);
}

const goldDir = fileURLToPath(new URL('../../../src/corpus/reuse/gold/', import.meta.url));
export const reuseGoldPath = join(goldDir, 'reuse.jsonl');
export const reuseSourcesPath = join(goldDir, 'sources.jsonl');

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readReuseCases(path: string = reuseGoldPath): ReuseCase[] {
  return readJsonl<ReuseCase>(path);
}

export function readReuseSources(path: string = reuseSourcesPath): ReuseSource[] {
  return readJsonl<ReuseSource>(path);
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

interface Distractor {
  id: string;
  lang: string;
  text: string;
  story: string;
}

function distractors(dataDir: string | undefined): Distractor[] {
  const all: Distractor[] = readWrittenArticles().map((a) => ({ id: a.id, lang: a.lang, text: a.text, story: a.story }));
  for (const s of readReuseSources()) all.push({ id: s.id, lang: s.lang, text: s.text, story: s.id });
  const ndtDir = dataDir ? join(dataDir, 'norne', 'ndt') : undefined;
  if (ndtDir && existsSync(ndtDir)) {
    for (const path of [...ndtFiles('dev'), ...ndtFiles('test')]) {
      const id = `ndt:${path.replace(/\.conll$/u, '')}`;
      all.push({ id, lang: path.startsWith('nno/') ? 'nn' : 'nb', text: ndtArticleText(readFileSync(join(ndtDir, path), 'utf8')).text, story: id });
    }
  }
  return all;
}

function falsePair(pair: ReusePair, textOf: (id: string) => string): FalsePair {
  const p = pair.passages[0];
  return { a: pair.a, b: pair.b, aText: textOf(pair.a).slice(p.aStart, p.aEnd), bText: textOf(pair.b).slice(p.bStart, p.bEnd) };
}

export function evaluateReuse(options: ReuseEvaluationOptions = {}): ReuseEvaluation {
  const cases = (options.cases ?? readReuseCases()).filter((c) => !options.split || c.split === options.split);
  const background = distractors(options.dataDir);
  const byId = new Map(background.map((d) => [d.id, d]));
  const textOf = (id: string): string => byId.get(id)?.text ?? cases.find((c) => `case:${c.id}` === id)?.b.text ?? '';
  const index = new ReuseIndex(options.reuse ?? reuseDefaults);
  const falsePairs: FalsePair[] = [];
  const ndtPassages: NdtPassage[] = [];
  let relatedPairs = 0;
  for (const article of background) {
    for (const pair of index.add(article)) {
      if (byId.get(pair.a)?.story === article.story) relatedPairs++;
      else if (pair.a.startsWith('ndt:') && pair.b.startsWith('ndt:')) {
        for (const p of pair.passages) {
          const aText = textOf(pair.a).slice(p.aStart, p.aEnd);
          const bText = textOf(pair.b).slice(p.bStart, p.bEnd);
          ndtPassages.push({ a: pair.a, b: pair.b, aText, bText, sharedWording: sharedWording(aText, bText) });
        }
      } else falsePairs.push(falsePair(pair, textOf));
    }
  }
  const results: ReuseCaseResult[] = [];
  for (const gold of cases) {
    const source = byId.get(gold.a);
    if (!source) throw new Error(`reuse case ${gold.id}: no source article ${gold.a}`);
    const aStart = source.text.indexOf(gold.aPassage);
    const bStart = gold.b.text.indexOf(gold.bPassage);
    if (aStart < 0 || bStart < 0) throw new Error(`reuse case ${gold.id}: passage not in its text`);
    const pairs = index.find({ id: `case:${gold.id}`, text: gold.b.text, lang: gold.b.lang });
    for (const pair of pairs) if (pair.a !== gold.a && byId.get(pair.a)?.story !== source.story) falsePairs.push(falsePair(pair, textOf));
    const pair = pairs.find((p) => p.a === gold.a);
    const aSpans = pair ? pair.passages.map((p) => ({ start: p.aStart, end: p.aEnd })) : [];
    const bSpans = pair ? pair.passages.map((p) => ({ start: p.bStart, end: p.bEnd })) : [];
    const aCoverage = coverage(aStart, aStart + gold.aPassage.length, aSpans);
    const bCoverage = coverage(bStart, bStart + gold.bPassage.length, bSpans);
    const reportedChars = bSpans.length ? coverage(0, gold.b.text.length, bSpans) * gold.b.text.length : 0;
    const reportedInsideChars = bCoverage * gold.bPassage.length;
    results.push({ id: gold.id, kind: gold.kind, found: aCoverage >= FOUND_COVERAGE && bCoverage >= FOUND_COVERAGE, aCoverage, bCoverage, reportedChars, reportedInsideChars });
  }
  const reported = results.reduce((sum, r) => sum + r.reportedChars, 0);
  const inside = results.reduce((sum, r) => sum + r.reportedInsideChars, 0);
  return {
    cases: results,
    recall: results.filter((r) => r.found).length / Math.max(1, results.length),
    meanCoverage: results.reduce((sum, r) => sum + r.bCoverage, 0) / Math.max(1, results.length),
    passagePrecision: reported > 0 ? inside / reported : 1,
    indexedArticles: background.length,
    falsePairs,
    ndtPassages,
    ndtUnsupported: ndtPassages.filter((p) => p.sharedWording < SHARED_WORDING),
    relatedPairs,
  };
}
