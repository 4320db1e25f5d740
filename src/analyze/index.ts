// `analyze`: paths in, a report out, with the per-record errors and warnings met on the way.
import type { Article } from '../doc/model.js';
import { resolveEntities } from '../corpus/resolve/index.js';
import { ReuseIndex } from '../corpus/reuse/index.js';
import { clusterArticles, publicationOrder } from '../corpus/stories/index.js';
import { readSources, type InputError } from '../ingest/index.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { buildReport, type Report } from '../report/index.js';
import { processEvents } from './process-articles.js';

export { processEvents, processRaw, type ProcessEvent } from './process-articles.js';

export interface AnalyzeOptions {
  stdin?: NodeJS.ReadableStream;
  /** Called after each input record, for progress display. */
  onRecord?: (done: number) => void;
}

export interface AnalyzeResult {
  report: Report;
  errors: InputError[];
  warnings: InputError[];
}

/** Runs the corpus stages over analysed articles and builds the report. Stories already
 * assigned (by the store) are kept; otherwise the articles are clustered here. */
export function reportFor(articles: readonly Article[], assigned?: ReadonlyMap<string, string>): Report {
  const ordered = publicationOrder(articles);
  const entities = resolveEntities(ordered);
  const reuseIndex = new ReuseIndex();
  const reuse = ordered.flatMap((article) => reuseIndex.add(article));
  // Clustering the whole batch applies the clusterer's merge steps to articles already placed.
  const storyOf = assigned ?? clusterArticles(ordered);
  return buildReport({ articles, storyOf, entities, reuse });
}

export async function analyzePaths(paths: readonly string[], options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const pipeline = defaultPipeline();
  const articles: Article[] = [];
  const errors: InputError[] = [];
  const warnings: InputError[] = [];
  let done = 0;
  for await (const event of processEvents(readSources(paths, options.stdin), pipeline)) {
    if (event.kind === 'article') articles.push(event.article);
    else if (event.kind === 'error') errors.push(event.error);
    else warnings.push(event.warning);
    options.onRecord?.(++done);
  }
  return { report: reportFor(articles), errors, warnings };
}
