import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryDormantStories, publicationOrder, StoryIndex, storyDefaults, type DormantStories, type StoryOptions, type StoryState } from '../../corpus/stories/index.js';
import { newArticle, type Article } from '../../doc/model.js';
import { sqliteMigrations } from '../migrations/sqlite.js';
import { SqliteDormantStories } from './dormant-stories.js';
import { SqliteStore } from './sqlite-store.js';

const article = (id: string, lang: string, published: string, text: string, title: string | null = null): Article => ({
  ...newArticle({ id, source: `${id}.txt`, outlet: null, title, published, lang, url: null, body: { kind: 'text', text } }, text),
  lang,
});

/** A short window and a floor under the time factor, so that stories sleep and can wake. */
const windowed: StoryOptions = { ...storyDefaults, dormantAfterDays: 2, decayFloor: 0.3 };

const frida = article('ntb', 'nb', '2025-01-13T06:00:00Z', 'Over 400 personer er evakuert i Sunnfjord og Kinn etter at stormen Frida traff Vestlandet. Innsatsleder Kari Sætre i Vest politidistrikt ber folk holde seg inne. Rundt 12 000 kunder er uten strøm.');
const fridaLate = article('late', 'nb', '2025-02-21T00:00:00Z', 'Stormen Frida: de over 400 evakuerte i Sunnfjord og Kinn har fått erstatning. Kari Sætre i Vest politidistrikt sier 12 000 kunder fikk strømmen tilbake.');

// Made-up words that differ in their first four letters (all the neutral form keeps).
const consonants = 'bdfglmnrsv';
const tag = (i: number): string => `${consonants[i % 10]}${'aio'[Math.floor(i / 100) % 3]}${consonants[Math.floor(i / 10) % 10]}e`;
const capital = (word: string): string => word[0].toUpperCase() + word.slice(1);

/** One article every 12 hours, on 40 recurring topics: each topic comes back every 20 days, long
 * after its story went dormant, with the same names and places and a new figure. */
function recurring(count: number): Article[] {
  const start = Date.parse('2025-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, k) => {
    const topic = k % 40;
    const t = tag(topic);
    const other = tag(topic + 50);
    const published = new Date(start + k * 43_200_000).toISOString();
    return article(`r${k}`, 'nb', published, `${capital(t)}navn ${capital(other)}sen møtte ${capital(t)}stad kommune om ${t}saken. ${capital(t)}navn sier ${t}ordningen koster ${1000 + k} kroner, og ${other}prisen stiger.`);
  });
}

function fillers(from: number, count: number, published: string): Article[] {
  return Array.from({ length: count }, (_, i) => article(`filler${from + i}`, 'nb', published, `Kommunestyret i Fjordvik ${from + i} behandlet budsjettet for skole nummer ${1000 + from + i} torsdag.`));
}

/** Each article's story from an index fed one article at a time, merges applied as the store does. */
function referenceStories(articles: readonly Article[], dormant: DormantStories): Map<string, string> {
  const index = new StoryIndex(undefined, windowed, dormant);
  const storyOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const a of articles) {
    const id = index.assign(a).id;
    storyOf.set(a.id, id);
    members.set(id, [...(members.get(id) ?? []), a.id]);
    for (const { from, into } of index.drainMerges()) {
      for (const moved of members.get(from) ?? []) storyOf.set(moved, into);
      members.set(into, [...(members.get(into) ?? []), ...(members.get(from) ?? [])]);
      members.delete(from);
    }
  }
  return storyOf;
}

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});
const dbPath = (): string => join((dir = mkdtempSync(join(tmpdir(), 'tidende-dormant-'))), 'store.db');

describe('SqliteDormantStories', () => {
  const migrated = (): Database.Database => {
    const db = new Database(':memory:');
    for (const migration of sqliteMigrations) db.exec(migration.sql);
    return db;
  };
  const story = (id: string, centroid: Record<string, number>): StoryState => ({ id, centroid, articles: [`${id}-a`], lastTime: 1_700_000_000_000 });

  it('keeps a dormant story as postings, finds it by shared terms and forgets it when it wakes', () => {
    const db = migrated();
    const dormant = new SqliteDormantStories(db);
    dormant.put(story('s1', { storm: 2, '@frida': 1.5, '#400': 1 }));
    dormant.put(story('s2', { storm: 1, '@olga': 3 }));
    expect(db.prepare('SELECT term, story, weight FROM dormant_story_terms WHERE story = ? ORDER BY term').all('s1')).toEqual([
      { term: '#400', story: 's1', weight: 1 },
      { term: '@frida', story: 's1', weight: 1.5 },
      { term: 'storm', story: 's1', weight: 2 },
    ]);
    expect(dormant.size).toBe(2);
    // Scores are the query's weights: s1 shares storm + @frida (3), s2 storm only (1).
    expect(dormant.find([['storm', 1], ['@frida', 2]], 5, 100).map((s) => s.id)).toEqual(['s1', 's2']);
    expect(dormant.find([['@olga', 1]], 5, 100)[0]).toEqual(story('s2', { storm: 1, '@olga': 3 }));
    // Ties go to the older story; `limit` cuts the list; a term in too many stories is skipped.
    expect(dormant.find([['storm', 1]], 1, 100).map((s) => s.id)).toEqual(['s1']);
    expect(dormant.find([['storm', 5], ['@olga', 1]], 5, 1).map((s) => s.id)).toEqual(['s2']);

    dormant.remove('s1');
    expect(dormant.size).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM dormant_story_terms WHERE story = ?').get('s1')).toEqual({ n: 0 });
    expect(dormant.find([['@frida', 1]], 5, 100)).toEqual([]);
    expect(db.prepare('SELECT dormant FROM stories WHERE id = ?').get('s1')).toEqual({ dormant: 0 });
  });

  it('ranks as the in-memory reference does', () => {
    const memory = new MemoryDormantStories();
    const sqlite = new SqliteDormantStories(migrated());
    const stories = Array.from({ length: 30 }, (_, i) => story(`s${i + 1}`, Object.fromEntries([`t${i % 3}`, `u${i % 7}`, `v${i % 11}`, `w${i}`].map((t, k) => [t, k + 1]))));
    for (const s of stories) {
      memory.put(structuredClone(s));
      sqlite.put(s);
    }
    const query = [['t1', 3], ['u2', 2], ['v5', 1.5], ['w7', 1], ['t2', 0.5]] as const;
    const same = (): void => {
      for (const maxPostings of [100, 5, 3]) expect(sqlite.find(query, 6, maxPostings)).toEqual(memory.find(query, 6, maxPostings));
    };
    same();
    // Stories waking and new ones sleeping change which postings are short enough to read.
    for (const id of ['s2', 's5', 's8', 's11', 's14', 's17', 's3', 's9']) {
      memory.remove(id);
      sqlite.remove(id);
    }
    same();
    for (const s of [story('s31', { t1: 1, u2: 1 }), story('s32', { t2: 2, v5: 1 })]) {
      memory.put(structuredClone(s));
      sqlite.put(s);
    }
    same();
    sqlite.reset();
    same();
  });

  it('stops filing a term once it is in more dormant stories than the cap, as the reference does', () => {
    const db = migrated();
    const sqlite = new SqliteDormantStories(db, 3);
    const memory = new MemoryDormantStories(3);
    // "storm" is in every story, "@frida" in two, each story's own tag in one.
    const stories = Array.from({ length: 5 }, (_, i) => story(`s${i + 1}`, { storm: 1, [`w${i}`]: 2, ...(i < 2 ? { '@frida': 3 } : {}) }));
    for (const s of stories) {
      memory.put(structuredClone(s));
      sqlite.put(s);
    }
    const postings = (term: string): number => (db.prepare('SELECT count(*) AS n FROM dormant_story_terms WHERE term = ?').get(term) as { n: number }).n;
    expect(postings('storm')).toBe(0);
    expect(db.prepare('SELECT term FROM dormant_saturated_terms').pluck().all()).toEqual(['storm']);
    expect(postings('@frida')).toBe(2);
    const query = [['storm', 5], ['@frida', 1], ['w4', 0.5]] as const;
    expect(sqlite.find(query, 5, 3).map((s) => s.id)).toEqual(['s1', 's2', 's5']);
    expect(sqlite.find(query, 5, 3)).toEqual(memory.find(query, 5, 3));
    // Waking stories brings "storm" under the cap again, but it stays unfiled, in both.
    for (const id of ['s1', 's2', 's3']) {
      memory.remove(id);
      sqlite.remove(id);
    }
    sqlite.reset();
    expect(sqlite.find(query, 5, 3)).toEqual(memory.find(query, 5, 3));
    expect(sqlite.find([['storm', 1]], 5, 3)).toEqual([]);
    // A lookup may not ask for longer postings than were kept.
    expect(() => sqlite.find(query, 5, 4)).toThrow(/posting cap/);
  });

  it('saturates a term found over the cap in a store written before saturation existed', () => {
    const db = migrated();
    const insert = db.prepare('INSERT INTO dormant_story_terms (term, story, weight) VALUES (?, ?, 1)');
    for (let i = 1; i <= 4; i++) {
      db.prepare('INSERT INTO stories (id, centroid, articles, last_time, dormant) VALUES (?, ?, ?, NULL, 1)').run(`s${i}`, JSON.stringify({ storm: 1 }), '[]');
      insert.run('storm', `s${i}`);
    }
    const sqlite = new SqliteDormantStories(db, 3);
    expect(sqlite.find([['storm', 1]], 5, 3)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM dormant_story_terms').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT term FROM dormant_saturated_terms').pluck().all()).toEqual(['storm']);
  });

  it('knows the span of its stories\' times, also after a reset, and reads only the stories wanted', () => {
    const memory = new MemoryDormantStories();
    const sqlite = new SqliteDormantStories(migrated());
    expect(sqlite.span()).toEqual({ earliest: null, latest: null, undated: false });
    const dated = (id: string, lastTime: number | null): StoryState => ({ ...story(id, { storm: 1, [`w${id}`]: 2 }), lastTime });
    for (const s of [dated('s1', 3_000), dated('s2', 1_000), dated('s3', null), dated('s4', 2_000)]) {
      memory.put(structuredClone(s));
      sqlite.put(s);
    }
    expect(sqlite.span()).toEqual({ earliest: 1_000, latest: 3_000, undated: true });
    expect(memory.span()).toEqual(sqlite.span());
    // The undated story wakes: none is left; the bounds may stay wider than the stories left.
    sqlite.remove('s3');
    memory.remove('s3');
    expect(sqlite.span()).toMatchObject({ undated: false });
    expect(memory.span()).toEqual(sqlite.span());
    sqlite.remove('s1');
    sqlite.reset();
    expect(sqlite.span()).toEqual({ earliest: 1_000, latest: 2_000, undated: false });
    // `limit` applies before `wanted`: the stories it turns away are not replaced by lower ones.
    const recent = (lastTime: number | null): boolean => lastTime !== null && lastTime >= 2_000;
    expect(sqlite.find([['storm', 1]], 2, 100).map((s) => s.id)).toEqual(['s2', 's4']);
    expect(sqlite.find([['storm', 1]], 1, 100, recent).map((s) => s.id)).toEqual([]);
    expect(sqlite.find([['storm', 1]], 2, 100, recent).map((s) => s.id)).toEqual(['s4']);
  });
});

describe('SQLite store with dormant stories', () => {
  it('lets a quiet story go dormant and wakes it for a later article, also after a reopen', () => {
    const path = dbPath();
    const store = new SqliteStore(path, { stories: windowed });
    const first = store.ingest(structuredClone(frida));
    if (first.status !== 'stored') throw new Error('expected a new article');
    // Fillers weeks later push the clock on; the index sweeps every 256 articles.
    for (const filler of fillers(0, 256, '2025-02-20T00:00:00Z')) store.ingest(filler);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT dormant FROM stories WHERE id = ?').get(first.story)).toEqual({ dormant: 1 });
    expect((db.prepare('SELECT count(*) AS n FROM dormant_story_terms WHERE story = ?').get(first.story) as { n: number }).n).toBeGreaterThan(0);
    store.close();

    // Reopened, the dormant story is not loaded into the active window, yet an article about it wakes it.
    const reopened = new SqliteStore(path, { stories: windowed });
    const late = reopened.ingest(structuredClone(fridaLate));
    expect(late).toMatchObject({ status: 'stored', story: first.story });
    expect(db.prepare('SELECT dormant, articles FROM stories WHERE id = ?').get(first.story)).toEqual({ dormant: 0, articles: JSON.stringify(['ntb', 'late']) });
    expect(db.prepare('SELECT count(*) AS n FROM dormant_story_terms WHERE story = ?').get(first.story)).toEqual({ n: 0 });
    db.close();
    reopened.close();
  });

  it('assigns the same stories as the in-memory index with MemoryDormantStories on a dated corpus', () => {
    const gold = readFileSync(new URL('../../corpus/stories/gold/written.jsonl', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; lang: string; published: string; title: string; text: string })
      .map((g) => article(g.id, g.lang, g.published, g.text, g.title));
    const corpus = publicationOrder([...gold, ...recurring(640)]);

    // The reference counts its wakes, so the test cannot pass without stories sleeping and waking.
    const memory = new MemoryDormantStories();
    let wakes = 0;
    const counting: DormantStories = {
      put: (s) => memory.put(s),
      find: (terms, limit, maxPostings) => memory.find(terms, limit, maxPostings),
      remove: (id) => {
        wakes++;
        memory.remove(id);
      },
    };
    const expected = referenceStories(corpus, counting);
    expect(memory.size).toBeGreaterThan(10);
    expect(wakes).toBeGreaterThan(10);

    const store = new SqliteStore(dbPath(), { stories: windowed });
    for (const a of corpus) store.ingest(structuredClone(a));
    const stored = new Map(corpus.map((a) => [a.id, store.article(a.id)?.story]));
    expect(stored).toEqual(expected);
    expect(store.count().stories).toBe(new Set(expected.values()).size);
    store.close();
  });
});
