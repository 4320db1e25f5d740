// `tidende eval extract`: our article extraction against plain Readability on the shared
// article-extraction benchmark (181 pages), scored with shingle F1 as published for it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockText, extractHtml } from './html.js';
import { matchPage, scorePages, type PageMatch, type ShingleScore } from './shingle-score.js';

export interface BenchmarkPage {
  id: string;
  html: string;
  truth: string;
}

export interface ExtractorResult extends ShingleScore {
  name: string;
  pagesPerSecond: number;
  /** Per page, worst first: where the extractor loses. */
  perPage: { id: string; precision: number; recall: number }[];
}

export interface ReferenceResult extends ShingleScore {
  name: string;
}

export interface ExtractionEvaluation {
  data: string;
  /** Published outputs of other extractors, scored with our scorer (checks the scorer). */
  references: ReferenceResult[];
  extractors: ExtractorResult[];
}

export class ExtractionDataMissingError extends Error {
  readonly code = 'E_DATA_MISSING';
}

export function extractionDataDir(dataDir: string): string {
  return join(dataDir, 'article-extraction');
}

/** The benchmark's pages with their gold article bodies. */
export function loadBenchmark(dir: string): BenchmarkPage[] {
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) throw new ExtractionDataMissingError(`no article-extraction benchmark at ${dir} (ground-truth.json missing)`);
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({ id, html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'), truth: truth[id].articleBody ?? '' }));
}

/** Plain Readability over linkedom, text with paragraph breaks: the baseline we improve on. */
export function plainReadabilityText(html: string): string {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const parsed = new Readability(document).parse();
  return parsed?.content ? blockText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as never) : '';
}

export type TextExtractor = (html: string) => string;

export const benchmarkExtractors: Readonly<Record<string, TextExtractor>> = {
  tidende: (html) => extractHtml(html).text,
  readability: plainReadabilityText,
};

export function runExtractor(name: string, extractor: TextExtractor, pages: readonly BenchmarkPage[]): ExtractorResult {
  const outputs: string[] = [];
  const started = performance.now();
  for (const page of pages) {
    try {
      outputs.push(extractor(page.html));
    } catch {
      outputs.push(''); // A page an extractor cannot handle scores zero rather than stopping the run.
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const matches = pages.map((page, i) => matchPage(page.truth, outputs[i]));
  const perPage = pages
    .map((page, i) => ({ id: page.id, ...scorePages([matches[i]]) }))
    .map(({ id, precision, recall }) => ({ id, precision, recall }))
    .sort((a, b) => a.precision + a.recall - (b.precision + b.recall));
  return { name, ...scorePages(matches), pagesPerSecond: pages.length / seconds, perPage };
}

function scoreReference(name: string, file: string, pages: readonly BenchmarkPage[]): ReferenceResult {
  let parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (parsed.output && typeof parsed.output === 'object') parsed = parsed.output as Record<string, unknown>;
  const outputs = parsed as Record<string, { articleBody?: string } | undefined>;
  const matches: PageMatch[] = pages.map((page) => matchPage(page.truth, outputs[page.id]?.articleBody ?? ''));
  return { name, ...scorePages(matches) };
}

export function evaluateExtraction(dir: string, extractorNames: readonly string[] = Object.keys(benchmarkExtractors)): ExtractionEvaluation {
  const pages = loadBenchmark(dir);
  const referenceDir = join(dir, 'reference-output');
  const references = existsSync(referenceDir)
    ? readdirSync(referenceDir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => scoreReference(file.replace(/\.json$/, ''), join(referenceDir, file), pages))
    : [];
  const extractors = extractorNames.map((name) => {
    const extractor = benchmarkExtractors[name];
    if (!extractor) throw new Error(`unknown extractor ${name}; known: ${Object.keys(benchmarkExtractors).join(', ')}`);
    return runExtractor(name, extractor, pages);
  });
  return { data: dir, references, extractors };
}

const fixed = (value: number): string => value.toFixed(3);

export function formatExtractionEvaluation(evaluation: ExtractionEvaluation, worst = 0): string {
  const lines = [`article extraction, ${evaluation.data}: shingle F1 (4-word shingles, per-page P/R macro-averaged)`, '', 'name                 F1     P      R      pages/s'];
  for (const r of evaluation.extractors) lines.push(`${r.name.padEnd(20)} ${fixed(r.f1)}  ${fixed(r.precision)}  ${fixed(r.recall)}  ${r.pagesPerSecond.toFixed(1)}`);
  for (const r of evaluation.references) lines.push(`${`(ref) ${r.name}`.padEnd(20)} ${fixed(r.f1)}  ${fixed(r.precision)}  ${fixed(r.recall)}  -`);
  for (const r of evaluation.extractors) {
    if (worst <= 0) continue;
    lines.push('', `worst pages for ${r.name}:`);
    for (const page of r.perPage.slice(0, worst)) lines.push(`  ${page.id.slice(0, 16)}  P ${fixed(page.precision)}  R ${fixed(page.recall)}`);
  }
  return lines.join('\n');
}
