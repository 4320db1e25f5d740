import { describe, expect, it } from 'vitest';
import { neutralForm, ReuseIndex, reuseDefaults } from './index.js';

const wire = [
  'Flere hundre mennesker er evakuert fra hjemmene sine langs kysten i Vestland etter at stormen Helga slo inn over Vestlandet natt til mandag.',
  'Ifølge politiet er rundt 350 personer evakuert i Kinn, Bremanger og Stad på grunn av fare for jordskred, flom og stormflo.',
  'Meteorologisk institutt sendte søndag ut rødt farevarsel for store deler av kysten, og vindkastene nådde orkan styrke flere steder.',
].join('\n\n');
const swedish = [
  'Flera hundra människor har evakuerats från sina hem längs kusten i Vestland efter att stormen Helga drog in över västra Norge natten till måndagen.',
  'Enligt polisen har omkring 350 personer evakuerats i Kinn, Bremanger och Stad på grund av risk för jordskred, översvämning och stormflod.',
  'Meteorologisk institutt utfärdade på söndagen en röd varning för stora delar av kusten, och vindbyarna nådde orkanstyrka på flera platser.',
].join('\n\n');
const unrelated = 'Brøndby slog FC København 2-1 i søndagens derby. Kampen blev afgjort i overtiden, da angriberen scorede på et hovedstød efter et hjørnespark fra venstre side.';

describe('neutralForm', () => {
  it('folds Nordic spellings of one word together', () => {
    expect(neutralForm('hundre')).toBe(neutralForm('hundra'));
    expect(neutralForm('langs')).toBe(neutralForm('längs'));
    expect(neutralForm('mandag')).toBe(neutralForm('måndagen'));
    expect(neutralForm('1.347')).toBe('1347');
  });
});

describe('ReuseIndex', () => {
  it('finds a rewrite in the same language with its passages', () => {
    const index = new ReuseIndex();
    expect(index.add({ id: 'ntb', text: wire, lang: 'nb' })).toEqual([]);
    const rewrite = `${wire.split('\n\n').slice(0, 2).join('\n\n')}\n\nLokalt har brannvesenet hatt over femti oppdrag i løpet av natten.`;
    const [pair] = index.add({ id: 'local', text: rewrite, lang: 'nb' });
    expect(pair).toMatchObject({ a: 'ntb', b: 'local', crossLingual: false });
    expect(pair.share).toBeGreaterThan(0.7);
    for (const p of pair.passages) expect(wire.slice(p.aStart, p.aEnd).length).toBeGreaterThan(20);
  });

  it('finds a translation between Bokmål and Swedish, and nothing in an unrelated text', () => {
    const index = new ReuseIndex();
    index.add({ id: 'ntb', text: wire, lang: 'nb' });
    expect(index.add({ id: 'sport', text: unrelated, lang: 'da' })).toEqual([]);
    const [pair] = index.add({ id: 'tt', text: swedish, lang: 'sv' });
    expect(pair).toMatchObject({ a: 'ntb', b: 'tt', crossLingual: true });
    expect(pair.share).toBeGreaterThan(0.3);
  });

  it('marks exact duplicates', () => {
    const index = new ReuseIndex();
    index.add({ id: 'one', text: wire, lang: 'nb' });
    const [pair] = index.add({ id: 'two', text: wire.replace(/\n\n/g, '\n'), lang: 'nb' });
    expect(pair).toMatchObject({ exactDuplicate: true, share: 1 });
    expect(pair.jaccard).toBe(1);
  });
});

describe('ReuseIndex on long articles', () => {
  const filler = (seed: number, sentences: number): string =>
    Array.from({ length: sentences }, (_, k) => `Sak ${seed * 100 + k} handler om helt andre ting enn været, med ${k + seed} deltakere og ${seed}${k} kroner i budsjett.`).join(' ');

  it('reports a Danish translation of a two-sentence Norwegian paragraph inside a long article', () => {
    const index = new ReuseIndex();
    const source = `${filler(1, 12)}\n\nPolitiet i Vest opplyser at to hus i Kinn er skadet av et jordskred natt til tirsdag. Ingen personer ble skadd, og 12 000 kunder er uten strøm.\n\n${filler(2, 12)}`;
    index.add({ id: 'nrk', text: source, lang: 'nb' });
    const quote = 'Politiet i Vest oplyser, at to huse i Kinn er skadet af et jordskred natten til tirsdag. Ingen personer kom til skade, og 12.000 kunder er uden strøm.';
    const target = `${'Vejret i Norge har været voldsomt hele ugen, og de danske myndigheder følger situationen tæt. '.repeat(8)}\n\n${quote}\n\n${'Danske turister bør holde sig orienteret via ambassaden. '.repeat(8)}`;
    const [pair] = index.find({ id: 'dr', text: target, lang: 'da' });
    expect(pair).toMatchObject({ a: 'nrk', b: 'dr', crossLingual: true });
    expect(pair.share).toBeLessThan(0.5);
    const quoteStart = target.indexOf(quote);
    const covered = pair.passages.filter((p) => p.bStart >= quoteStart - 1 && p.bEnd <= quoteStart + quote.length + 1);
    expect(covered.length).toBeGreaterThan(0);
    expect(covered.reduce((sum, p) => sum + p.bEnd - p.bStart, 0)).toBeGreaterThan(quote.length / 2);
  });

  it('looks up without adding: find leaves the index as it was', () => {
    const index = new ReuseIndex();
    index.add({ id: 'ntb', text: wire, lang: 'nb' });
    expect(index.find({ id: 'copy', text: wire, lang: 'nb' })).toHaveLength(1);
    expect(index.liveArticles).toBe(1);
    expect(index.add({ id: 'copy2', text: wire, lang: 'nb' }).map((p) => p.a)).toEqual(['ntb']);
  });
});

describe('ReuseIndex window', () => {
  it('keeps finding live articles after the postings are rebuilt', () => {
    const index = new ReuseIndex({ ...reuseDefaults, windowArticles: 6 });
    for (let i = 0; i < 20; i++) index.add({ id: `other${i}`, text: `${unrelated} Kamp nummer ${i} endte ${i}-${i + 1} foran ${i * 100} tilskuere.`, lang: 'da' });
    index.add({ id: 'ntb', text: wire, lang: 'nb' });
    for (let i = 20; i < 24; i++) index.add({ id: `other${i}`, text: `${unrelated} Kamp nummer ${i}.`, lang: 'da' });
    expect(index.liveArticles).toBe(6);
    expect(index.add({ id: 'late', text: wire, lang: 'nb' }).map((p) => p.a)).toContain('ntb');
  });

  it('forgets articles older than the window', () => {
    const index = new ReuseIndex({ ...reuseDefaults, windowArticles: 4 });
    index.add({ id: 'ntb', text: wire, lang: 'nb' });
    for (let i = 0; i < 4; i++) index.add({ id: `other${i}`, text: `${unrelated} Kamp nummer ${i}.`, lang: 'da' });
    expect(index.add({ id: 'late', text: wire, lang: 'nb' }).map((p) => p.a)).not.toContain('ntb');
    const fresh = new ReuseIndex({ ...reuseDefaults, windowArticles: 4 });
    fresh.add({ id: 'ntb', text: wire, lang: 'nb' });
    expect(fresh.add({ id: 'late', text: wire, lang: 'nb' }).map((p) => p.a)).toContain('ntb');
  });
});
