// `npx tsx bench/fetch.ts [--rounds 3] [--feeds 500] [--items 2] [--task extract,ingest,watch]`:
// the throughput targets of fetching, against local HTTP servers only (src/fetch/test-server.ts):
//   extract  extraction alone (src/clean/html.ts) over the 181 real pages of
//            ../shared/data/article-extraction, beside plain Readability, per CPU-second of
//            this process (single-threaded, so "per core");
//   ingest   the same pages served from a local server, fetched by the HTTP client, cleaned,
//            run through the default pipeline and stored in SQLite (`tidende fetch`'s path), with
//            the per-host interval set to 0 so the pipeline, not politeness, is measured;
//   watch    one `tidende watch --once` process (the real CLI, default politeness: 1 s per host,
//            2 in flight) over N feeds, each its own local server (a host of its own) with an RSS
//            feed of `--items` synthetic Nordic articles; then a second round, where every feed
//            answers 304. Wall time, CPU time and peak RSS of the watch process.
// Prints markdown rows with the load average: on a shared machine wall times mean little.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractHtml } from '../src/clean/html.js';
import { loadBenchmark, plainReadabilityText, type BenchmarkPage } from '../src/clean/evaluate-extraction.js';
import { emptySummary, fetchPage, HttpClient } from '../src/fetch/index.js';
import { storeSink } from '../src/fetch/store-sink.js';
import { launcherNodeFlags } from './launcher-flags.js';
import { startTestServer, staticRoute, type TestServer } from '../src/fetch/test-server.js';
import { defaultPipeline } from '../src/nlp/default-pipeline.js';
import { SqliteFetchState } from '../src/store/sqlite/fetch-state.js';
import { SqliteStore } from '../src/store/index.js';
import { streamNews, type BenchArticle } from './generate-news.js';

const root = resolve(import.meta.dirname, '..');
const cliEntry = join(root, 'src', 'cli', 'main.ts');
const SEED = 20241124;

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    feeds: { type: 'string', default: '500' },
    items: { type: 'string', default: '2' },
    task: { type: 'string', default: 'extract,ingest,watch' },
    'child-extract': { type: 'string' },
  },
});
const tasks = new Set(args.task.split(','));

const cpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
const load = (): string => loadavg()[0].toFixed(1);

/** Runs `work` and returns its wall and CPU seconds. */
async function timed(work: () => Promise<void> | void): Promise<{ wall: number; cpu: number }> {
  const cpu = cpuSeconds();
  const started = performance.now();
  await work();
  return { wall: (performance.now() - started) / 1000, cpu: cpuSeconds() - cpu };
}

const extractors: Record<string, [string, (html: string) => unknown]> = {
  tidende: ['tidende extraction (`extractHtml`)', (html) => extractHtml(html)],
  readability: ['plain Readability over linkedom', (html) => plainReadabilityText(html)],
};

/** One extractor's row, in this process (the child mode below). */
async function extractRow(pages: readonly BenchmarkPage[], key: string, rounds: number): Promise<string> {
  const [name, extract] = extractors[key];
  for (const page of pages) extract(page.html); // warm-up: JIT and lazily built resources
  const { wall, cpu } = await timed(() => {
    for (let round = 0; round < rounds; round++) for (const page of pages) extract(page.html);
  });
  const count = pages.length * rounds;
  return `| extract | ${name} | ${count} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} | ${(count / wall).toFixed(1)} | **${(count / cpu).toFixed(1)}** | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} | ${load()} |`;
}

/** Each extractor in a process of its own: linkedom's per-node bookkeeping makes GC cost grow with
 * the heap, so whichever ran second in a shared process was measured slower. Both get the young
 * generation `bin/tidende` starts the CLI with. */
function benchExtract(rounds: number): string[] {
  return Object.keys(extractors).map((key) => {
    const run = spawnSync(process.execPath, [...launcherNodeFlags(), '--import', 'tsx', import.meta.filename, '--child-extract', key, '--rounds', String(rounds)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (run.status !== 0) throw new Error(`extract ${key} failed with status ${run.status}`);
    return run.stdout.trim();
  });
}

async function benchIngest(pages: readonly BenchmarkPage[]): Promise<string[]> {
  const server = await startTestServer();
  const dir = mkdtempSync(join(tmpdir(), 'tidende-bench-fetch-'));
  const store = new SqliteStore(join(dir, 'news.db'));
  try {
    for (const page of pages) server.routes.set(`/${page.id}`, staticRoute(page.html));
    const summary = emptySummary();
    const deps = {
      client: new HttpClient({ perHostIntervalMs: 0, perHostConcurrency: 4 }),
      state: new SqliteFetchState(store.database()),
      sink: storeSink(store, defaultPipeline()),
      log: () => undefined,
    };
    // Sequential: the sink is synchronous, so concurrency would only overlap the local HTTP.
    const { wall, cpu } = await timed(async () => {
      for (const page of pages) await fetchPage(`${server.origin}/${page.id}`, {}, deps, summary);
    });
    const handled = summary.stored + summary.duplicates + summary.failed;
    return [
      `| fetch + extract + pipeline + SQLite | 181 real pages from one local server (${summary.stored} stored, ${summary.duplicates} duplicate, ${summary.failed} not stored) | ${handled} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} | ${(handled / wall).toFixed(1)} | **${(handled / cpu).toFixed(1)}** | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} | ${load()} |`,
    ];
  } finally {
    store.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeXml = escapeHtml;

function articleHtml(article: BenchArticle, url: string): string {
  const paragraphs = article.text.split(/\n+/).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="${article.lang}"><head><meta charset="utf-8"><title>${escapeHtml(article.title)} | ${escapeHtml(article.outlet)}</title>
<link rel="canonical" href="${url}"><meta property="og:site_name" content="${escapeHtml(article.outlet)}">
<meta property="article:published_time" content="${article.published}"><meta name="author" content="Redaktionen"></head>
<body><nav><a href="/">Forside</a> <a href="/nyheder">Nyheder</a></nav><main><article><h1>${escapeHtml(article.title)}</h1>
${paragraphs}</article><aside class="related"><h2>Læs også</h2><ul><li><a href="/a">Mere om sagen</a></li></ul></aside></main><footer>Kontakt</footer></body></html>`;
}

interface ChildUsage {
  wall: number;
  cpu: number;
  maxRssMb: number;
  stderr: string;
  code: number | null;
}

/** One `tidende watch --once` process; CPU and peak RSS read by a hook it runs on exit. */
function runWatchOnce(feedsFile: string, db: string): Promise<ChildUsage> {
  const usageHook = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nUSAGE "+JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1e6,maxRssMb:u.maxRSS/1024})+"\\n")})`;
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', usageHook, '-e', `import(${JSON.stringify(cliEntry)}).then((m) => m.main(['node', 'tidende', ...process.argv.slice(1)]))`, 'watch', '--feeds', feedsFile, '--db', db, '--once'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const usage = /USAGE (\{.*\})/.exec(stderr);
      const parsed = usage ? (JSON.parse(usage[1]) as { cpu: number; maxRssMb: number }) : { cpu: NaN, maxRssMb: NaN };
      resolvePromise({ wall: (performance.now() - started) / 1000, ...parsed, stderr: stderr.replace(/\nUSAGE .*\n?/, ''), code });
    });
  });
}

async function benchWatch(feedCount: number, itemsPerFeed: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tidende-bench-watch-'));
  const servers: TestServer[] = [];
  const articles = streamNews(feedCount * itemsPerFeed, SEED);
  try {
    const feedLines: string[] = [];
    for (let f = 0; f < feedCount; f++) {
      const server = await startTestServer();
      servers.push(server);
      const items: string[] = [];
      for (let i = 0; i < itemsPerFeed; i++) {
        const next = articles.next();
        if (next.done) break;
        const url = `${server.origin}/artikel/${i}`;
        server.routes.set(`/artikel/${i}`, staticRoute(articleHtml(next.value, url)));
        items.push(`<item><title>${escapeXml(next.value.title)}</title><link>${url}</link><pubDate>${new Date(next.value.published).toUTCString()}</pubDate></item>`);
      }
      server.routes.set('/feed.xml', staticRoute(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${f}</title>${items.join('')}</channel></rss>`, { 'content-type': 'application/rss+xml' }, `"feed-${f}"`));
      feedLines.push(`${server.origin}/feed.xml Outlet-${f}`);
    }
    const feedsFile = join(dir, 'feeds.txt');
    writeFileSync(feedsFile, `${feedLines.join('\n')}\n`);
    const db = join(dir, 'watch.db');
    const rows: string[] = [];
    for (const round of ['first round (all new)', 'second round (all 304)']) {
      const loadBefore = load();
      const usage = await runWatchOnce(feedsFile, db);
      const summary = /tidende: (\d+ feed poll.*)/.exec(usage.stderr)?.[1] ?? `exit ${usage.code}: ${usage.stderr.slice(-300)}`;
      rows.push(`| watch --once | ${feedCount} feeds × ${itemsPerFeed} items, ${round}: ${summary.trim()} | ${feedCount} feeds | ${usage.wall.toFixed(1)} | ${usage.cpu.toFixed(1)} | ${(feedCount / usage.wall).toFixed(1)} feeds/s | ${(feedCount / usage.cpu).toFixed(1)} feeds/CPU-s | ${usage.maxRssMb.toFixed(0)} | ${loadBefore}–${load()} |`);
    }
    return rows;
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    rmSync(dir, { recursive: true, force: true });
  }
}

const benchmarkDir = join(root, '..', 'shared', 'data', 'article-extraction');
if (args['child-extract']) {
  process.stdout.write(`${await extractRow(loadBenchmark(benchmarkDir), args['child-extract'], Number(args.rounds))}\n`);
  process.exit(0);
}
const rows: string[] = [];
process.stderr.write(`bench/fetch: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
if (tasks.has('extract')) rows.push(...benchExtract(Number(args.rounds)));
if (tasks.has('ingest')) rows.push(...(await benchIngest(loadBenchmark(benchmarkDir))));
if (tasks.has('watch')) rows.push(...(await benchWatch(Number(args.feeds), Number(args.items))));
process.stdout.write(
  [
    `bench/fetch, ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
    '',
    '| task | what | items | wall s | CPU s | items/s (wall) | items/CPU-s | peak RSS MB | load avg |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
  ].join('\n'),
);
