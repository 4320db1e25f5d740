// `npx tsx bench/workers.ts [--articles 2000] [--workers 1,2] [--server postgres://…] [--analyse-only] [--repeat N] [--claim-batch N] [--node-flags=…]`: throughput
// of `tidende worker` processes sharing one PostgreSQL queue, over seeded synthetic news
// (bench/generate-news.ts). For each worker count, in a fresh database:
//   1. analyse: N workers with `--role analyse` drain the queue (per-article stages and staging
//      only); the rate is taken from the staging times between the 5th and 95th percentile, so
//      process start-up (loading models) and the ragged end are left out;
//   2. cluster: one worker with `--role cluster` moves the staged articles into stories (the
//      serial corpus stage every deployment has exactly one of);
//   3. end to end: a new database, N workers with the default role (one of them also clusters),
//      from the first clustering transaction to the last.
// Prints one markdown table row per worker count; the machine's load average is printed too, as
// the measurement means little on a machine busy with other work. CPU per article, which does not
// depend on the load: *worker* is each process's CPU time from when its pipeline is built
// (resources loaded on first use included) over its articles; *steady* the same from each
// worker's first analysed article to its last (start-up left out: what scaling depends on);
// *PostgreSQL* the CPU of the analysing workers' server backends (from /proc, sampled while
// they run; Linux, server on this machine), per article.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { RawArticle } from '../src/doc/model.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { enqueueRaw, queueDepth, type WorkerStats } from '../src/store/postgres/raw-queue.js';
import { createTestDatabase, testServerUrl } from '../src/store/postgres/test-database.js';
import { streamNews } from './generate-news.js';
import { launcherNodeFlags } from './launcher-flags.js';

const SEED = 20241124;
const ENQUEUE_BATCH = 500;
const cliEntry = join(import.meta.dirname, '..', 'src', 'cli', 'main.ts');

/** What `tidende worker --format json` prints: the worker's stats and its process figures. */
interface WorkerSummary extends WorkerStats {
  replayed: number;
  seconds: number;
  cpuSeconds: number;
}

/** One `tidende worker --until-empty --format json` process; resolves with its summary. */
function runWorkerProcess(url: string, role: string): Promise<WorkerSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeFlags, '--import', 'tsx', '-e', `import(${JSON.stringify(cliEntry)}).then((m) => m.main(['node', 'tidende', ...process.argv.slice(1)]))`, 'worker', '--db', url, '--role', role, '--until-empty', '--poll-ms', '100', '--format', 'json', ...claimBatchArgs],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      const line = stderr.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`worker (${role}) exited with ${code}: ${stderr}`));
      else resolve(JSON.parse(line) as WorkerSummary);
    });
  });
}

async function freshQueue(raws: readonly RawArticle[]): Promise<{ store: PostgresStore; url: string; name: string; drop: () => Promise<void> }> {
  const database = await createTestDatabase(values.server);
  const store = await PostgresStore.open(database.url);
  for (let i = 0; i < raws.length; i += ENQUEUE_BATCH) await enqueueRaw(store, raws.slice(i, i + ENQUEUE_BATCH));
  return {
    store,
    url: database.url,
    name: new URL(database.url).pathname.slice(1),
    drop: async () => {
      await store.close();
      await database.drop();
    },
  };
}

/** Articles per second between two percentiles of a list of timestamps (epoch ms). */
function steadyRate(timesMs: number[], from = 0.05, to = 0.95): { rate: number; seconds: number } {
  const sorted = [...timesMs].sort((a, b) => a - b);
  const first = Math.floor(from * (sorted.length - 1));
  const last = Math.ceil(to * (sorted.length - 1));
  const seconds = (sorted[last] - sorted[first]) / 1000;
  return { rate: (last - first) / seconds, seconds };
}

/** Busy core-seconds of the whole machine (all processes, ours or not) since boot. */
function busyCoreSeconds(): number {
  return cpus().reduce((sum, cpu) => sum + (cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq) / 1000, 0);
}

/** CPU seconds (user + system) of one process so far, or null once it is gone. */
function processCpuSeconds(pid: number): number | null {
  try {
    // The fields after the command name (which may hold spaces), from the state (field 3) on.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime (fields 14, 15) in clock ticks
  } catch {
    return null;
  }
}

/**
 * CPU of the server backends connected to one database, sampled every 100 ms while `work` runs:
 * a backend's last sample before it exits is what it is counted for (≤ 100 ms of its work lost).
 * Null when /proc cannot be read (not Linux, or the server runs elsewhere).
 */
async function backendCpuDuring<T>(store: PostgresStore, database: string, work: Promise<T>): Promise<{ result: T; cpuSeconds: number | null }> {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let readable = true;
  const sample = async () => {
    const { rows } = await store.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
    for (const { pid } of rows) {
      const cpu = processCpuSeconds(pid);
      if (cpu === null) continue;
      if (!first.has(pid)) first.set(pid, cpu);
      last.set(pid, cpu);
    }
    if (rows.length > 0 && last.size === 0) readable = false;
  };
  let done = false;
  const sampling = (async () => {
    while (!done) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    return { result: await work, cpuSeconds: readable ? [...last].reduce((sum, [pid, cpu]) => sum + cpu - (first.get(pid) ?? cpu), 0) : null };
  } finally {
    done = true;
    await sampling;
  }
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    workers: { type: 'string', default: '1,2' },
    server: { type: 'string', default: testServerUrl },
    /** Flags for the worker processes' node, space-separated (default: those `bin/tidende`
     * starts the CLI with); pass as `--node-flags=…`. */
    'node-flags': { type: 'string' },
    /** Passed on to the workers as `--claim-batch` (default: the worker's own default). */
    'claim-batch': { type: 'string' },
    /** Worker counts run this many times in turn (1, 2, 1, 2, …), so that drift in the machine's
     * speed shows, and the median ratio is printed. */
    repeat: { type: 'string', default: '1' },
    /** Only step 1 (the per-article stages), for quick comparisons. */
    'analyse-only': { type: 'boolean', default: false },
  },
});

const count = Number(values.articles);
const repeat = Math.max(1, Number(values.repeat));
const claimBatchArgs = values['claim-batch'] === undefined ? [] : ['--claim-batch', values['claim-batch']];
const nodeFlags = values['node-flags'] === undefined ? launcherNodeFlags() : values['node-flags'].split(' ').filter((flag) => flag !== '');
const workerCounts = values.workers.split(',').map(Number).filter((n) => n > 0);
const raws: RawArticle[] = [...streamNews(count, SEED)].map((article, n) => ({
  id: article.id,
  source: `synthetic:${n + 1}`,
  outlet: article.outlet,
  title: article.title,
  published: article.published,
  lang: null,
  url: null,
  body: { kind: 'text', text: article.text },
}));

process.stdout.write(`bench/workers: ${count} synthetic articles, worker node flags [${nodeFlags.join(' ')}]${claimBatchArgs.length > 0 ? `, claim batch ${claimBatchArgs[1]}` : ''}, ${cpus().length} cores, load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n\n`);
process.stdout.write(
  '| workers | analyse: articles/s | × 1 worker | worker CPU ms/article | steady worker CPU ms/article | PostgreSQL CPU ms/article | machine busy cores | cluster (1 consumer): articles/s | consumer CPU ms/article | end to end: articles/s | load avg (1 min) at end |\n',
);
process.stdout.write('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n');

let baseline: number | null = null;
/** Analyse rates of each worker count, one per repetition, and the ratio of each to the first
 * count's rate in the same repetition. */
const ratios = new Map<number, number[]>();
/** Steady worker CPU and PostgreSQL CPU per article of the first row, for the scaling bound. */
let firstCosts: { worker: number; database: number | null } | null = null;
for (let round = 0; round < repeat; round++) for (const [position, workers] of workerCounts.entries()) {
  // 1. Per-article stages only.
  const queue = await freshQueue(raws);
  const busyBefore = busyCoreSeconds();
  const wallBefore = performance.now();
  const { result: analysers, cpuSeconds: backendCpu } = await backendCpuDuring(
    queue.store,
    queue.name,
    Promise.all(Array.from({ length: workers }, () => runWorkerProcess(queue.url, 'analyse'))),
  );
  const busyCores = (busyCoreSeconds() - busyBefore) / ((performance.now() - wallBefore) / 1000);
  const stagedAt = (await queue.store.query<{ ms: number }>('SELECT (extract(epoch FROM staged_at) * 1000)::float8 AS ms FROM staged_articles')).rows.map((r) => r.ms);
  const analysed = analysers.reduce((sum, s) => sum + s.analysed, 0);
  if (analysed !== count) throw new Error(`analysed ${analysed} of ${count} articles`);
  const analyse = steadyRate(stagedAt);
  const cpuMsPerArticle = (analysers.reduce((sum, s) => sum + s.cpuSeconds, 0) * 1000) / analysed;
  const steadyCpuMsPerArticle = analysers.reduce((sum, s) => sum + s.steadyCpuMs, 0) / analysers.reduce((sum, s) => sum + s.steadyArticles, 0);
  const backendCpuMsPerArticle = backendCpu === null ? 'n/a' : ((backendCpu * 1000) / analysed).toFixed(2);

  if (position === 0) baseline = analyse.rate;
  if (baseline === null) throw new Error('the first worker count sets the baseline');
  ratios.set(workers, [...(ratios.get(workers) ?? []), analyse.rate / baseline]);
  firstCosts ??= { worker: steadyCpuMsPerArticle, database: backendCpu === null ? null : (backendCpu * 1000) / analysed };
  const analyseCells = `| ${workers} | ${analyse.rate.toFixed(1)} | ${(analyse.rate / baseline).toFixed(2)} | ${cpuMsPerArticle.toFixed(1)} | ${steadyCpuMsPerArticle.toFixed(1)} | ${backendCpuMsPerArticle} | ${busyCores.toFixed(2)} |`;
  if (values['analyse-only']) {
    await queue.drop();
    process.stdout.write(`${analyseCells} | | | ${loadavg()[0].toFixed(2)} |\n`);
    continue;
  }

  // 2. The serial stage, alone.
  const clusterer = await runWorkerProcess(queue.url, 'cluster');
  const clustered = clusterer.stored + clusterer.duplicates;
  const clusterRate = clustered / (clusterer.clusterMs / 1000);
  if ((await queueDepth(queue.store)).staged !== 0) throw new Error('the cluster worker left staged articles');
  await queue.drop();

  // 3. End to end, every worker in the default role.
  const endToEnd = await freshQueue(raws);
  await Promise.all(Array.from({ length: workers }, () => runWorkerProcess(endToEnd.url, 'both')));
  const span = (
    await endToEnd.store.query<{ seconds: number; stored: number }>(
      // ingested_at is the start of the clustering transaction that stored the article: from the
      // first to the last, so process start-up is left out as in step 1.
      `SELECT extract(epoch FROM max(ingested_at) - min(ingested_at))::float8 AS seconds, count(*)::int AS stored FROM articles`,
    )
  ).rows[0];
  await endToEnd.drop();

  process.stdout.write(
    `${analyseCells} ${clusterRate.toFixed(0)} | ${((clusterer.cpuSeconds * 1000) / clustered).toFixed(1)} | ${(span.stored / span.seconds).toFixed(1)} | ${loadavg()[0].toFixed(2)} |\n`,
  );
}

// What the load-independent costs allow on this machine: K cores shared by workers and the server
// give at most min(N, K·a/(a + p)) times one worker (docs/BENCHMARKS.md, scaling model).
if (firstCosts !== null && firstCosts.database !== null) {
  const { worker: a, database: p } = firstCosts;
  process.stdout.write(
    `\nper article: a = ${a.toFixed(1)} ms steady worker CPU, p = ${p.toFixed(2)} ms PostgreSQL CPU; on ${cpus().length} cores shared with the server, the scaling model gives 2 workers ` +
      `${Math.min(2, (cpus().length * a) / (a + p)).toFixed(2)}× one worker (min(2, K·a/(a+p)), independent of the load)\n`,
  );
}

if (repeat > 1) {
  const median = (list: number[]): number => {
    const sorted = [...list].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  for (const [workers, list] of ratios) {
    process.stdout.write(`${workers} worker(s): × first count ${list.map((r) => r.toFixed(2)).join(', ')}; median ${median(list).toFixed(2)}\n`);
  }
}
