// Evaluation gate: the splitter's dev-split boundary F1 may not fall more than half a point.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSentenceSplitting, runningText } from './evaluate.js';

const dataDir = resolve(import.meta.dirname, '../../../../shared/data');
const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { f1: Record<string, number> };

describe('sentence evaluation', () => {
  it('rebuilds running text with paragraph breaks and scores inner boundaries', () => {
    const gold = runningText('# newpar\n# text = Første sætning.\n# text = Anden.\n# newpar\n# text = Tredje.\n');
    expect(gold.text).toBe('Første sætning. Anden.\n\nTredje.');
    expect([...gold.boundaries]).toEqual([15]);
  });

  it.skipIf(!existsSync(dataDir))('keeps dev boundary F1 within 0.5 points of the baseline', () => {
    for (const result of evaluateSentenceSplitting(dataDir, 'dev')) {
      expect(100 * result.tidende.f1, result.lang).toBeGreaterThan(baseline.f1[result.lang] - 0.5);
    }
  });
});
