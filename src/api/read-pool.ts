// Where the server's heavy reads run. better-sqlite3 is synchronous, so a search on the main
// thread holds up every other request behind it: at 10 concurrent readers a 14 ms search waited
// ~250 ms at p95. A read pool runs search, story lists and entity pages on worker threads, each
// with its own read-only connection to the WAL database (./read-worker.ts), while the main thread
// keeps the writes, the reports and the HTTP work. The queries are the store's own
// (store/sqlite/read-queries.ts), so the answers are the same as without the pool.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadQueryOptions } from '../store/sqlite/read-queries.js';
import { StoreError, type EntityPage, type EntityPageOptions, type SearchHit, type Store, type StoryListQuery, type StoryPage } from '../store/index.js';

/** The reads the routes make that may run off the main thread. */
export interface StoreReads {
  search(query: string, limit: number, offset?: number): Promise<SearchHit[]>;
  listStories(query: StoryListQuery): Promise<StoryPage>;
  entityPage(id: string, options?: EntityPageOptions): Promise<EntityPage | undefined>;
}

/** The store's own reads on the calling thread (any store; the default of `buildServer`). */
export function storeReads(store: Store): StoreReads {
  return {
    search: async (query, limit, offset) => store.search(query, limit, offset),
    listStories: async (query) => store.listStories(query),
    entityPage: async (id, options) => store.entityPage(id, options),
  };
}

export interface ReadPoolOptions extends ReadQueryOptions {
  /** Worker threads, each with one connection. */
  workers?: number;
}

/** Threads beyond the cores only queue behind each other; four connections cover a small server. */
export const readPoolDefaults = { workers: Math.min(4, availableParallelism()) } as const;

// ---- the messages between the pool and its workers
export interface ReadWorkerData {
  path: string;
  options: ReadQueryOptions;
}
export type ReadRequest = { job: number } & (
  | { method: 'search'; query: string; limit: number; offset: number }
  | { method: 'listStories'; query: StoryListQuery }
  | { method: 'entityPage'; id: string; options?: EntityPageOptions }
);
type ReadCall = ReadRequest extends infer R ? (R extends { job: number } ? Omit<R, 'job'> : never) : never;
export type ReadReply =
  | { ready: true }
  | { failed: string }
  | { job: number; value: unknown }
  | { job: number; error: { message: string; storeCode?: StoreError['code'] } };

interface Job {
  call: ReadCall;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  thread: Worker;
  /** The job it is answering, if any. */
  busy: (Job & { id: number }) | undefined;
}

/** The worker's module: TypeScript through tsx's loader when running from source (tsx, vitest),
 * the compiled file beside this one in dist/. */
function startThread(data: ReadWorkerData): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./read-worker.ts', here).href;
    return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, workerData: data });
  }
  return new Worker(new URL('./read-worker.js', here), { workerData: data });
}

export class ReadPool implements StoreReads {
  private readonly workers: PoolWorker[] = [];
  /** Jobs waiting for a free worker, oldest first: a free worker takes the next one. */
  private readonly queue: Job[] = [];
  private nextJob = 1;
  private closing = false;

  private constructor(private readonly data: ReadWorkerData) {}

  /** A pool over the SQLite file at `path`; resolves once every worker has opened it. */
  static async open(path: string, options: ReadPoolOptions = {}): Promise<ReadPool> {
    const { workers = readPoolDefaults.workers, ...queryOptions } = options;
    if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`a read pool needs at least one worker, not ${workers}`);
    const pool = new ReadPool({ path, options: queryOptions });
    try {
      await Promise.all(Array.from({ length: workers }, () => pool.addWorker()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  search(query: string, limit: number, offset = 0): Promise<SearchHit[]> {
    return this.run({ method: 'search', query, limit, offset }) as Promise<SearchHit[]>;
  }

  listStories(query: StoryListQuery): Promise<StoryPage> {
    return this.run({ method: 'listStories', query }) as Promise<StoryPage>;
  }

  entityPage(id: string, options?: EntityPageOptions): Promise<EntityPage | undefined> {
    return this.run({ method: 'entityPage', id, options }) as Promise<EntityPage | undefined>;
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the read pool is closed'));
    await Promise.all(this.workers.splice(0).map((w) => w.thread.terminate()));
  }

  private run(call: ReadCall): Promise<unknown> {
    if (this.closing) return Promise.reject(new Error('the read pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ call, resolve, reject });
      this.dispatch();
    });
  }

  /** Hands queued jobs to free workers. */
  private dispatch(): void {
    for (const worker of this.workers) {
      if (this.queue.length === 0) return;
      if (worker.busy) continue;
      const job = this.queue.shift() as Job;
      const id = this.nextJob++;
      worker.busy = { ...job, id };
      worker.thread.postMessage({ ...job.call, job: id } satisfies ReadRequest);
    }
  }

  private addWorker(): Promise<void> {
    const thread = startThread(this.data);
    const worker: PoolWorker = { thread, busy: undefined };
    return new Promise((ready, fail) => {
      let started = false;
      thread.on('message', (reply: ReadReply) => {
        if ('ready' in reply) {
          started = true;
          this.workers.push(worker);
          ready();
          this.dispatch();
        } else if ('failed' in reply) {
          void thread.terminate();
          fail(new StoreError('E_STORE_OPEN', `read pool: cannot open ${this.data.path}: ${reply.failed}`));
        } else {
          const job = worker.busy;
          worker.busy = undefined;
          if (job && job.id === reply.job) {
            if ('error' in reply) job.reject(reply.error.storeCode ? new StoreError(reply.error.storeCode, reply.error.message) : new Error(reply.error.message));
            else job.resolve(reply.value);
          }
          this.dispatch();
        }
      });
      // A thread that dies takes only its own job with it; another takes its place.
      thread.on('error', (error) => {
        if (!started) return fail(error);
        worker.busy?.reject(error);
        worker.busy = undefined;
      });
      thread.on('exit', () => {
        const at = this.workers.indexOf(worker);
        if (at < 0) return;
        this.workers.splice(at, 1);
        worker.busy?.reject(new Error('a read worker stopped'));
        if (this.closing) return;
        void this.addWorker().catch((error: Error) => {
          if (this.workers.length === 0) for (const job of this.queue.splice(0)) job.reject(error);
        });
      });
    });
  }
}
