// `npx tsx bench/reuse.ts [count ...]`: the reuse corpus stage alone, fed one generated article
// at a time in publication order (bench/generate-news.ts, seeded), as ingest would. Per window of
// arrivals (1–1k, 1k–10k, 10k–100k, 100k–1M) it reports articles/s by wall clock and by the
// process's CPU time (the machine is shared), pairs found, and RSS. Generation is not timed.
import { ReuseIndex } from '../src/corpus/reuse/index.js';
import { streamNews, type BenchArticle } from './generate-news.js';

const SEED = 20241124;
const WINDOW_EDGES = [1_000, 10_000, 100_000, 1_000_000];
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);

interface WindowRow {
  from: number;
  to: number;
  wallMs: number;
  cpuMs: number;
  pairs: number;
  rssMb: number;
}

/** Articles generated ahead of timing, so the generator's cost stays out of the figures. */
const BATCH = 5_000;

function run(count: number): WindowRow[] {
  const reuse = new ReuseIndex();
  const rows: WindowRow[] = [];
  let row: WindowRow = { from: 0, to: 0, wallMs: 0, cpuMs: 0, pairs: 0, rssMb: 0 };
  const articles = streamNews(count, SEED);
  let added = 0;
  while (added < count) {
    const nextEdge = Math.min(count, ...WINDOW_EDGES.filter((edge) => edge > added));
    const batch: BenchArticle[] = [];
    for (let k = 0; k < Math.min(BATCH, nextEdge - added); k++) {
      const next = articles.next();
      if (next.done) break;
      batch.push(next.value);
    }
    if (batch.length === 0) break;
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    for (const article of batch) row.pairs += reuse.add(article).length;
    row.wallMs += Number(process.hrtime.bigint() - started) / 1e6;
    const used = process.cpuUsage(cpu);
    row.cpuMs += (used.user + used.system) / 1000;
    added += batch.length;
    if (added === nextEdge) {
      row.to = added;
      row.rssMb = process.memoryUsage().rss / 2 ** 20;
      rows.push(row);
      row = { from: added, to: added, wallMs: 0, cpuMs: 0, pairs: 0, rssMb: 0 };
    }
  }
  return rows;
}

const label = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));
process.stdout.write(`Reuse stage on generated articles (seed ${SEED}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n\n`);
process.stdout.write('| run | articles | ms/article (wall) | articles/s (wall) | articles/s (CPU) | pairs | RSS MB at end |\n|---|---|---:|---:|---:|---:|---:|\n');
for (const count of counts.length > 0 ? counts : [10_000, 100_000]) {
  for (const r of run(count)) {
    const n = r.to - r.from;
    process.stdout.write(`| ${label(count)} | ${label(r.from)}–${label(r.to)} | ${(r.wallMs / n).toFixed(3)} | ${Math.round((1000 * n) / r.wallMs)} | ${Math.round((1000 * n) / r.cpuMs)} | ${r.pairs} | ${Math.round(r.rssMb)} |\n`);
  }
}
