// The SQLite store must apply the clusterer's merge steps as the in-memory index does: articles of
// the merged story relabelled, its row and listing gone, so a store and a batch run agree.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clusterArticles, storyDefaults, type StoryOptions } from '../src/corpus/stories/index.js';
import { newArticle, type Article } from '../src/doc/model.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const article = (id: string, lang: string, published: string, text: string): Article => ({
  ...newArticle({ id, source: `${id}.txt`, outlet: null, title: null, published, lang, url: null, body: { kind: 'text', text } }, text),
  lang,
});

const frida = [
  article('ntb', 'nb', '2025-01-13T06:00:00Z', 'Over 400 personer er evakuert i Sunnfjord og Kinn etter at stormen Frida traff Vestlandet. Innsatsleder Kari Sætre i Vest politidistrikt ber folk holde seg inne. Rundt 12 000 kunder er uten strøm.'),
  article('tt', 'sv', '2025-01-13T09:00:00Z', 'Över 400 personer har evakuerats i Sunnfjord och Kinn sedan stormen Frida drog in över Norge. Insatsledaren Kari Sætre vid polisen i Vest ber folk stanna inne. Omkring 12 000 kunder saknar ström.'),
  article('ritzau', 'da', '2025-01-13T11:00:00Z', 'Over 400 personer er evakueret i Sunnfjord og Kinn, efter at stormen Frida ramte Norge. Indsatsleder Kari Sætre fra politiet i Vest beder folk blive inde. Omkring 12 000 kunder er uden strøm.'),
];
const olga = article('olga', 'da', '2025-01-14T07:00:00Z', 'Stormen Olga har lukket Storebæltsbroen for let trafik, og færger mellem Jylland og Sjælland er aflyst. Vagtchef Lars Bonde fra Sydøstjyllands Politi beder folk blive hjemme. DMI varsler vindstød af orkanstyrke i Esbjerg.');
// Joins made impossible: only the merge step (every second article) can bring the reports together.
const mergeOnly: StoryOptions = { ...storyDefaults, joinThreshold: 9, mergeThreshold: 0.2, mergeEvery: 2 };

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('SQLite store and story merges', () => {
  it('relabels merged stories in the store as the batch clusterer does, across a reopen', () => {
    dir = mkdtempSync(join(tmpdir(), 'tidende-stories-'));
    const path = join(dir, 'store.db');
    const store = new SqliteStore(path, { stories: mergeOnly });
    for (const a of [...frida, olga]) store.ingest(structuredClone(a));
    const storyOf = (s: SqliteStore, id: string): string | undefined => s.article(id)?.story;

    const batch = clusterArticles([...frida, olga], mergeOnly);
    expect(batch.get('tt')).toBe(batch.get('ntb'));
    expect(storyOf(store, 'tt')).toBe(storyOf(store, 'ntb'));
    expect(storyOf(store, 'ritzau')).toBe(storyOf(store, 'ntb'));
    expect(storyOf(store, 'olga')).not.toBe(storyOf(store, 'ntb'));
    expect(store.count().stories).toBe(new Set(batch.values()).size);
    const listed = store.listStories({ limit: 10 }).stories;
    expect(listed.map((s) => s.articleCount).sort()).toEqual([1, 3]);
    expect(listed.find((s) => s.articleCount === 3)?.languages).toEqual(['da', 'nb', 'sv']);
    store.close();

    // Reopened, no merged-away story comes back: every article is in exactly one story row.
    const reopened = new SqliteStore(path, { stories: mergeOnly });
    expect(reopened.count().stories).toBe(2);
    reopened.ingest(article('late', 'nb', '2025-01-13T12:00:00Z', 'Stormen Frida: over 400 evakuert i Sunnfjord og Kinn, sier Kari Sætre i Vest politidistrikt. 12 000 kunder er uten strøm.'));
    expect(new Set(['ntb', 'tt', 'ritzau', 'olga'].map((id) => storyOf(reopened, id))).size).toBe(2);
    reopened.close();
  });
});
