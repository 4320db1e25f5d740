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

describe('ReuseIndex window', () => {
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
