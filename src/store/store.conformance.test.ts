// One suite, every store: the SQLite store (through the async adapter) and the PostgreSQL store
// (each test in a database of its own, dropped afterwards) must behave the same.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../doc/model.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { asyncStoreOf, type AsyncStore } from './async-store.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { createTestDatabase, postgresAnswers, testServerUrl } from './postgres/test-database.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

const pipeline = defaultPipeline();

function article(id: string, title: string, text: string, lang = 'da', published: string | null = '2024-03-12T08:00:00Z'): Article {
  const raw = { id, source: `${id}.txt`, outlet: 'DR', title, published, lang, url: `https://example.org/${id}`, body: { kind: 'text' as const, text } };
  const analysed = pipeline.run(newArticle(raw, text));
  analysed.lang = lang;
  return analysed;
}

interface Backend {
  name: string;
  available: boolean;
  skipReason: string;
  /** A fresh, empty store, and how to dispose of it. */
  open(): Promise<{ store: AsyncStore; dispose(): Promise<void> }>;
}

const postgresUp = await postgresAnswers();

const backends: Backend[] = [
  {
    name: 'SqliteStore (async adapter)',
    available: true,
    skipReason: '',
    async open() {
      const store = asyncStoreOf(new SqliteStore(join(mkdtempSync(join(tmpdir(), 'tidende-conformance-')), 'test.db')));
      return { store, dispose: async () => undefined };
    },
  },
  {
    name: 'PostgresStore',
    available: postgresUp,
    skipReason: `skipped: no PostgreSQL server answers at ${testServerUrl.replace(/\/[^/]*$/, '')} (start one, or set TIDENDE_TEST_POSTGRES)`,
    async open() {
      const database = await createTestDatabase();
      const store = await PostgresStore.open(database.url);
      return {
        store,
        async dispose() {
          await store.close().catch(() => undefined);
          await database.drop();
        },
      };
    },
  },
];

/** Runs `body` against a fresh store of the backend and always disposes of it. */
async function withStore(backend: Backend, body: (store: AsyncStore) => Promise<void>): Promise<void> {
  const { store, dispose } = await backend.open();
  try {
    await body(store);
  } finally {
    await dispose();
  }
}

for (const backend of backends) {
  describe.skipIf(!backend.available)(`${backend.name}${backend.available ? '' : ` (${backend.skipReason})`}`, () => {
    it('stores an article once, whatever its id or whitespace, and renames a different article with a taken id', () =>
      withStore(backend, async (store) => {
        const a = article('a1', 'Klimaaftalen er landet', 'Partierne blev enige om klimaaftalen i nat.');
        expect(await store.ingest(a)).toMatchObject({ status: 'stored', id: 'a1' });
        expect(await store.ingest(a)).toMatchObject({ status: 'duplicate', existingId: 'a1' });
        expect(await store.ingest({ ...a, id: 'other-id', text: `  ${a.text.toUpperCase()}\n` })).toMatchObject({ status: 'duplicate', existingId: 'a1' });
        expect(await store.ingest(article('a1', 'Noget andet', 'En helt anden tekst om fiskeri.'))).toMatchObject({ status: 'stored', id: 'a1~2' });
        expect(await store.count()).toMatchObject({ articles: 2 });
      }));

    it('finds inflected forms by stemming in the article language: Danish, Norwegian, Swedish', () =>
      withStore(backend, async (store) => {
        await store.ingest(article('da1', 'Aftale i nat', 'Regeringen præsenterede en ny klimaaftale for pressen.'));
        await store.ingest(article('nb1', 'Avtale', 'Stortinget la fram klimaavtalene i dag.', 'nb'));
        await store.ingest(article('sv1', 'Färjan', 'Färjorna ligger kvar i hamnarna.', 'sv'));
        await store.ingest(article('en1', 'Ferries', 'The ferries stayed in the harbours all day.', 'en'));
        expect((await store.search('klimaaftalen')).map((h) => h.id)).toEqual(['da1']);
        expect((await store.search('klimaavtale')).map((h) => h.id)).toEqual(['nb1']);
        expect((await store.search('hamnen')).map((h) => h.id)).toEqual(['sv1']);
        expect((await store.search('harbour')).map((h) => h.id)).toEqual(['en1']);
        const [hit] = await store.search('klimaaftalen');
        expect(hit).toMatchObject({ id: 'da1', title: 'Aftale i nat', outlet: 'DR', lang: 'da', published: '2024-03-12T08:00:00Z' });
        expect(hit.snippet).toContain('«klimaaftale»');
        expect(hit.story).toMatch(/^s\d+$/);
        expect(hit.score).toBeGreaterThan(0);
        expect(await store.search('ordet findes ikke nogen steder')).toEqual([]);
        expect(await store.search('  !!  ')).toEqual([]);
      }));

    it('ranks, limits, and requires every query word', () =>
      withStore(backend, async (store) => {
        await store.ingest(article('t1', 'Klimaaftale', 'Klimaaftalen blev vedtaget. Klimaaftalen koster milliarder.'));
        await store.ingest(article('t2', 'Fiskeri', 'Fiskerne er utilfredse med kvoterne og klimaaftalen.'));
        expect((await store.search('klimaaftale')).map((h) => h.id).sort()).toEqual(['t1', 't2']);
        expect(await store.search('klimaaftale', 1)).toHaveLength(1);
        expect((await store.search('klimaaftale fiskerne')).map((h) => h.id)).toEqual(['t2']);
      }));

    it('gives back every layer of a stored article, and its story', () =>
      withStore(backend, async (store) => {
        const rich = {
          ...article('rich', 'Statsministeren om aftalen', '»Vi er klar til at handle,« siger Mette Frederiksen i København. Aftalen koster 4.712 mio. kr., og 12 personer blev anholdt.'),
          credits: ['Ritzau'],
          captions: ['Foto: Mads Nissen'],
          langConfidence: 0.93,
          author: 'Mette Holm',
          modified: '2024-03-12T09:30:00Z',
        };
        expect(rich.sentences.length).toBeGreaterThan(1);
        expect(rich.tokens.length).toBeGreaterThan(10);
        expect(rich.mentions.length).toBeGreaterThan(0);
        expect(rich.quotes.length).toBeGreaterThan(0);
        expect(rich.figures.length).toBeGreaterThan(0);
        const plain = article('plain', 'Vejret', 'Det regner i morgen.', 'da', null);
        await store.ingest(rich);
        await store.ingest(plain);
        const { articles, storyOf } = await store.articles();
        expect(articles).toEqual([rich, plain]);
        expect(storyOf.get('rich')).toMatch(/^s\d+$/);
        expect((await store.articles({ story: storyOf.get('plain') })).articles.map((a) => a.id)).toContain('plain');
        expect((await store.articles({ since: '2024-03-01' })).articles.map((a) => a.id)).toEqual(['rich']);
        await expect(store.articles({ since: 'not a date' })).rejects.toMatchObject({ code: 'E_STORE_QUERY' });
      }));

    it('counts articles and stories, joining articles on one event into one story', () =>
      withStore(backend, async (store) => {
        expect(await store.count()).toEqual({ articles: 0, stories: 0 });
        const text = 'Mette Frederiksen og Jakob Ellemann indgik klimaaftalen med Venstre i Christiansborg. Aftalen koster 4.712 millioner kroner.';
        const first = await store.ingest(article('j1', 'Klimaaftale med Venstre', text));
        const second = await store.ingest(article('j2', 'Venstre i klimaaftale', `${text} Det oplyser Ritzau.`, 'da', '2024-03-12T10:00:00Z'));
        await store.ingest(article('j3', 'Fodbold', 'Brøndby vandt over FC København med 3-1 i Parken søndag aften.', 'da', '2024-03-13T10:00:00Z'));
        expect(first.status === 'stored' && second.status === 'stored' && first.story === second.story).toBe(true);
        expect(await store.count()).toEqual({ articles: 3, stories: 2 });
        const { storyOf } = await store.articles();
        expect(new Set(storyOf.values()).size).toBe(2);
      }));

    it('rejects bad input without touching stored rows, and keeps working after it', () =>
      withStore(backend, async (store) => {
        const good = article('g1', 'Klimaaftale', 'Partierne blev enige om klimaaftalen i nat.');
        await store.ingest(good);
        const before = await store.articles();
        const countBefore = await store.count();
        // A missing required field, and a layer that cannot be serialised: both fail mid-write.
        await expect(store.ingest({ ...article('bad1', 'Forkert', 'Denne artikel mangler sin kilde.'), source: null as unknown as string })).rejects.toThrow();
        const unserialisable = article('bad2', 'Forkert', 'Denne artikel har et tal der ikke kan gemmes.');
        unserialisable.figures = [{ ...(good.figures[0] ?? {}), value: BigInt(1) } as unknown as Article['figures'][number]];
        await expect(store.ingest(unserialisable)).rejects.toThrow();
        expect(await store.count()).toEqual(countBefore);
        expect(await store.articles()).toEqual(before);
        expect(await store.search('kilde')).toEqual([]);
        // The story state was not left half-updated: the next article gets a fresh, unused story.
        const next = await store.ingest(article('g2', 'Fodbold', 'Brøndby vandt over FC København i Parken.'));
        expect(next).toMatchObject({ status: 'stored', id: 'g2' });
        const after = await store.articles();
        expect(after.articles.map((a) => a.id)).toEqual(['g1', 'g2']);
        expect(after.storyOf.get('g2')).not.toBe(after.storyOf.get('g1'));
        expect(await store.count()).toEqual({ articles: 2, stories: 2 });
      }));
  });
}
