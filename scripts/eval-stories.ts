// `npx tsx scripts/eval-stories.ts [count] [seed]`: story clustering against the events of the
// seeded synthetic corpus (bench/generate-news.ts), which knows which articles report one event.
import { evaluateClustering, type LabelledStoryArticle } from '../src/corpus/stories/evaluate.js';
import { storyDefaults } from '../src/corpus/stories/index.js';
import { streamLabelledNews } from '../bench/generate-news.js';

// Positional numbers only: `--sweep` may come anywhere. The built-in corpus of real and written
// articles is scored by `tidende eval stories`; this is the synthetic check.
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const count = Number(positional[0] ?? 3000);
const seed = Number(positional[1] ?? 20241124);
const articles: LabelledStoryArticle[] = [];
for (const { article, eventId } of streamLabelledNews(count, seed)) articles.push({ ...article, eventId });

const pct = (x: number): string => (100 * x).toFixed(1);
const thresholds = process.argv.includes('--sweep') ? [0.12, 0.16, 0.2, 0.22, 0.26, 0.3, 0.35] : [storyDefaults.joinThreshold];
process.stdout.write(`Story clustering on ${count} synthetic articles (seed ${seed})\n\n| join threshold | stories | events | pairwise P | R | F1 | B³ P | R | F1 | articles/s |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n`);
for (const joinThreshold of thresholds) {
  const s = evaluateClustering(articles, { ...storyDefaults, joinThreshold });
  process.stdout.write(`| ${joinThreshold} | ${s.stories} | ${s.goldClusters} | ${pct(s.pairwise.precision)} | ${pct(s.pairwise.recall)} | ${pct(s.pairwise.f1)} | ${pct(s.bcubed.precision)} | ${pct(s.bcubed.recall)} | ${pct(s.bcubed.f1)} | ${Math.round(s.articlesPerSecond)} |\n`);
}
