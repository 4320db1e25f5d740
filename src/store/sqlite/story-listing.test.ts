import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../doc/model.js';
import { defaultPipeline } from '../../nlp/default-pipeline.js';
import { sqliteMigrations } from '../migrations/sqlite.js';
import { SqliteStore } from './sqlite-store.js';

const pipeline = defaultPipeline();

function article(id: string, title: string, text: string, lang: string, published: string | null, outlet = 'DR'): Article {
  const raw = { id, source: `${id}.txt`, outlet, title, published, lang, url: null, body: { kind: 'text' as const, text } };
  const analysed = pipeline.run(newArticle(raw, text));
  analysed.lang = lang;
  return analysed;
}

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'tidende-listing-')), 'test.db');

/** Five unrelated stories, one article each, a day apart. */
function fiveStories(store: SqliteStore): string[] {
  const topics = [
    ['Stormen Helga rammer Esbjerg', 'Stormen Helga har ramt Esbjerg hårdt. Tre er omkommet.', 'da', 'DR'],
    ['Brøndby vandt derbyet', 'Brøndby slog FC København 2-1 i søndagens derby.', 'da', 'TV2'],
    ['Fergen brant i Oslofjorden', 'En ferge brant natt til fredag i Oslofjorden, melder politiet.', 'nb', 'NRK'],
    ['Regeringen sänker skatten', 'Regeringen föreslår sänkt skatt på arbete i vårbudgeten.', 'sv', 'SVT'],
    ['Klimaaftalen er landet', 'Partierne blev enige om klimaaftalen i nat efter lange forhandlinger.', 'da', 'DR'],
  ] as const;
  return topics.map(([title, text, lang, outlet], i) => {
    const outcome = store.ingest(article(`a${i}`, title, text, lang, `2024-03-1${i}`, outlet));
    if (outcome.status !== 'stored') throw new Error('expected a new article');
    return outcome.story;
  });
}

describe('story listing', () => {
  it('lists stories by latest activity, filtered, one page at a time', () => {
    const store = new SqliteStore(dbPath());
    const stories = fiveStories(store);
    const newestFirst = [...stories].reverse();
    const all = store.listStories();
    expect(all.stories.map((s) => s.id)).toEqual(newestFirst);
    expect(all.next).toBeNull();
    expect(all.stories[0]).toMatchObject({ title: 'Klimaaftalen er landet', articleCount: 1, languages: ['da'], outlets: ['DR'], first: '2024-03-14T00:00:00.000Z' });

    const first = store.listStories({ limit: 2 });
    expect(first.stories.map((s) => s.id)).toEqual(newestFirst.slice(0, 2));
    const second = store.listStories({ limit: 2, cursor: first.next as string });
    expect(second.stories.map((s) => s.id)).toEqual(newestFirst.slice(2, 4));
    const third = store.listStories({ limit: 2, cursor: second.next as string });
    expect(third.stories.map((s) => s.id)).toEqual(newestFirst.slice(4));
    expect(third.next).toBeNull();

    expect(store.listStories({ lang: 'nb' }).stories.map((s) => s.id)).toEqual([stories[2]]);
    expect(store.listStories({ outlet: 'DR' }).stories.map((s) => s.id)).toEqual([stories[4], stories[0]]);
    expect(store.listStories({ since: '2024-03-13' }).stories.map((s) => s.id)).toEqual([stories[4], stories[3]]);
    expect(store.listStories({ until: '2024-03-11' }).stories.map((s) => s.id)).toEqual([stories[1], stories[0]]);
    expect(store.listStories({ q: 'klimaaftale' }).stories.map((s) => s.id)).toEqual([stories[4]]);
    expect(store.listStories({ q: '???' }).stories).toEqual([]);
    expect(store.listStories({ stories: [stories[1], 'nope'] }).stories.map((s) => s.id)).toEqual([stories[1]]);
    expect(() => store.listStories({ cursor: 'garbage' })).toThrow(/cursor/);
    expect(() => store.listStories({ since: 'yesterday' })).toThrow(/date/);
    store.close();
  });

  it('reports which stories changed since a position, and whether they are new', () => {
    const store = new SqliteStore(dbPath());
    const stories = fiveStories(store);
    const start = store.changesSince(0);
    expect(start.stories.map((s) => s.id)).toEqual(stories);
    expect(store.changesSince(start.position).stories).toEqual([]);
    // A near-copy of the first story's article: it joins that story whatever the clustering tweaks.
    const text = 'Stormen Helga har ramt Esbjerg hårdt. Tre er omkommet. Flere er savnet.';
    store.ingest(article('a9', 'Stormen Helga rammer Esbjerg igen', text, 'da', '2024-03-10T18:00'));
    expect(store.changesSince(start.position).stories).toEqual([{ id: stories[0], created: false }]);
    expect(store.storyListings([stories[0]])[0]).toMatchObject({ articleCount: 2, title: 'Stormen Helga rammer Esbjerg', last: '2024-03-10T18:00:00.000Z' });
    expect(store.article('a9')?.story).toBe(stories[0]);
    expect(store.article('missing')).toBeUndefined();
    store.close();
  });

  it('marks search matches as ranges into a plain excerpt', () => {
    const store = new SqliteStore(dbPath());
    fiveStories(store);
    const [hit] = store.search('klimaaftale');
    expect(hit.highlights.map((h) => hit.excerpt.slice(h.start, h.end))).toEqual(['klimaaftalen']);
    expect(store.search('klimaaftale', 20, 1)).toEqual([]);
    store.close();
  });

  it('fills the listing for a database written before the listing existed', () => {
    const path = dbPath();
    const store = new SqliteStore(path);
    const stories = fiveStories(store);
    const store0Figures = store.listStories().stories.find((s) => s.id === stories[0])?.keyFigures;
    expect(store0Figures).toEqual({ killed: 3 });
    store.close();
    const db = new Database(path);
    db.exec('DROP TABLE story_listing; DROP INDEX articles_lang_story; DROP INDEX articles_outlet_story; DELETE FROM schema_migrations WHERE version = 3');
    db.close();
    expect(sqliteMigrations.some((m) => m.version === 3)).toBe(true);
    const reopened = new SqliteStore(path);
    expect(reopened.listStories().stories.find((s) => s.id === stories[0])?.keyFigures).toEqual(store0Figures);
    expect(reopened.listStories().stories.map((s) => [s.id, s.title, s.languages])).toEqual(
      [...stories].reverse().map((id, i) => [id, expect.any(String), [['da', 'sv', 'nb', 'da', 'da'][i]]]),
    );
    reopened.close();
  });
});
