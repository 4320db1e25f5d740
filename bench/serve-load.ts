// `npx tsx bench/serve-load.ts [articles]`: load on `tidende serve` at corpus scale. Generates
// synthetic Nordic news (bench/generate-news.ts), stores it (text, language, stories and
// full-text index; the per-article NLP layers are skipped, as list and search do not read them),
// starts the server in its own process on loopback, and drives /api/stories and /api/search with
// autocannon. Prints req/s and latency percentiles, and appends them to docs/BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { newArticle } from '../src/doc/model.js';
import { buildServer } from '../src/api/index.js';
import { SqliteStore } from '../src/store/index.js';
import { streamNews } from './generate-news.js';

/** The part of autocannon's API used here (the package ships no types). */
interface LoadRun extends Promise<{ requests: { average: number } }> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, milliseconds: number) => void): void;
}
type Autocannon = (options: { url: string; connections: number; duration: number; requests: { method: string; path: string }[] }) => LoadRun;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const root = resolve(import.meta.dirname, '..');
const SEED = 20241124;
const DURATION_S = 10;
const CONNECTIONS = 10;

async function serveChild(db: string): Promise<void> {
  const store = new SqliteStore(db);
  const app = await buildServer({ store, webRoot: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`port ${(app.server.address() as AddressInfo).port}\n`);
}

function buildDatabase(count: number): string {
  const dir = join(tmpdir(), 'tidende-serve-load');
  mkdirSync(dir, { recursive: true });
  const db = join(dir, `news-${count}.db`);
  if (existsSync(db)) return db;
  const store = new SqliteStore(db);
  const started = Date.now();
  let n = 0;
  for (const item of streamNews(count, SEED)) {
    const raw = { id: item.id, source: `bench:${item.id}`, outlet: item.outlet, title: item.title, published: item.published, lang: item.lang, url: null, body: { kind: 'text' as const, text: item.text } };
    const article = newArticle(raw, item.text);
    article.lang = item.lang;
    article.langConfidence = 1;
    store.ingest(article);
    if (++n % 10_000 === 0) process.stderr.write(`stored ${n} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  store.close();
  return db;
}

interface Load {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function load(name: string, base: string, paths: string[]): Promise<Load> {
  const latencies: number[] = [];
  let errors = 0;
  const instance = autocannon({ url: base, connections: CONNECTIONS, duration: DURATION_S, requests: paths.map((path) => ({ method: 'GET', path })) });
  instance.on('response', (_client, status, _bytes, time) => {
    latencies.push(time);
    if (status !== 200) errors++;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { name, requestsPerSecond: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors };
}

async function main(): Promise<void> {
  if (process.argv[2] === '--serve') return serveChild(process.argv[3]);
  // `--db FILE` measures an existing store instead of generating one.
  const given = process.argv.indexOf('--db');
  const db = given > 0 ? process.argv[given + 1] : buildDatabase(Number(process.argv[2] ?? 100_000));
  const counted = new SqliteStore(db);
  const { articles: count, stories: storyCount } = counted.count();
  counted.close();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', 'serve-load.ts'), '--serve', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((ok, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) ok(Number(match[1]));
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const first = (await (await fetch(`${base}/api/stories`)).json()) as { next: string };
    const results = [
      await load('/api/stories (first page, lang, outlet, since, next page)', base, ['/api/stories', '/api/stories?lang=sv', '/api/stories?lang=nn&limit=50', '/api/stories?since=2024-06-01', `/api/stories?cursor=${first.next}`]),
      await load('/api/stories?q= (full-text filter)', base, ['/api/stories?q=brann', '/api/stories?q=regeringen', '/api/stories?q=storm']),
      await load('/api/search?q=', base, ['/api/search?q=brann', '/api/search?q=regeringen', '/api/search?q=politiet&limit=50', '/api/search?q=storm']),
    ];
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const lines = [
      '',
      `## Serve load (\`npx tsx bench/serve-load.ts\`, ${count.toLocaleString('en')} articles)`,
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} shared cores (other jobs running), Node ${process.version}: ${count.toLocaleString('en')} synthetic articles (${storyCount.toLocaleString('en')} stories) in SQLite (no NLP layers: list and search do not read them), server and autocannon in separate processes on loopback, ${CONNECTIONS} connections for ${DURATION_S} s each, URLs rotated as listed.`,
      '',
      '| route | req/s | p50 | p95 | p99 | non-200 |',
      '|---|---:|---:|---:|---:|---:|',
      ...results.map((r) => `| ${r.name} | ${Math.round(r.requestsPerSecond)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} |`),
      '',
      'Latency is per request under 10 concurrent connections, so it includes queueing behind the other nine.',
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (process.argv.includes('--write')) appendFileSync(join(root, 'docs', 'BENCHMARKS.md'), lines.join('\n'));
  } finally {
    child.kill();
  }
}

await main();
