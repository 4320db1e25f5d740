import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../cli/data-dir.js';
import { sameSource, scoreFigures, type FigureError, type PredictedFigure } from './evaluate.js';
import { joinSvSentence } from './gold/corpus-text.js';
import { loadRealGold, loadWrittenGold, parseWrittenGold, splitOf, type GoldItem } from './gold/gold.js';

const text = 'Mindst 40 er dræbt og 120 såret, oplyser politiet. Den 28. januar gik 3 fly.';
const gold: GoldItem[] = [
  { doc: 'd', start: 0, end: 9, figure: { kind: 'killed', min: 40, max: null, approximate: false, group: 'people', source: 'politiet' } },
  { doc: 'd', start: 22, end: 25, figure: { kind: 'injured', min: 120, max: 120, approximate: false, group: 'people', source: 'politiet' } },
  { doc: 'd', start: 56, end: 59, figure: null, note: 'date' },
];
const predicted = (start: number, end: number, extra: Partial<PredictedFigure>): PredictedFigure => ({
  start, end, kind: 'killed', min: 40, max: null, group: 'people', sourceText: 'politiet', quantity: { start, end }, ...extra,
});

describe('scoreFigures', () => {
  it('scores a perfect prediction as 1', () => {
    const scores = scoreFigures([{ document: { doc: 'd', text, items: gold }, predicted: [predicted(0, 9, {}), predicted(22, 25, { kind: 'injured', min: 120, max: 120 })] }]);
    expect(scores.value).toMatchObject({ gold: 2, predicted: 2, correct: 2, precision: 1, recall: 1 });
    expect(scores.groupSource.f1).toBe(1);
    expect(scores.sourceAccuracy).toMatchObject({ matched: 2, correct: 2, accuracy: 1 });
  });

  it('counts a wrong value, a wrong source, a non-figure taken and a miss', () => {
    const errors: FigureError[] = [];
    const scores = scoreFigures(
      [{ document: { doc: 'd', text, items: gold }, predicted: [predicted(0, 9, { min: 40, max: 40, sourceText: null }), predicted(56, 59, { kind: 'arrested', min: 28, max: 28 })] }],
      errors,
    );
    expect(scores.value).toMatchObject({ gold: 2, predicted: 2, correct: 0, precision: 0, recall: 0 });
    // Kind, group and source ignore the value, but the source is wrong here.
    expect(scores.groupSource.correct).toBe(0);
    expect(scores.sourceAccuracy).toMatchObject({ matched: 1, correct: 0, withGoldSource: 1 });
    expect(scores.nonFiguresPredicted).toBe(1);
    expect(errors.map((e) => e.type).sort()).toEqual(['missed', 'spurious', 'wrong value']);
  });

  it('lets a gold item be claimed once: a second prediction on it is spurious', () => {
    const scores = scoreFigures([{ document: { doc: 'd', text, items: gold }, predicted: [predicted(0, 9, {}), predicted(0, 9, {})] }]);
    expect(scores.value).toMatchObject({ predicted: 2, correct: 1, precision: 0.5, recall: 0.5 });
  });
});

describe('sameSource', () => {
  it.each([
    ['politiet', 'Politiet', true],
    ['FN', 'tal frå FN', true],
    ['Nerdal', 'politiadvokat Nerdal', true],
    ['politiet', 'Røde Kors', false],
    ['politiet', null, false],
    ['SVT', 'SVT:s', true],
    [null, null, true],
  ] as const)('%s vs %s → %s', (a, b, same) => {
    expect(sameSource(a, b)).toBe(same);
  });
});

describe('figure gold', () => {
  it('parses inline labels into offsets of the unmarked text', () => {
    const [document] = parseWrittenGold('### w1 da 2025-01-01\n{{Mindst 40|killed|40||-|people|politiet}} er dræbt den {{3.|-|date}} maj.\n');
    expect(document.text).toBe('Mindst 40 er dræbt den 3. maj.');
    expect(document.items.map((i) => document.text.slice(i.start, i.end))).toEqual(['Mindst 40', '3.']);
    expect(document.items[0].figure).toEqual({ kind: 'killed', min: 40, max: null, approximate: false, group: 'people', source: 'politiet' });
    expect(document.items[1]).toMatchObject({ figure: null, note: 'date' });
  });

  it('splits by a fixed hash of the document reference', () => {
    expect(splitOf('written/w01')).toBe(splitOf('written/w01'));
    const splits = loadWrittenGold().map((d) => d.split);
    expect(splits).toContain('dev');
    expect(splits).toContain('test');
  });

  it('joins Swedish tokens with undirected quote marks opening and closing by turns', () => {
    expect(joinSvSentence(['Han', 'sa', '”', 'nej', ',', 'aldrig', '”', 'och', 'gick', '.'])).toBe('Han sa ”nej, aldrig” och gick.');
  });

  it('keeps the Swedish train blocks and the DDT train blocks in dev, the Swedish test blocks in test', () => {
    expect(splitOf('ner-sv/train_corpus.txt#7')).toBe('dev');
    expect(splitOf('ner-da/da_ddt-ud-ner-train-10k.conll#7')).toBe('dev');
    for (const block of [0, 7, 100]) expect(splitOf(`ner-sv/test_corpus.txt#${block}`)).toBe('test');
  });

  const hasData = existsSync(join(defaultDataDir, 'norne/ndt')) && existsSync(join(defaultDataDir, 'ud/UD_Danish-DDT')) && existsSync(join(defaultDataDir, 'ner-da')) && existsSync(join(defaultDataDir, 'ner-sv'));
  it.skipIf(!hasData)('real gold spans still match the rebuilt treebank text (skips without ../shared/data)', () => {
    const documents = loadRealGold(defaultDataDir);
    expect(documents.flatMap((d) => d.items).length).toBeGreaterThan(150);
    // Swedish figures come from both files, each kept to its own split.
    const swedish = documents.filter((d) => d.lang === 'sv' && d.items.some((i) => i.figure));
    expect(swedish.every((d) => d.split === (d.doc.startsWith('ner-sv/test_corpus.txt#') ? 'test' : 'dev'))).toBe(true);
    expect(swedish.some((d) => d.split === 'test')).toBe(true);
  });

  it('has at least 200 figures in all', () => {
    const written = loadWrittenGold().flatMap((d) => d.items).filter((i) => i.figure).length;
    const stored = readFileSync(new URL('./gold/real.jsonl', import.meta.url), 'utf8').split('\n').filter((line) => line.trim() !== '');
    const real = stored.filter((line) => (JSON.parse(line) as GoldItem).figure !== null).length;
    expect(real + written).toBeGreaterThanOrEqual(200);
  });
});
