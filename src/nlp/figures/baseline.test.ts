// The evaluation gate: the figure finder's dev scores may not fall below the recorded baseline.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../cli/data-dir.js';
import { evaluateFigures } from './evaluate.js';

interface Baseline {
  margin: number;
  dev: { real: { precision: number; recall: number }; written: { precision: number; recall: number }; sourceAccuracy: number };
}

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Baseline;
const hasData = existsSync(join(defaultDataDir, 'norne/ndt')) && existsSync(join(defaultDataDir, 'ud/UD_Danish-DDT')) && existsSync(join(defaultDataDir, 'ner-da')) && existsSync(join(defaultDataDir, 'ner-sv'));

describe('figure evaluation gate', () => {
  it.skipIf(!hasData)('keeps the dev scores of baseline.json (skips without ../shared/data)', { timeout: 180_000 }, () => {
    const evaluation = evaluateFigures(defaultDataDir, 'dev', { entities: false });
    const floor = (x: number): number => x - baseline.margin;
    expect(evaluation.real.value.precision).toBeGreaterThanOrEqual(floor(baseline.dev.real.precision));
    expect(evaluation.real.value.recall).toBeGreaterThanOrEqual(floor(baseline.dev.real.recall));
    expect(evaluation.written.value.precision).toBeGreaterThanOrEqual(floor(baseline.dev.written.precision));
    expect(evaluation.written.value.recall).toBeGreaterThanOrEqual(floor(baseline.dev.written.recall));
    expect(evaluation.all.sourceAccuracy.accuracy).toBeGreaterThanOrEqual(floor(baseline.dev.sourceAccuracy));
  });
});
