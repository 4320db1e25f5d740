import { describe, expect, it } from 'vitest';
import { reconcileFacts, type FigureReport } from './index.js';

const report = (id: string, min: number | null, max: number | null, date: string | null, extra: Partial<FigureReport> = {}): FigureReport => ({
  id, kind: 'arrested', group: 'protesters', min, max, approximate: false, date, ...extra,
});

describe('reconcileFacts', () => {
  it('treats rising counts as updates: the contract example', () => {
    const facts = reconcileFacts([report('f7', 2100, null, '2024-03-16'), report('f3', 1347, 1347, '2024-03-15')]);
    expect(facts).toEqual([{ kind: 'arrested', group: 'protesters', latest: 'f7', min: 1347, max: 2100, reports: ['f3', 'f7'], conflict: false }]);
  });

  it('flags a later count below an earlier one', () => {
    const [fact] = reconcileFacts([report('a', 40, 40, '2024-03-12', { kind: 'killed', group: 'people' }), report('b', 12, 12, '2024-03-13', { kind: 'killed', group: 'people' })]);
    expect(fact.conflict).toBe(true);
  });

  it('flags simultaneous reports whose ranges do not meet, allowing for stated vagueness', () => {
    const a = report('a', 300, 300, '2024-03-12T10:00', { kind: 'killed' });
    expect(reconcileFacts([a, report('b', 500, 500, '2024-03-12T10:30', { kind: 'killed' })])[0].conflict).toBe(true);
    expect(reconcileFacts([a, report('c', 320, 320, '2024-03-12T10:30', { kind: 'killed', approximate: true })])[0].conflict).toBe(false);
    expect(reconcileFacts([a, report('d', 200, 999, '2024-03-12T10:10', { kind: 'killed', approximate: true })])[0].conflict).toBe(false);
  });

  it('keeps kinds and groups apart', () => {
    const facts = reconcileFacts([report('a', 5, 5, null, { kind: 'killed', group: 'people' }), report('b', 40, 40, null, { kind: 'injured', group: 'people' }), report('c', 2, 2, null, { kind: 'killed', group: 'children' })]);
    expect(facts.map((f) => [f.kind, f.group, f.reports])).toEqual([
      ['injured', 'people', ['b']],
      ['killed', 'children', ['c']],
      ['killed', 'people', ['a']],
    ]);
  });
});
