import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasLangidData } from './corpora.js';
import { calibrationBins, runLangidEvaluation, scorePredictions, sentenceWindows } from './evaluate.js';
import { getDefaultIdentifier } from './index.js';

const dataDir = process.env.TIDENDE_DATA ?? fileURLToPath(new URL('../../../../shared/data', import.meta.url));
const baselinePath = new URL('../../../models/langid/baseline.json', import.meta.url);
const haveData = hasLangidData(dataDir);

describe('scoring', () => {
  it('computes accuracy, per-language F1 and the confusion matrix', () => {
    const scores = scorePredictions(['da', 'da', 'nb', 'nn'], ['da', 'nb', 'nb', 'de'], ['da', 'nb', 'nn']);
    expect(scores.accuracy).toBe(0.5);
    expect(scores.perLanguage.da).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(scores.perLanguage.nb.precision).toBe(0.5);
    expect(scores.confusion.labels).toEqual(['da', 'nb', 'nn', 'other']);
    expect(scores.confusion.matrix).toEqual([
      [1, 1, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 0, 1],
    ]);
  });

  it('bins confidences for calibration', () => {
    const { bins, expectedCalibrationError } = calibrationBins([0.95, 0.95, 0.55, 1], [true, false, true, true]);
    expect(bins.map((b) => b.count)).toEqual([1, 3]);
    expect(expectedCalibrationError).toBeGreaterThan(0);
  });

  it('makes windows inside one file only', () => {
    const files = [
      [1, 2, 3, 4].map((i) => ({ text: `a${i}`, lang: 'da' })),
      [1, 2, 3].map((i) => ({ text: `b${i}`, lang: 'sv' })),
    ];
    expect(sentenceWindows(files, 3)).toEqual([
      { text: 'a1 a2 a3', lang: 'da' },
      { text: 'b1 b2 b3', lang: 'sv' },
    ]);
  });
});

// The evaluation gate: the shipped model's dev accuracy may not fall more than half a point
// below the baseline recorded when it was trained.
describe.skipIf(!haveData)('evaluation gate (dev splits)', () => {
  it('holds the dev baseline', async () => {
    expect(existsSync(baselinePath)).toBe(true);
    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as { sentenceAccuracy: number; nordicSentenceAccuracy: number; documentAccuracy: number };
    const evaluation = await runLangidEvaluation(dataDir, { split: 'dev', identifier: getDefaultIdentifier(), peers: false, nordicDsl: false });
    const ours = evaluation.systems[0];
    expect(ours.sentences!.accuracy).toBeGreaterThanOrEqual(baseline.sentenceAccuracy - 0.005);
    expect(ours.nordicSentences!.accuracy).toBeGreaterThanOrEqual(baseline.nordicSentenceAccuracy - 0.005);
    expect(ours.documents!.accuracy).toBeGreaterThanOrEqual(baseline.documentAccuracy - 0.005);
  });
});

if (!haveData) {
  describe('evaluation gate (dev splits)', () => {
    it.skip(`skipped: no language-identification data under ${dataDir} (set TIDENDE_DATA)`, () => {});
  });
}
