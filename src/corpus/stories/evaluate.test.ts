import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../cli/data-dir.js';
import { scoreClustering } from './evaluate.js';
import { parseStoryLabels } from './gold-file.js';
import { loadStoryGold, ndtArticleText } from './gold-corpus.js';
import { evaluateClustering } from './evaluate.js';

describe('scoreClustering', () => {
  it('scores pairwise and B-cubed against gold stories', () => {
    const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);
    const perfect = scoreClustering(gold, new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]));
    expect(perfect.pairwise.f1).toBe(1);
    expect(perfect.bcubed.f1).toBe(1);
    const lumped = scoreClustering(gold, new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '1']]));
    expect(lumped.pairwise.precision).toBeCloseTo(2 / 6);
    expect(lumped.pairwise.recall).toBe(1);
    expect(lumped.bcubed.precision).toBeCloseTo(0.5);
    const missing = scoreClustering(gold, new Map([['a', '1']]));
    expect(missing.unassigned).toBe(3);
    expect(missing.pairwise.recall).toBe(0);
  });
});

describe('parseStoryLabels', () => {
  it('reads {id, story} JSONL with or without the articles', () => {
    const labels = parseStoryLabels('{"id":"a","story":"x"}\n{"id":"b","story":"x","text":"Tekst.","lang":"nb"}\n');
    expect(labels.format).toBe('jsonl');
    expect(labels.gold.get('a')).toBe('x');
    expect(labels.articles.map((a) => a.id)).toEqual(['b']);
  });

  it('reads the Miranda et al. 2018 JSON array', () => {
    const labels = parseStoryLabels(JSON.stringify([{ id: 7, date: '2014-03-01 10:00:00', lang: 'eng', title: 'T', text: 'Body.', cluster: 3 }]));
    expect(labels.format).toBe('miranda');
    expect(labels.gold.get('7')).toBe('3');
    expect(labels.articles[0]).toMatchObject({ lang: 'en', published: '2014-03-01 10:00:00', eventId: '3' });
  });

  it('rejects a record without a story', () => {
    expect(() => parseStoryLabels('{"id":"a"}')).toThrow(/needs "id" and "story"/);
  });
});

describe('ndtArticleText', () => {
  it('rebuilds text from tokens with the headline as title', () => {
    const conll = ['1\tStorm\t_', '2\ti\t_', '3\tvest\t_', '4\t|\t_', '', '1\tDet\t_', '2\tblåste\t_', '3\t,\t_', '4\tsa\t_', '5\than\t_', '6\t.\t_', ''].join('\n');
    expect(ndtArticleText(conll)).toEqual({ title: 'Storm i vest', text: 'Det blåste, sa han.' });
  });
});

const haveNdt = existsSync(`${defaultDataDir}/norne/ndt`);
describe.skipIf(!haveNdt)('built-in corpus, dev split (needs ../shared/data/norne/ndt)', () => {
  it('keeps pairwise F1 at its dev baseline and merges no NDT texts', () => {
    const corpus = loadStoryGold('dev', defaultDataDir);
    const score = evaluateClustering(corpus.articles);
    // Baseline measured with the summed text + anchor score: pairwise F1 1.000, no NDT merge.
    expect(score.pairwise.f1).toBeGreaterThanOrEqual(0.98);
    expect(score.merged.filter((m) => m.some((id) => corpus.ndtIds.has(id)))).toEqual([]);
  });
});
