import { describe, expect, it } from 'vitest';
import { clusterArticles, MemoryDormantStories, StoryIndex, storyDefaults, termCounts, type StoryArticle } from './index.js';

const storm = (id: string, lang: string, published: string, text: string): StoryArticle => ({ id, lang, published, title: null, text });

const nb = storm('ntb', 'nb', '2025-01-13T06:00:00Z', 'Over 400 personer er evakuert i Sunnfjord og Kinn etter at stormen Frida traff Vestlandet. Innsatsleder Kari Sætre i Vest politidistrikt ber folk holde seg inne. Rundt 12 000 kunder er uten strøm.');
const sv = storm('tt', 'sv', '2025-01-13T09:00:00Z', 'Över 400 personer har evakuerats i Sunnfjord och Kinn sedan stormen Frida drog in över Norge. Insatsledaren Kari Sætre vid polisen i Vest ber folk stanna inne. Omkring 12 000 kunder saknar ström.');
const da = storm('ritzau', 'da', '2025-01-13T11:00:00Z', 'Over 400 personer er evakueret i Sunnfjord og Kinn, efter at stormen Frida ramte Norge. Indsatsleder Kari Sætre fra politiet i Vest beder folk blive inde. Omkring 12 000 kunder er uden strøm.');
const otherStorm = storm('olga', 'da', '2025-01-14T07:00:00Z', 'Stormen Olga har lukket Storebæltsbroen for let trafik, og færger mellem Jylland og Sjælland er aflyst. Vagtchef Lars Bonde fra Sydøstjyllands Politi beder folk blive hjemme. DMI varsler vindstød af orkanstyrke i Esbjerg.');

describe('termCounts', () => {
  it('keeps names and figures as language-neutral anchors', () => {
    const a = termCounts(nb);
    const b = termCounts(sv);
    expect(a.has('#12000') && b.has('#12000')).toBe(true);
    const names = [...a.keys()].filter((t) => t.startsWith('@') && b.has(t));
    expect(names.length).toBeGreaterThanOrEqual(2);
  });

  it('gives a name the same anchor whether the NER found it or it was guessed from capitals', () => {
    const start = nb.text.indexOf('Kari Sætre');
    const withNer = termCounts({ ...nb, mentions: [{ text: 'Kari Sætre', type: 'PER', entity: 'e17', start, end: start + 'Kari Sætre'.length }] });
    const guessed = termCounts(nb);
    expect(withNer.get('@kari saetre')).toBeGreaterThan(0);
    expect(guessed.get('@kari saetre')).toBe(withNer.get('@kari saetre'));
  });

  it('folds countries to one code across languages and genitives to the name', () => {
    const anchorsOf = (text: string, lang: string): string[] => [...termCounts(storm('x', lang, null as unknown as string, text)).keys()].filter((t) => t.startsWith('@'));
    expect(anchorsOf('Stormen traff Norge og Helgas vind', 'nb')).toEqual(expect.arrayContaining(['@geo:NO', '@helga']));
    expect(anchorsOf('Stormen råka Noreg i natt', 'nn')).toContain('@geo:NO');
    expect(anchorsOf('The storm hit Norway and Helga', 'en')).toEqual(expect.arrayContaining(['@geo:NO', '@helga']));
  });
});

describe('StoryIndex', () => {
  it('joins one event across Bokmål, Swedish and Danish and keeps another storm apart', () => {
    const storyOf = clusterArticles([nb, sv, da, otherStorm]);
    expect(storyOf.get('tt')).toBe(storyOf.get('ntb'));
    expect(storyOf.get('ritzau')).toBe(storyOf.get('ntb'));
    expect(storyOf.get('olga')).not.toBe(storyOf.get('ntb'));
  });

  it('sends quiet stories to the dormant hook and wakes them for a late article', () => {
    const dormant = new MemoryDormantStories();
    const index = new StoryIndex(undefined, { ...storyDefaults, dormantAfterDays: 2, decayFloor: 0.3 }, dormant);
    const first = index.assign(nb).id;
    index.assign(otherStorm);
    // Fillers far later push the clock on; the sweep runs every 256 articles.
    for (let i = 0; i < 256; i++) index.assign(storm(`filler${i}`, 'nb', '2025-02-20T00:00:00Z', `Kommunestyret i Fjordvik ${i} behandlet budsjettet for skole nummer ${1000 + i} torsdag.`));
    expect(index.story(first)).toBeUndefined();
    expect(dormant.size).toBeGreaterThan(0);
    const late = index.assign(storm('late', 'nb', '2025-02-21T00:00:00Z', 'Stormen Frida: de over 400 evakuerte i Sunnfjord og Kinn har fått erstatning. Kari Sætre i Vest politidistrikt sier 12 000 kunder fikk strømmen tilbake.'));
    expect(late.id).toBe(first);
    expect(index.story(first)).toBeDefined();
  });

  it('asks the dormant hook only when a dormant story is close enough in time to matter', () => {
    const memory = new MemoryDormantStories();
    let finds = 0;
    const counting = {
      put: memory.put.bind(memory),
      remove: memory.remove.bind(memory),
      span: memory.span.bind(memory),
      find: (...args: Parameters<MemoryDormantStories['find']>) => {
        finds++;
        return memory.find(...args);
      },
    };
    // No floor under the time factor: a story weeks old cannot draw an article of today.
    const index = new StoryIndex(undefined, { ...storyDefaults, dormantAfterDays: 2 }, counting);
    const first = index.assign(nb).id;
    for (let i = 0; i < 256; i++) index.assign(storm(`filler${i}`, 'nb', '2025-02-20T00:00:00Z', `Kommunestyret i Fjordvik ${i} behandlet budsjettet for skole nummer ${1000 + i} torsdag.`));
    expect(index.story(first)).toBeUndefined();
    const before = finds;
    const today = index.assign(storm('today', 'nb', '2025-02-21T00:00:00Z', sv.text));
    expect(finds).toBe(before);
    expect(today.id).not.toBe(first);
    // An article published back then (arriving late) is close to it: the hook is asked, the story wakes.
    const backThen = index.assign(storm('back', 'sv', '2025-01-13T12:00:00Z', sv.text));
    expect(finds).toBe(before + 1);
    expect(backThen.id).toBe(first);
  });

  it('finds candidates through postings, not by comparing every story', () => {
    const index = new StoryIndex();
    // Made-up words that differ in their first four letters (all the neutral form keeps) and that
    // no spelling fold (doubled letters, j/i, p/b) brings together.
    const consonants = 'bdfglmnrsv';
    const tag = (i: number): string => `${consonants[i % 10]}${'aio'[Math.floor(i / 100)]}${consonants[Math.floor(i / 10) % 10]}e`;
    for (let i = 0; i < 300; i++) index.assign(storm(`a${i}`, 'nb', '2025-03-01T00:00:00Z', `${tag(i)}ord møtte ${tag(i).toUpperCase()}navn i ${tag(i)}sted om ${tag(i)}saken ${10_000 + i}.`));
    index.assign(nb);
    expect(index.activeStories).toBeGreaterThan(250);
    expect(index.lastCandidates).toBeLessThan(20);
  });

  it('merges stories that converge and reports the merge', () => {
    // With joins made impossible, only the merge step can bring the three reports together.
    const storyOf = clusterArticles([nb, sv, da, otherStorm], { ...storyDefaults, joinThreshold: 1.01, mergeThreshold: 0.2, mergeEvery: 2 });
    expect(storyOf.get('tt')).toBe(storyOf.get('ntb'));
    expect(storyOf.get('olga')).not.toBe(storyOf.get('ntb'));
  });

  it('exports its state and continues from it', () => {
    const index = new StoryIndex();
    const id = index.assign(nb).id;
    const state = JSON.parse(JSON.stringify(index.exportState()));
    expect(state.documents).toBe(1);
    const resumed = new StoryIndex(state);
    expect(resumed.assign(sv).id).toBe(id);
  });
});
