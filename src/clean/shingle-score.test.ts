import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../cli/data-dir.js';
import { evaluateExtraction } from './evaluate-extraction.js';
import { matchPage, scorePages, shingles } from './shingle-score.js';

describe('shingle score', () => {
  it('counts 4-word shingles as a multiset, a short text as one shingle', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('to ord').size).toBe(1);
    expect(shingles('').size).toBe(0);
  });

  it('scores precision and recall per page and macro-averages them', () => {
    const exact = matchPage('one two three four five', 'one two three four five');
    expect(scorePages([exact])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    const extra = matchPage('one two three four five', 'one two three four five six seven');
    const missing = matchPage('one two three four five six', '');
    const score = scorePages([extra, missing]);
    expect(score.precision).toBeCloseTo((2 / 4 + 0) / 2, 6);
    expect(score.recall).toBeCloseTo((1 + 0) / 2, 6);
  });
});

const dataDir = join(defaultDataDir, 'article-extraction');
const haveData = existsSync(join(dataDir, 'ground-truth.json'));

describe.skipIf(!haveData)('article-extraction benchmark (skipped: ../shared/data/article-extraction absent)', () => {
  const evaluation = haveData ? evaluateExtraction(dataDir, []) : null;

  it('reproduces the published scores of Readability.js and trafilatura (checks the scorer)', () => {
    const byName = new Map(evaluation?.references.map((r) => [r.name, r.f1]));
    expect(Math.abs((byName.get('readability_js') ?? 0) - 0.947)).toBeLessThanOrEqual(0.005);
    expect(Math.abs((byName.get('trafilatura') ?? 0) - 0.958)).toBeLessThanOrEqual(0.006);
  });

  it('keeps our extraction score of extraction-baseline.json (a drop beyond its margin fails)', { timeout: 180_000 }, () => {
    const baseline = JSON.parse(readFileSync(new URL('./extraction-baseline.json', import.meta.url), 'utf8')) as { f1: number; precision: number; margin: number };
    const [ours] = evaluateExtraction(dataDir, ['tidende']).extractors;
    expect(ours.f1).toBeGreaterThanOrEqual(baseline.f1 - baseline.margin);
    expect(ours.precision).toBeGreaterThanOrEqual(baseline.precision - baseline.margin);
  });
});
