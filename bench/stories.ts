// `npx tsx bench/stories.ts [count ...] [--dormant sqlite|memory|none] [--no-reuse] [--score]`: the
// reuse and stories corpus stages alone, fed one generated article at a time in publication order
// (bench/generate-news.ts, seeded), as ingest would (generated 500 at a time, outside the clock). Reports CPU ms per article of each stage, by
// window of articles (1–10k, 10k–100k, …, so a cost that grows with the corpus shows within one
// run), articles/s of both together, peak RSS, the active stories left in memory and the dormant
// ones kept by the hook. Dormant stories go to a temporary SQLite store by default, as in the
// store. `--score` adds clustering F1 against the generator's events (it keeps a label of every
// article, so its memory is no longer the stages' alone).
import { ReuseIndex } from '../src/corpus/reuse/index.js';
import { scoreClustering, StoryIndex, type StoryMerge } from '../src/corpus/stories/index.js';
import { benchDormantStories, type DormantKind } from './dormant-hook.js';
import { streamLabelledNews, type LabelledArticle } from './generate-news.js';

const SEED = 20241124;
const WINDOW_EDGES = [10_000, 100_000, 300_000, 1_000_000, 3_000_000];
const BATCH = 500;

/** The next window edge after `n` (or the run's end). */
const nextEdge = (n: number, count: number): number => Math.min(count, WINDOW_EDGES.find((edge) => edge > n) ?? count);

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const dormantKind = (flag('--dormant') ?? 'sqlite') as DormantKind;
if (!['sqlite', 'memory', 'none'].includes(dormantKind)) throw new Error(`--dormant: sqlite, memory or none, not ${dormantKind}`);
const withReuse = !args.includes('--no-reuse');
const withScore = args.includes('--score');
const counts = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--dormant').map(Number);

interface Window {
  from: number;
  to: number;
  reuseMs: number;
  storiesMs: number;
  peakRssMb: number;
  activeStories: number;
  dormantStories: number;
}

interface StageRun {
  windows: Window[];
  pairwiseF1: number | null;
  bcubedF1: number | null;
}

function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function run(count: number): StageRun {
  const reuse = withReuse ? new ReuseIndex() : null;
  const dormant = benchDormantStories(dormantKind);
  const stories = new StoryIndex(undefined, undefined, dormant.hook);
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  const members = new Map<string, string[]>();
  const windows: Window[] = [];
  let window = { from: 0, reuseMs: 0, storiesMs: 0 };
  let n = 0;
  // Articles are generated a batch at a time and each stage timed over the whole batch: reading
  // the CPU clock around every article cost tens of µs, a sizeable share of what is measured.
  const source = streamLabelledNews(count, SEED);
  const storyOf = new Array<string>(BATCH);
  const mergesOf = new Array<StoryMerge[]>(BATCH);
  while (n < count) {
    const size = Math.min(BATCH, nextEdge(n, count) - n);
    const batch: LabelledArticle[] = [];
    for (let i = 0; i < size; i++) batch.push(source.next().value as LabelledArticle);
    if (reuse) window.reuseMs += cpuMs(() => {
      for (const { article } of batch) reuse.add(article);
    });
    window.storiesMs += cpuMs(() => {
      for (let i = 0; i < size; i++) {
        storyOf[i] = stories.assign(batch[i].article).id;
        mergesOf[i] = stories.drainMerges();
      }
    });
    for (let i = 0; i < size; i++) {
      n++;
      if (!withScore) continue;
      const { article, eventId } = batch[i];
      const story = storyOf[i];
      gold.set(article.id, eventId);
      predicted.set(article.id, story);
      const list = members.get(story);
      if (list) list.push(article.id);
      else members.set(story, [article.id]);
      for (const { from, into } of mergesOf[i]) {
        for (const id of members.get(from) ?? []) {
          predicted.set(id, into);
          members.get(into)?.push(id);
        }
        members.delete(from);
      }
    }
    if (WINDOW_EDGES.includes(n) || n === count) {
      windows.push({ ...window, to: n, peakRssMb: process.resourceUsage().maxRSS / 1024, activeStories: stories.activeStories, dormantStories: dormant.size() });
      if (n < count) process.stderr.write(`stories bench: ${formatWindow(count, windows[windows.length - 1], null, null)}\n`);
      window = { from: n, reuseMs: 0, storiesMs: 0 };
    }
  }
  dormant.close();
  const score = withScore ? scoreClustering(gold, predicted) : null;
  return { windows, pairwiseF1: score?.pairwise.f1 ?? null, bcubedF1: score?.bcubed.f1 ?? null };
}

/** One table row (F1 only on a run's last window, when scored). */
function formatWindow(count: number, w: Window, pairwiseF1: number | null, bcubedF1: number | null): string {
  const articles = w.to - w.from;
  const f1 = (value: number | null): string => (value === null ? '–' : value.toFixed(3));
  return `| ${count} | ${label(w.from)}–${label(w.to)} | ${withReuse ? (w.reuseMs / articles).toFixed(3) : '–'} | ${(w.storiesMs / articles).toFixed(3)} | ${Math.round((1000 * articles) / (w.reuseMs + w.storiesMs))} | ${Math.round(w.peakRssMb)} | ${w.activeStories} | ${w.dormantStories} | ${f1(pairwiseF1)} | ${f1(bcubedF1)} |`;
}

const label = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));
const lines = [
  `Reuse + stories on generated articles (seed ${SEED}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}; dormant stories: ${dormantKind}${withReuse ? '' : '; reuse not run'}; CPU time`,
  '',
  '| articles | window | reuse ms/article | stories ms/article | reuse+stories articles/s | peak RSS MB | active stories | dormant stories | pairwise F1 | B³ F1 |',
  '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
];
process.stdout.write(`${lines.join('\n')}\n`);
for (const count of counts.length > 0 ? counts : [10_000, 100_000]) {
  const r = run(count);
  r.windows.forEach((w, i) => {
    const last = i === r.windows.length - 1;
    process.stdout.write(`${formatWindow(count, w, last ? r.pairwiseF1 : null, last ? r.bcubedF1 : null)}\n`);
  });
}
