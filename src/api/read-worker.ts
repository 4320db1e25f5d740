// One thread of the read pool (./read-pool.ts): its own read-only connection to the store's
// SQLite file, answering search, story-list and entity-page queries one at a time. WAL lets it
// read while the main thread writes; each query sees the articles committed before it began.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SqliteEntityIndex } from '../store/sqlite/entity-index.js';
import { SqliteReadQueries } from '../store/sqlite/read-queries.js';
import { StoreError } from '../store/store.js';
import type { ReadReply, ReadRequest, ReadWorkerData } from './read-pool.js';

function serve(port: NonNullable<typeof parentPort>, data: ReadWorkerData): void {
  let reads: SqliteReadQueries;
  try {
    const db = new Database(data.path, { readonly: true, fileMustExist: true });
    // The entity index is only looked up here (key, page); its write statements are never run.
    reads = new SqliteReadQueries(db, new SqliteEntityIndex(db), data.options);
  } catch (error) {
    port.postMessage({ failed: (error as Error).message } satisfies ReadReply);
    return;
  }
  port.on('message', (request: ReadRequest) => {
    let reply: ReadReply;
    try {
      const value =
        request.method === 'search'
          ? reads.search(request.query, request.limit, request.offset)
          : request.method === 'listStories'
            ? reads.listStories(request.query)
            : reads.entityPage(request.id, request.options);
      reply = { job: request.job, value };
    } catch (error) {
      // A StoreError is the caller's mistake (a bad cursor or date) and becomes a 400 again.
      reply = { job: request.job, error: error instanceof StoreError ? { storeCode: error.code, message: error.message } : { message: (error as Error).message } };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies ReadReply);
}

if (parentPort) serve(parentPort, workerData as ReadWorkerData);
