// `npm run bench`: times the floor (read + parse + tokenise), `analyze` and `ingest` on synthetic
// Nordic news at several sizes and on real treebank text, each measurement in its own process so
// peak RSS is its own, and writes the figures to docs/BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { analyzePaths, processEvents } from '../src/analyze/index.js';
import { readSources } from '../src/ingest/index.js';
import { cleanArticle } from '../src/clean/index.js';
import { EntityResolver, resolveEntities } from '../src/corpus/resolve/index.js';
import { ReuseIndex } from '../src/corpus/reuse/index.js';
import { publicationOrder, StoryIndex } from '../src/corpus/stories/index.js';
import type { RawArticle } from '../src/doc/model.js';
import { defaultComponents, defaultPipeline } from '../src/nlp/default-pipeline.js';
import { tokenize } from '../src/nlp/sentences/index.js';
import { SqliteStore } from '../src/store/index.js';
import { benchDormantStories } from './dormant-hook.js';
import { streamNews } from './generate-news.js';
import { loadRealCorpus } from './real-corpus.js';
import { mentionRoles } from '../src/nlp/syntax/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 20241124;

type Task = 'floor' | 'analyze' | 'ingest' | 'stages' | 'scale';

interface Measurement {
  corpus: string;
  task: Task | string;
  articles: number;
  tokens: number;
  seconds: number;
  peakRssMb: number;
}

/** Writes a corpus as JSONL, the format the readers take fastest and the bench can stream. */
function writeCorpus(kind: 'synthetic' | 'real', size: number, dir: string): string {
  const path = join(dir, `${kind}-${size}.jsonl`);
  const lines: string[] = [];
  const records = kind === 'synthetic' ? streamNews(size, SEED) : loadRealCorpus(join(root, '..', 'shared', 'data'), size);
  for (const article of records) lines.push(JSON.stringify(article));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function runFloor(path: string): Promise<{ articles: number; tokens: number }> {
  let articles = 0;
  let tokens = 0;
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (line === '') continue;
    const record = JSON.parse(line) as { text: string; title?: string };
    tokens += tokenize(record.text).length + tokenize(record.title ?? '').length;
    articles++;
  }
  return { articles, tokens };
}

async function runAnalyze(path: string): Promise<{ articles: number; tokens: number }> {
  let tokens = 0;
  const { report } = await analyzePaths([path]);
  for (const article of report.articles) tokens += tokenize(article.text).length;
  return { articles: report.articles.length, tokens };
}

async function runIngest(path: string): Promise<{ articles: number; tokens: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tidende-bench-db-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  let articles = 0;
  let tokens = 0;
  try {
    for await (const event of processEvents(readSources([path]), defaultPipeline())) {
      if (event.kind !== 'article') continue;
      store.ingest(event.article);
      tokens += event.article.tokens.length;
      articles++;
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { articles, tokens };
}

/** Each stage on its own over the same articles: clean, every component, every corpus stage.
 * One line per stage; tokens are the corpus's tokens, so tokens/s compare across stages. */
async function runStages(path: string, corpus: string): Promise<Measurement[]> {
  const raws: RawArticle[] = [];
  for await (const event of readSources([path])) if (event.kind === 'article') raws.push(event.raw);
  const rows: Measurement[] = [];
  const time = <T>(stage: string, tokens: number, run: () => T): T => {
    const started = process.hrtime.bigint();
    const result = run();
    rows.push({ corpus, task: `stage: ${stage}`, articles: raws.length, tokens, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssMb: process.resourceUsage().maxRSS / 1024 });
    return result;
  };
  let articles = time('clean', 0, () => raws.map((raw) => cleanArticle(raw)));
  for (const component of defaultComponents) {
    const fn = component.create(component.defaults);
    articles = time(component.name, 0, () => articles.map(fn));
  }
  // The role tagger is not a pipeline component (models/roles/README.md); timed on the same
  // articles so its cost is known before anything uses it. It tags Norwegian sentences only.
  time('roles (nb/nn sentences; not in the pipeline)', 0, () => articles.map((article) => mentionRoles(article)));
  const tokens = articles.reduce((sum, a) => sum + a.tokens.length, 0);
  for (const row of rows) row.tokens = tokens;
  const ordered = publicationOrder(articles);
  time('resolve', tokens, () => resolveEntities(ordered));
  time('reuse', tokens, () => {
    const index = new ReuseIndex();
    for (const article of ordered) index.add(article);
  });
  time('stories', tokens, () => {
    const index = new StoryIndex();
    for (const article of ordered) index.assign(article);
  });
  return rows;
}

/** Window edges for the scale task: per-article cost measured within each window. */
const SCALE_WINDOWS = [1000, 10000, 100000, 1000000];

/**
 * Streams a corpus through clean and every component, then feeds each article to the corpus
 * stages (resolve, reuse, stories) one at a time, as ingest would. Only the corpus stages are
 * timed per window (articles 1–1k, 1k–10k, …): an incremental stage keeps its per-article cost
 * flat as the corpus grows, and this is where a quadratic one would show. Articles are not kept,
 * and peak RSS should stay flat once the active window has filled.
 */
async function runScale(path: string, corpus: string): Promise<Measurement[]> {
  const pipeline = defaultPipeline();
  // As ingest: the store's entity index keeps no mentions in memory (it writes them as rows), and
  // its story index sends quiet stories to SQLite. Memory then holds the active window only.
  const resolver = new EntityResolver({ keepMentions: false });
  const reuse = new ReuseIndex();
  const dormant = benchDormantStories('sqlite');
  const stories = new StoryIndex(undefined, undefined, dormant.hook);
  const rows: Measurement[] = [];
  const stageNames = ['read, clean and components', 'resolve', 'reuse', 'stories'] as const;
  let window = { from: 0, tokens: 0, seconds: [0, 0, 0, 0] };
  let count = 0;
  const close = (): void => {
    const label = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
    stageNames.forEach((stage, k) => {
      rows.push({ corpus, task: `scale: ${stage}, articles ${label(window.from)}–${label(count)}`, articles: count - window.from, tokens: window.tokens, seconds: window.seconds[k], peakRssMb: process.resourceUsage().maxRSS / 1024 });
    });
    window = { from: count, tokens: 0, seconds: [0, 0, 0, 0] };
  };
  const timed = (k: number, run: () => void): void => {
    const started = process.hrtime.bigint();
    run();
    window.seconds[k] += Number(process.hrtime.bigint() - started) / 1e9;
  };
  // Arrival order: the generator already emits articles in publication order.
  // The loop's own wait is the reading, cleaning and per-article pipeline of the next article.
  let lastReturn = process.hrtime.bigint();
  for await (const event of processEvents(readSources([path]), pipeline)) {
    window.seconds[0] += Number(process.hrtime.bigint() - lastReturn) / 1e9;
    if (event.kind !== 'article') {
      lastReturn = process.hrtime.bigint();
      continue;
    }
    const article = event.article;
    count++;
    window.tokens += article.tokens.length;
    timed(1, () => resolver.addArticle(article));
    timed(2, () => reuse.add(article));
    timed(3, () => stories.assign(article));
    if (SCALE_WINDOWS.includes(count)) close();
    lastReturn = process.hrtime.bigint();
  }
  if (count > window.from) close();
  dormant.close();
  return rows;
}

/** Child mode: one task on one corpus file, result as JSON on stdout. */
async function child(task: Task, path: string, corpus: string): Promise<void> {
  if (task === 'stages' || task === 'scale') {
    const rows = task === 'stages' ? await runStages(path, corpus) : await runScale(path, corpus);
    for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
    return;
  }
  const started = process.hrtime.bigint();
  const run = task === 'floor' ? runFloor : task === 'analyze' ? runAnalyze : runIngest;
  const { articles, tokens } = await run(path);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const measurement: Measurement = { corpus, task, articles, tokens, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

function measure(task: Task, path: string, corpus: string): Measurement[] {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', task, path, corpus], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`${task} on ${corpus} failed with status ${run.status}`);
  return run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Measurement);
}

function formatTable(rows: Measurement[]): string {
  const floor = new Map(rows.filter((r) => r.task === 'floor').map((r) => [r.corpus, r]));
  const lines = [
    '| corpus | task | articles | tokens | seconds | articles/s | tokens/s | peak RSS (MB) | × floor time |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const base = floor.get(r.corpus);
    const multiple = base && r.task !== 'floor' ? (r.seconds / base.seconds).toFixed(1) : '1.0';
    lines.push(
      `| ${r.corpus} | ${r.task} | ${r.articles} | ${r.tokens} | ${r.seconds.toFixed(2)} | ${Math.round(r.articles / r.seconds)} | ${Math.round(r.tokens / r.seconds)} | ${r.peakRssMb.toFixed(0)} | ${multiple} |`,
    );
  }
  return lines.join('\n');
}

/** Replaces the section between the bench markers in docs/BENCHMARKS.md, keeping the rest. */
function writeBenchmarks(section: string): void {
  const path = join(root, 'docs', 'BENCHMARKS.md');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? `${current.slice(0, from + begin.length)}\n${section}\n${current.slice(to)}` : `${current}\n${begin}\n${section}\n${end}\n`;
  writeFileSync(path, next);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(args[1] as Task, args[2], args[3]);
    return;
  }
  const sizesArg = args.indexOf('--sizes');
  const sizes = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : [1000, 10000];
  const ingestLimit = 10000;
  const dir = mkdtempSync(join(tmpdir(), 'tidende-bench-'));
  const rows: Measurement[] = [];
  try {
    const corpora: { name: string; path: string; size: number }[] = sizes.map((size) => ({ name: `synthetic ${size / 1000}k`, path: writeCorpus('synthetic', size, dir), size }));
    if (existsSync(join(root, '..', 'shared', 'data', 'norne'))) corpora.push({ name: 'real (NDT + DDT) 10k', path: writeCorpus('real', 10000, dir), size: 10000 });
    else process.stderr.write('bench: ../shared/data not found; the real-text corpus is skipped\n');
    for (const corpus of corpora) {
      // Above the ingest limit the whole-corpus report of `analyze` would hold every article in
      // memory; the scale task streams instead and shows how per-article cost grows.
      const tasks: Task[] = corpus.size <= ingestLimit ? ['floor', 'analyze', 'ingest', 'stages'] : ['floor', 'scale'];
      for (const task of tasks) {
        for (const m of measure(task, corpus.path, corpus.name)) {
          rows.push(m);
          process.stderr.write(`bench: ${m.corpus} ${m.task}: ${Math.round(m.articles / m.seconds)} articles/s, ${Math.round(m.tokens / m.seconds)} tokens/s, ${m.peakRssMb.toFixed(0)} MB\n`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const section = [
    `Last run: ${new Date().toISOString().slice(0, 10)} · machine: ${machine} · command: \`npm run bench\` (sizes ${sizes.join(', ')}; ingest up to ${ingestLimit}) · one process per row, single-threaded.`,
    '',
    formatTable(rows),
    '',
    '*floor*: read the JSONL, parse each record and tokenise it — the least any pipeline must do. *analyze*: `analyzePaths` (read, clean, every per-article component, corpus stages, report). *ingest*: read, clean, components and one SQLite transaction per article (FTS, story assignment). *stage: X*: that stage alone over the same articles, in pipeline order (so each sees its inputs). Tokens are the tokenizer\'s tokens of the cleaned text. Peak RSS of a stage row is the process peak so far.',
  ].join('\n');
  writeBenchmarks(section);
  process.stdout.write(`${section}\n`);
}

await main();
