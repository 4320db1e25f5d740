import { describe, expect, it } from 'vitest';
import { evaluateReuse } from './evaluate.js';

describe('evaluateReuse', () => {
  it('finds every copied paragraph between Danish and Norwegian, and most across all pairs', () => {
    const evaluation = evaluateReuse();
    const danoNorwegian = evaluation.cases.filter((c) => /^(da|nb|nn)-(da|nb|nn)$/.test(c.kind) || c.kind === 'same-language');
    expect(danoNorwegian.length).toBeGreaterThanOrEqual(6);
    for (const c of danoNorwegian) expect(c, c.id).toMatchObject({ found: true });
    // Baseline measured 2026-11-24: 10/12 found (two Swedish↔Norwegian translations missed).
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.8);
  });
});
