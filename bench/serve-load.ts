// `npx tsx bench/serve-load.ts [articles] [--db FILE] [--connections N] [--duration S]
// [--read-workers N] [--write]`: load on `tidende serve` at corpus scale. Builds (once) a
// synthetic store with bench/build-serve-store.ts (see there what is real and what is generated),
// starts the server in its own process on loopback, and drives each route with autocannon: the
// list, search, story, article and entity pages. Search, story lists and entity pages run on the
// server's read pool as in `tidende serve` (--read-workers 0: on the main thread). Prints req/s,
// latency percentiles and the server's CPU time per request (all its threads; wall time on a
// shared machine is noisy), and with --write appends them to docs/BENCHMARKS.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { appendFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ReadPool, buildServer, preloadReportResources, readPoolDefaults } from '../src/api/index.js';
import { SqliteStore } from '../src/store/index.js';
import { buildServeStore, defaultServeStorePath } from './build-serve-store.js';

/** The part of autocannon's API used here (the package ships no types). */
interface LoadRun extends Promise<{ requests: { average: number } }> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, milliseconds: number) => void): void;
}
type Autocannon = (options: { url: string; connections: number; duration: number; requests: { method: string; path: string }[] }) => LoadRun;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const root = resolve(import.meta.dirname, '..');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const DURATION_S = option('--duration', 10);
const CONNECTIONS = option('--connections', 10);
const READ_WORKERS = option('--read-workers', readPoolDefaults.workers);

async function serveChild(db: string, workers: number): Promise<void> {
  const store = new SqliteStore(db);
  const reads = workers > 0 ? await ReadPool.open(db, { workers }) : undefined;
  const app = await buildServer({ store, reads, webRoot: null });
  // The parent asks for the CPU time used so far (by every thread of this process).
  process.on('message', () => process.send?.(process.cpuUsage()));
  preloadReportResources(); // as `tidende serve` does after it starts
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`port ${(app.server.address() as AddressInfo).port}\n`);
}

function buildDatabase(count: number): string {
  const db = defaultServeStorePath(count);
  if (!existsSync(db)) buildServeStore(count, db, (line) => process.stderr.write(`${line}\n`));
  return db;
}

/** Ids to ask for, drawn from the store: the biggest story and entity, and typical ones. Story
 * and article ids are more than the server's 64 cached story reports, so each is a cache miss. */
function sampleIds(db: string): { stories: string[]; articles: string[]; entities: string[]; words: string[] } {
  const sql = new Database(db, { readonly: true });
  const column = (query: string) => (sql.prepare(query).raw().all() as string[][]).map((r) => r[0]);
  const stories = [...column('SELECT story FROM story_listing ORDER BY articles DESC LIMIT 1'), ...column('SELECT story FROM story_listing WHERE rowid % 251 = 0 LIMIT 200')];
  const articles = column('SELECT id FROM articles WHERE rowid % 499 = 0 LIMIT 200');
  const entities = [...column('SELECT stable_id FROM entities ORDER BY article_count DESC LIMIT 3'), ...column('SELECT stable_id FROM entities WHERE article_count > 1 AND id % 97 = 0 LIMIT 20')];
  // Search words no cache holds: more distinct queries than the server keeps rankings of.
  const titleWords = column('SELECT title FROM articles WHERE rowid % 97 = 0 AND title IS NOT NULL LIMIT 2000').flatMap((t) => t.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
  const words = [...new Set(titleWords)].slice(0, 300);
  sql.close();
  return { stories, articles, entities, words };
}

interface Load {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Server CPU milliseconds per answered request. */
  cpuMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** The server's CPU time so far, in milliseconds. */
function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((ok) => {
    child.once('message', (usage: NodeJS.CpuUsage) => ok((usage.user + usage.system) / 1000));
    child.send('cpu');
  });
}

async function load(name: string, base: string, paths: string[], child: ChildProcess): Promise<Load> {
  const latencies: number[] = [];
  const cpuBefore = await serverCpu(child);
  let errors = 0;
  const instance = autocannon({ url: base, connections: CONNECTIONS, duration: DURATION_S, requests: paths.map((path) => ({ method: 'GET', path })) });
  instance.on('response', (_client, status, _bytes, time) => {
    latencies.push(time);
    if (status !== 200) errors++;
  });
  const result = await instance;
  if (result.requests.average === 0) throw new Error(`no answers from ${name}`);
  const cpuMs = ((await serverCpu(child)) - cpuBefore) / latencies.length;
  latencies.sort((a, b) => a - b);
  return { name, requestsPerSecond: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors, cpuMs };
}

async function main(): Promise<void> {
  if (process.argv[2] === '--serve') return serveChild(process.argv[3], Number(process.argv[4]));
  // `--db FILE` measures an existing store instead of generating one.
  const given = process.argv.indexOf('--db');
  const db = given > 0 ? process.argv[given + 1] : buildDatabase(/^\d+$/.test(process.argv[2] ?? '') ? Number(process.argv[2]) : 100_000);
  const counted = new SqliteStore(db);
  const { articles: count, stories: storyCount } = counted.count();
  counted.close();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', 'serve-load.ts'), '--serve', db, String(READ_WORKERS)], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const port = await new Promise<number>((ok, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) ok(Number(match[1]));
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const first = (await (await fetch(`${base}/api/stories`)).json()) as { next: string };
    const ids = sampleIds(db);
    const path = (prefix: string, id: string) => `${prefix}/${encodeURIComponent(id)}`;
    const results = [
      await load('/api/stories (first page, lang, outlet, since, next page)', base, ['/api/stories', '/api/stories?lang=sv', '/api/stories?lang=nn&limit=50', '/api/stories?outlet=NRK', '/api/stories?since=2024-06-01', `/api/stories?cursor=${first.next}`], child),
      await load('/api/stories?q= (full-text filter)', base, ['/api/stories?q=brann', '/api/stories?q=regeringen', '/api/stories?q=storm', '/api/stories?q=politiet', '/api/stories?q=jordskjelv'], child),
      await load('/api/stories?entity=', base, ids.entities.slice(0, 6).map((id) => `/api/stories?entity=${encodeURIComponent(id)}`), child),
      await load('/api/search?q= (5 queries, repeated)', base, ['/api/search?q=brann', '/api/search?q=regeringen', '/api/search?q=politiet&limit=50', '/api/search?q=storm', '/api/search?q=politiet&offset=200', '/api/search?q=jordskjelv'], child),
      await load(`/api/search?q= (${ids.words.length} distinct title words)`, base, ids.words.map((w) => `/api/search?q=${encodeURIComponent(w)}`), child),
      await load('/api/stories/:id (largest and 200 typical, uncached)', base, ids.stories.map((id) => path('/api/stories', id)), child),
      await load('/api/articles/:id (200, uncached)', base, ids.articles.map((id) => path('/api/articles', id)), child),
      await load('/api/entities/:id (3 most named, typical)', base, ids.entities.map((id) => path('/api/entities', id)), child),
    ];
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const lines = [
      '',
      `## Serve load (\`npx tsx bench/serve-load.ts\`, ${count.toLocaleString('en')} articles)`,
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} shared cores (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end), Node ${process.version}: ${count.toLocaleString('en')} synthetic articles (${storyCount.toLocaleString('en')} stories, bench/build-serve-store.ts) in SQLite, server (${READ_WORKERS > 0 ? `read pool of ${READ_WORKERS} worker thread(s)` : 'no read pool'}) and autocannon in separate processes on loopback, ${CONNECTIONS} connection(s) for ${DURATION_S} s per row, URLs rotated as listed in the script.`,
      '',
      '| route | req/s | p50 | p95 | p99 | server CPU/request | non-200 |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...results.map((r) => `| ${r.name} | ${Math.round(r.requestsPerSecond)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.cpuMs)} | ${r.errors} |`),
      '',
      `Latency is per request under ${CONNECTIONS} concurrent connection(s)${CONNECTIONS > 1 ? `, so it includes queueing behind the others (${READ_WORKERS > 0 ? `the read pool answers ${READ_WORKERS} pooled request(s) at a time, the main thread the rest` : 'the server answers one request at a time'})` : ''}.`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (process.argv.includes('--write')) appendFileSync(join(root, 'docs', 'BENCHMARKS.md'), lines.join('\n'));
  } finally {
    child.kill();
  }
}

await main();
