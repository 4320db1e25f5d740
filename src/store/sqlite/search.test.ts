import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newArticle } from '../../doc/model.js';
import { stemsInAnyLanguage } from '../../nlp/terms/index.js';
import { snippetOf } from './read-queries.js';
import { SqliteStore } from './sqlite-store.js';

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'tidende-search-')), 'test.db');

function storeWith(count: number): SqliteStore {
  const store = new SqliteStore(dbPath());
  for (let i = 0; i < count; i++) {
    // Articles differ in how often they name the fire, so bm25 orders them.
    const text = `${'Brannen i Bergen spredte seg. '.repeat(1 + (i % 5))}Kommunen ${i} følger situasjonen. Naboene ble evakuert i natt.`;
    const article = newArticle({ id: `nb${i}`, source: `nb${i}.txt`, outlet: 'NRK', title: `Melding ${i}`, published: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`, lang: 'nb', url: null, body: { kind: 'text', text } }, text);
    store.ingest(article);
  }
  return store;
}

describe('search', () => {
  it('ranks inside the full-text index and pages without overlap', () => {
    const store = storeWith(30);
    const all = store.search('brann', 20);
    expect(all).toHaveLength(20);
    for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score);
    const pages = [...store.search('brann', 7, 0), ...store.search('brann', 7, 7), ...store.search('brann', 6, 14)];
    expect(pages.map((h) => h.id)).toEqual(all.map((h) => h.id));
    // The most repeated mentions rank first.
    expect(Number(all[0].id.slice(2)) % 5).toBe(4);
    expect(store.search('brann', 10, 30)).toEqual([]);
    store.close();
  });

  it('ranks only the newest matches of a very common word', () => {
    const store = storeWith(30);
    const path = store.database().name;
    const ranked = store.search('brann', 30).map((h) => h.id);
    store.close();
    const windowed = new SqliteStore(path, { rankWithin: 10 });
    const hits = windowed.search('brann', 30).map((h) => h.id);
    windowed.close();
    // The ten stored last, in the order full ranking gives them.
    const newest = new Set(Array.from({ length: 10 }, (_, i) => `nb${29 - i}`));
    expect(hits).toEqual(ranked.filter((id) => newest.has(id)));
  });

  it('keeps a ranking for the next page only until the store changes, by this or another connection', () => {
    const store = storeWith(12);
    const path = store.database().name;
    const first = store.search('brann', 5);
    expect([...first, ...store.search('brann', 7, 5)]).toEqual(store.search('brann', 12));
    const fire = (id: string, published: string) => {
      const text = `${'Brannen i Bergen spredte seg. '.repeat(8)}Alle ble evakuert.`;
      return newArticle({ id, source: `${id}.txt`, outlet: 'NRK', title: `Storbrann ${id}`, published, lang: 'nb', url: null, body: { kind: 'text', text } }, text);
    };
    // Written on the store's own connection: the most repeated mentions rank first at once.
    store.ingest(fire('own', '2024-06-01'));
    expect(store.search('brann', 5)[0].id).toBe('own');
    // Written by another process's connection: seen by the next search here.
    const other = new SqliteStore(path);
    other.ingest(fire('other', '2024-06-02'));
    other.close();
    expect(store.search('brann', 2).map((h) => h.id).sort()).toEqual(['other', 'own']);
    expect(store.search('brann', 20)).toHaveLength(14);
    store.close();
  });

  it('filters the story list by text, collecting or walking stories the same way', () => {
    const path = dbPath();
    const store = new SqliteStore(path);
    const texts = ['Stormen Helga rammer Esbjerg i nat.', 'Brøndby vandt derbyet mod FC København.', 'Stormen flyttede sig mod Sverige.', 'Regeringen sænker skatten.'];
    texts.forEach((text, i) => store.ingest(newArticle({ id: `da${i}`, source: `da${i}.txt`, outlet: 'DR', title: null, published: `2024-03-1${i}`, lang: 'da', url: null, body: { kind: 'text', text } }, text)));
    const collected = store.listStories({ q: 'storm' }).stories.map((s) => s.id);
    store.close();
    const walking = new SqliteStore(path, { collectUpTo: 0 });
    const probed = walking.listStories({ q: 'storm', limit: 1 });
    expect([...probed.stories, ...walking.listStories({ q: 'storm', cursor: probed.next as string }).stories].map((s) => s.id)).toEqual(collected);
    expect(collected.length).toBeGreaterThanOrEqual(1);
    expect(walking.listStories({ q: 'derbyet' }).stories.map((s) => s.id)).not.toEqual(expect.arrayContaining(collected));
    walking.close();
  });

  it('marks inflected forms in the window around the first match, and only there', () => {
    const stems = new Set(stemsInAnyLanguage('evakuere'));
    const text = `${'Ord uten treff her. '.repeat(10)}Naboene ble evakuert i natt, og flere evakuerte sov på skolen. ${'Fyll. '.repeat(40)}Også senere evakuering.`;
    const { excerpt, highlights, snippet } = snippetOf(text, 'nb', stems);
    expect(highlights.map((h) => excerpt.slice(h.start, h.end))).toEqual(['evakuert', 'evakuerte']);
    expect(snippet).toContain('«evakuert»');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).not.toContain('evakuering');
    const none = snippetOf('Ingen treff i denne teksten.', 'nb', stems);
    expect([none.excerpt, none.highlights]).toEqual(['Ingen treff i denne teksten.', []]);
  });
});
