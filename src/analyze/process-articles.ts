// From read events to analysed articles: clean, run the component pipeline, and turn any failure
// into an input error naming the record, so one bad article never stops the others.
import type { Article, RawArticle } from '../doc/model.js';
import { cleanArticle, EmptyArticleError } from '../clean/index.js';
import { InputError, type ReadEvent } from '../ingest/index.js';
import type { Pipeline } from '../nlp/pipeline.js';

export type ProcessEvent =
  | { kind: 'article'; article: Article }
  | { kind: 'error'; error: InputError }
  | { kind: 'warning'; warning: InputError };

/** Where a raw article came from, split into file and line for error messages. */
function origin(raw: RawArticle): { file: string; line: number | null } {
  const match = /^(.*):(\d+)$/.exec(raw.source);
  return match ? { file: match[1], line: Number(match[2]) } : { file: raw.source, line: null };
}

export function processRaw(raw: RawArticle, pipeline: Pipeline): ProcessEvent {
  const { file, line } = origin(raw);
  let article: Article;
  try {
    article = cleanArticle(raw);
  } catch (error) {
    if (error instanceof EmptyArticleError) return { kind: 'error', error: new InputError('E_INPUT_EMPTY', file, `article "${raw.id}": ${error.message}`, line) };
    return { kind: 'error', error: new InputError('E_INPUT_HTML', file, `article "${raw.id}" could not be extracted: ${(error as Error).message}`, line) };
  }
  try {
    return { kind: 'article', article: pipeline.run(article) };
  } catch (error) {
    return { kind: 'error', error: new InputError('E_INPUT_RECORD', file, `article "${raw.id}" failed in the pipeline: ${(error as Error).message}`, line) };
  }
}

/** Analysed articles and errors, in input order. Ids are made unique within the run ("id~2"). */
export async function* processEvents(events: AsyncIterable<ReadEvent>, pipeline: Pipeline): AsyncGenerator<ProcessEvent> {
  const seenIds = new Map<string, number>();
  for await (const event of events) {
    if (event.kind !== 'article') {
      yield event;
      continue;
    }
    const seen = seenIds.get(event.raw.id) ?? 0;
    seenIds.set(event.raw.id, seen + 1);
    const raw = seen === 0 ? event.raw : { ...event.raw, id: `${event.raw.id}~${seen + 1}` };
    yield processRaw(raw, pipeline);
  }
}
