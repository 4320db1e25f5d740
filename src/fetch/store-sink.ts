// The sink the CLI gives the crawl: clean, run the pipeline, store in one transaction; the
// store's content hash catches the same text reached under two URLs.
import { processRaw } from '../analyze/index.js';
import type { Pipeline } from '../nlp/pipeline.js';
import { contentHash, type Store } from '../store/index.js';
import type { SinkOutcome } from './crawl.js';
import type { RawArticle } from '../doc/model.js';

export function storeSink(store: Store, pipeline: Pipeline): (raw: RawArticle) => SinkOutcome {
  return (raw) => {
    const event = processRaw(raw, pipeline);
    if (event.kind !== 'article') return { status: 'failed', error: event.kind === 'error' ? event.error.describe() : event.warning.describe() };
    const outcome = store.ingest(event.article);
    return { status: outcome.status, contentHash: contentHash(event.article) };
  };
}
