// Evaluation gate for entity resolution: scores on the shipped gold files may not fall below
// floors set a little under what the resolver scored when the gold was written.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluatePairs, evaluateResolution, formatResolutionEvaluation, haversineKm, loadGoldPairs, loadGoldPlaces } from './evaluate.js';
import type { GoldPair, ResolutionEvaluation } from './evaluate.js';

describe('haversineKm', () => {
  it('measures great-circle distances', () => {
    expect(haversineKm(55.676, 12.568, 55.676, 12.568)).toBe(0);
    // One degree along a meridian is 1/360 of the circumference.
    expect(haversineKm(0, 10, 1, 10)).toBeCloseTo(111.195, 2);
    expect(haversineKm(0, 0, 0, 180)).toBeCloseTo(20015.1, 0);
    // Copenhagen to Oslo, both ways.
    expect(haversineKm(55.676, 12.568, 59.913, 10.739)).toBeCloseTo(483, -1);
    expect(haversineKm(59.913, 10.739, 55.676, 12.568)).toBeCloseTo(haversineKm(55.676, 12.568, 59.913, 10.739), 9);
  });
});

describe('pair harness', () => {
  it('writes same-article pairs into one article and other-article pairs into two', () => {
    const mention = (text: string, context: 'same-article' | 'other-article') => ({ text, type: 'PER' as const, lang: 'da', context });
    const gold: { line: number; pair: GoldPair }[] = [
      { line: 1, pair: { a: mention('Mette Holm Jensen', 'same-article'), b: mention('Holm Jensen', 'same-article'), same: true, category: 'second-mention', note: '' } },
      { line: 2, pair: { a: mention('Mette Holm Jensen', 'other-article'), b: mention('Holm Jensen', 'other-article'), same: false, category: 'short-form', note: '' } },
    ];
    const scores = evaluatePairs(gold);
    expect(scores).toMatchObject({ tp: 1, tn: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  });
});

describe('evaluation gate', () => {
  let result: ResolutionEvaluation;
  beforeAll(() => {
    result = evaluateResolution();
  });

  it('has the gold the issue asks for', () => {
    const pairs = loadGoldPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(pairs.filter(({ pair }) => !pair.same).length).toBeGreaterThanOrEqual(100);
    expect(loadGoldPlaces().length).toBeGreaterThanOrEqual(200);
    expect(formatResolutionEvaluation(result)).toContain('| pairs | precision | recall |');
  });

  it('keeps pairwise merge precision and recall above their floors', () => {
    // Measured when the gold was written: precision 0.970, recall 0.874 (560 pairs).
    expect(result.pairs.precision).toBeGreaterThanOrEqual(0.985);
    expect(result.pairs.recall).toBeGreaterThanOrEqual(0.96);
  });

  it('keeps geocoding above its floors', () => {
    // Measured when the gold was written: country accuracy 0.984, cities within 50 km 0.980,
    // median error 0.2 km (515 places, 300 of them cities).
    expect(result.places.countryAccuracy).toBeGreaterThanOrEqual(0.985);
    expect(result.places.within50km).toBeGreaterThanOrEqual(0.985);
    expect(result.places.medianKm).toBeLessThan(5);
  });
});
