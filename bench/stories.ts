// `npx tsx bench/stories.ts [count ...]`: the reuse and stories corpus stages alone, fed one
// generated article at a time in publication order (bench/generate-news.ts, seeded), as ingest
// would. Reports per-article time of each stage, articles/s of both together, peak RSS, the
// active stories left in memory, and clustering F1 against the generator's events.
import { ReuseIndex } from '../src/corpus/reuse/index.js';
import { scoreClustering, StoryIndex } from '../src/corpus/stories/index.js';
import { streamLabelledNews } from './generate-news.js';

const SEED = 20241124;
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);

interface StageRun {
  articles: number;
  reuseMs: number;
  storiesMs: number;
  peakRssMb: number;
  activeStories: number;
  pairwiseF1: number;
  bcubedF1: number;
}

function run(count: number): StageRun {
  const reuse = new ReuseIndex();
  const stories = new StoryIndex();
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  const members = new Map<string, string[]>();
  let reuseNs = 0n;
  let storiesNs = 0n;
  for (const { article, eventId } of streamLabelledNews(count, SEED)) {
    gold.set(article.id, eventId);
    let started = process.hrtime.bigint();
    reuse.add(article);
    const between = process.hrtime.bigint();
    reuseNs += between - started;
    started = between;
    const story = stories.assign(article).id;
    const merges = stories.drainMerges();
    storiesNs += process.hrtime.bigint() - started;
    predicted.set(article.id, story);
    const list = members.get(story);
    if (list) list.push(article.id);
    else members.set(story, [article.id]);
    for (const { from, into } of merges) {
      for (const id of members.get(from) ?? []) {
        predicted.set(id, into);
        members.get(into)?.push(id);
      }
      members.delete(from);
    }
  }
  const score = scoreClustering(gold, predicted);
  return {
    articles: count,
    reuseMs: Number(reuseNs) / 1e6,
    storiesMs: Number(storiesNs) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    activeStories: stories.activeStories,
    pairwiseF1: score.pairwise.f1,
    bcubedF1: score.bcubed.f1,
  };
}

const lines = [
  `Reuse + stories on generated articles (seed ${SEED}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  '',
  '| articles | reuse ms/article | stories ms/article | reuse+stories articles/s | peak RSS MB | active stories at end | pairwise F1 | B³ F1 |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
];
process.stdout.write(`${lines.join('\n')}\n`);
for (const count of counts.length > 0 ? counts : [10_000, 100_000]) {
  const r = run(count);
  const perArticle = (ms: number): string => (ms / r.articles).toFixed(3);
  process.stdout.write(
    `| ${r.articles} | ${perArticle(r.reuseMs)} | ${perArticle(r.storiesMs)} | ${Math.round((1000 * r.articles) / (r.reuseMs + r.storiesMs))} | ${Math.round(r.peakRssMb)} | ${r.activeStories} | ${r.pairwiseF1.toFixed(3)} | ${r.bcubedF1.toFixed(3)} |\n`,
  );
}
