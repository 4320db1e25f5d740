// The evaluation gate: the quote finder's dev scores may not fall below the recorded baseline.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../cli/data-dir.js';
import { evaluateQuotes } from './evaluate.js';

interface Baseline {
  margin: number;
  danishSpeakerMargin: number;
  swedishSpeakerMargin: number;
  dev: {
    direct: { precision: number; recall: number };
    allRecall: number;
    speakerAccuracy: { all: number; nb: number; nn: number; da: number; sv: number };
  };
}

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Baseline;
const hasData = ['norne/ndt', 'ud/UD_Danish-DDT', 'ner-sv', 'ner-da'].every((dir) => existsSync(join(defaultDataDir, dir)));

describe('quote evaluation gate', () => {
  it.skipIf(!hasData)('keeps the dev scores of baseline.json (skips without ../shared/data)', { timeout: 180_000 }, () => {
    const evaluation = evaluateQuotes(defaultDataDir, { split: 'dev' });
    const floor = (x: number, margin = baseline.margin): number => x - margin;
    const byLang = Object.fromEntries(evaluation.languages.map((l) => [l.lang, l]));
    expect(evaluation.total.direct.overlap.precision).toBeGreaterThanOrEqual(floor(baseline.dev.direct.precision));
    expect(evaluation.total.direct.overlap.recall).toBeGreaterThanOrEqual(floor(baseline.dev.direct.recall));
    expect(evaluation.total.all.overlap.recall).toBeGreaterThanOrEqual(floor(baseline.dev.allRecall));
    expect(evaluation.total.speaker.accuracy).toBeGreaterThanOrEqual(floor(baseline.dev.speakerAccuracy.all));
    expect(byLang.nb.speaker.accuracy).toBeGreaterThanOrEqual(floor(baseline.dev.speakerAccuracy.nb));
    expect(byLang.nn.speaker.accuracy).toBeGreaterThanOrEqual(floor(baseline.dev.speakerAccuracy.nn));
    expect(byLang.da.speaker.accuracy).toBeGreaterThanOrEqual(floor(baseline.dev.speakerAccuracy.da, baseline.danishSpeakerMargin));
    expect(byLang.sv.speaker.accuracy).toBeGreaterThanOrEqual(floor(baseline.dev.speakerAccuracy.sv, baseline.swedishSpeakerMargin));
  });
});
