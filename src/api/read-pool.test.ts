import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newArticle } from '../doc/model.js';
import { SqliteStore, StoreError } from '../store/index.js';
import { ReadPool } from './read-pool.js';
import { buildServer } from './server.js';
import { exampleDatabase } from './test-corpus.fixture.js';

let store: SqliteStore;
let pool: ReadPool;
let direct: FastifyInstance;
let pooled: FastifyInstance;

beforeAll(async () => {
  const path = await exampleDatabase();
  store = new SqliteStore(path);
  pool = await ReadPool.open(path, { workers: 2 });
  direct = await buildServer({ store, webRoot: null });
  pooled = await buildServer({ store, webRoot: null, reads: pool });
});

afterAll(async () => {
  await Promise.all([direct.close(), pooled.close(), pool.close()]);
  store.close();
});

/** Status and body; feeds without their <updated> stamps, which fall back to the clock. */
async function answer(app: FastifyInstance, url: string): Promise<[number, string]> {
  const response = await app.inject({ method: 'GET', url });
  return [response.statusCode, response.body.replace(/<updated>[^<]*<\/updated>/g, '')];
}

describe('the read pool', () => {
  it('answers every pooled route exactly as the store on the main thread does', async () => {
    const first = (await direct.inject({ method: 'GET', url: '/api/stories?limit=3' })).json() as { stories: { id: string }[]; next: string };
    const entityId = ((await direct.inject({ method: 'GET', url: `/api/stories/${encodeURIComponent(first.stories[0].id)}` })).json() as { entities: { id: string }[] }).entities[0].id;
    const urls = [
      '/api/stories',
      '/api/stories?limit=3',
      `/api/stories?limit=3&cursor=${first.next}`,
      '/api/stories?lang=da',
      '/api/stories?since=2024-01-01&until=2030-01-01',
      '/api/stories?q=regeringen',
      `/api/stories?entity=${encodeURIComponent(entityId)}`,
      '/api/stories?entity=PER%3ANobody%20Atall',
      '/api/stories?cursor=not-a-cursor',
      '/api/stories?since=yesterday',
      '/api/search?q=regeringen',
      '/api/search?q=storm&limit=2&offset=1',
      '/api/search?q=zzzqqq',
      `/api/entities/${encodeURIComponent(entityId)}`,
      '/api/entities/PER%3ANobody%20Atall',
      '/feeds/stories.atom',
      '/feeds/search.atom?q=regeringen',
      `/feeds/entity/${encodeURIComponent(entityId)}.atom`,
    ];
    for (const url of urls) {
      const [status, body] = await answer(pooled, url);
      expect([url, status, body]).toEqual([url, ...(await answer(direct, url))]);
    }
    // Some answers found something, and the bad cursor is a client error, as without the pool.
    expect((await answer(pooled, '/api/search?q=regeringen'))[1]).toContain('"hits":[{');
    expect((await answer(pooled, '/api/stories?cursor=not-a-cursor'))[0]).toBe(400);
  });

  it('runs requests side by side and gives each caller its own answer', async () => {
    const queries = ['regeringen', 'storm', 'brand', 'politiet', 'zzzqqq', 'regering'];
    const together = await Promise.all(Array.from({ length: 30 }, (_, i) => pool.search(queries[i % queries.length], 5)));
    together.forEach((hits, i) => expect(hits).toEqual(store.search(queries[i % queries.length], 5)));
    await expect(pool.listStories({ cursor: 'nonsense' })).rejects.toBeInstanceOf(StoreError);
  });

  it('sees articles written on the main connection after it opened', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tidende-pool-')), 'pool.db');
    const writer = new SqliteStore(path);
    const reader = await ReadPool.open(path, { workers: 1 });
    try {
      expect(await reader.search('kvartsur', 10)).toEqual([]);
      const text = 'Kvartsuret på rådhuset stoppet i natt. Teknikere undersøker saken.';
      writer.ingest(newArticle({ id: 'nb1', source: 'nb1.txt', outlet: 'NRK', title: 'Kvartsur', published: '2024-05-01', lang: 'nb', url: null, body: { kind: 'text', text } }, text));
      const hits = await reader.search('kvartsur', 10);
      expect(hits.map((h) => h.id)).toEqual(['nb1']);
      expect(hits).toEqual(writer.search('kvartsur', 10));
      expect((await reader.listStories({})).stories).toEqual(writer.listStories({}).stories);
    } finally {
      await reader.close();
      writer.close();
    }
  });

  it('refuses to open a missing file, and answers nothing once closed', async () => {
    await expect(ReadPool.open(join(tmpdir(), 'tidende-no-such-dir', 'none.db'), { workers: 1 })).rejects.toMatchObject({ code: 'E_STORE_OPEN' });
    const path = join(mkdtempSync(join(tmpdir(), 'tidende-pool-')), 'closed.db');
    new SqliteStore(path).close();
    const closed = await ReadPool.open(path, { workers: 1 });
    await closed.close();
    await expect(closed.search('noe', 5)).rejects.toThrow(/closed/);
  });
});
