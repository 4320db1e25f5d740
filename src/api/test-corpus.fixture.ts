// A store holding the example corpus, for the API and end-to-end tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processEvents } from '../analyze/index.js';
import { readSources } from '../ingest/index.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { SqliteStore } from '../store/index.js';

export const examplesDir = join(import.meta.dirname, '..', '..', 'examples');

/** A fresh database file with the examples ingested; returns its path. */
export async function exampleDatabase(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'tidende-api-')), 'examples.db');
  const store = new SqliteStore(path);
  for await (const event of processEvents(readSources([examplesDir]), defaultPipeline())) {
    if (event.kind === 'article') store.ingest(event.article);
  }
  store.close();
  return path;
}
