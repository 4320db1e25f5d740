import { mkdtempSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/index.js';
import { buildServer, type ServerOptions } from './server.js';

const stores: SqliteStore[] = [];
const apps: FastifyInstance[] = [];

async function server(options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'tidende-write-')), 'test.db'));
  stores.push(store);
  const app = await buildServer({ store, webRoot: null, pollMs: 50, ...options });
  apps.push(app);
  return app;
}

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const store of stores.splice(0)) store.close();
});

const storm = {
  id: 'storm-1',
  title: 'Stormen Helga rammer Esbjerg',
  text: 'Stormen Helga har ramt Esbjerg og Vestjylland hårdt. Mindst tre mennesker er omkommet, oplyser Syd- og Sønderjyllands Politi. »Vi har aldrig set noget lignende,« siger borgmester Jesper Frost Rasmussen.',
  published: '2024-03-11T08:00',
  outlet: 'Kystbladet',
  lang: 'da',
};

/** An article built to break a careless page or feed. */
export const hostileArticle = {
  id: 'hostile-1',
  title: '<script>alert("title")</script> Stormen <img src=x onerror=alert(1)>',
  text: 'Stormen Helga: <script>window.__pwned = 1</script> læs mere på <a href="javascript:alert(2)">linket</a>. <svg onload="alert(3)"><script>alert(4)</script></svg> Tre er omkommet, siger politiet. ]]> & <![CDATA[ x',
  published: '2024-03-12',
  lang: 'da',
};

const post = (app: FastifyInstance, payload: unknown, headers: Record<string, string> = {}, url = '/api/articles') =>
  app.inject({ method: 'POST', url, payload: typeof payload === 'string' ? payload : JSON.stringify(payload), headers: { 'content-type': 'application/json', ...headers } });

function errorCode(response: { json: () => unknown }): string {
  return (response.json() as { error: { code: string } }).error.code;
}

describe('POST /api/articles', () => {
  it('ingests a JSON record through the pipeline, once', async () => {
    const app = await server();
    const stored = await post(app, storm);
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({ status: 'stored', id: 'storm-1', story: expect.stringMatching(/^s\d+$/) });
    expect(stored.headers.location).toBe('/api/articles/storm-1');
    const again = await post(app, { ...storm, id: 'storm-copy' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ status: 'duplicate', id: 'storm-1' });
    const article = (await app.inject({ method: 'GET', url: '/api/articles/storm-1' })).json() as { article: { lang: string; outlet: string }; figures: { kind: string }[]; quotes: unknown[] };
    expect(article.article).toMatchObject({ lang: 'da', outlet: 'Kystbladet' });
    expect(article.figures.map((f) => f.kind)).toContain('killed');
    expect(article.quotes.length).toBeGreaterThan(0);
  });

  it('ingests HTML with metadata in the query string', async () => {
    const app = await server();
    const html = '<html><body><article><h1>Brand på færgen</h1><p>En brand har ramt færgen. Mindst tre mennesker er omkommet, oplyser politiet.</p></article></body></html>';
    const response = await app.inject({ method: 'POST', url: '/api/articles?id=faerge&outlet=Dagnyt&published=2024-03-19', payload: html, headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(response.statusCode).toBe(201);
    const article = (await app.inject({ method: 'GET', url: '/api/articles/faerge' })).json() as { article: { title: string; outlet: string; text: string } };
    expect(article.article.outlet).toBe('Dagnyt');
    expect(article.article.text).not.toContain('<p>');
  });

  it('refuses bad records with 400, 413, 415 or 422 and a code, never 500', async () => {
    const app = await server({ bodyLimit: 10_000 });
    expect(errorCode(await post(app, { title: 'no body' }))).toBe('E_BAD_REQUEST');
    expect(errorCode(await post(app, { text: 'a', html: '<p>b</p>' }))).toBe('E_BAD_REQUEST');
    expect(errorCode(await post(app, { text: 'x', published: 'last tuesday' }))).toBe('E_BAD_REQUEST');
    expect(errorCode(await post(app, { text: 'x', url: 'javascript:alert(1)' }))).toBe('E_BAD_REQUEST');
    expect(errorCode(await post(app, { text: 'x', extra: true }))).toBe('E_BAD_REQUEST');
    expect(errorCode(await post(app, [storm]))).toBe('E_BAD_REQUEST');
    const badJson = await post(app, '{"text": ');
    expect([badJson.statusCode, errorCode(badJson)]).toEqual([400, 'E_BAD_REQUEST']);
    const large = await post(app, { text: 'ord '.repeat(5000) });
    expect([large.statusCode, errorCode(large)]).toEqual([413, 'E_TOO_LARGE']);
    const form = await app.inject({ method: 'POST', url: '/api/articles', payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect([form.statusCode, errorCode(form)]).toEqual([415, 'E_UNSUPPORTED_MEDIA_TYPE']);
    const empty = await post(app, { text: '   \n  ' });
    expect(empty.statusCode).toBe(422);
    expect(errorCode(empty)).toMatch(/^E_INPUT_/);
  });

  it('needs the bearer token when one is set, and refuses writes beyond loopback without one', async () => {
    const token = 'a-long-enough-secret-token';
    const guarded = await server({ token });
    expect((await post(guarded, storm)).statusCode).toBe(401);
    expect(errorCode(await post(guarded, storm, { authorization: 'Bearer wrong' }))).toBe('E_UNAUTHORIZED');
    expect((await post(guarded, storm, { authorization: `Bearer ${token}` })).statusCode).toBe(201);

    const open = await server({ host: '0.0.0.0' });
    const refused = await post(open, storm);
    expect([refused.statusCode, errorCode(refused)]).toEqual([403, 'E_WRITE_DISABLED']);
    expect((await open.inject({ method: 'GET', url: '/api/stories' })).statusCode).toBe(200);
  });

  it('keeps hostile article text as text: escaped in feeds, verbatim in JSON', async () => {
    const app = await server();
    expect((await post(app, hostileArticle)).statusCode).toBe(201);
    const article = (await app.inject({ method: 'GET', url: '/api/articles/hostile-1' })).json() as { article: { title: string } };
    expect(article.article.title).toBe(hostileArticle.title);
    const { stories } = (await app.inject({ method: 'GET', url: '/api/stories' })).json() as { stories: { id: string }[] };
    for (const url of ['/feeds/stories.atom', '/feeds/search.atom?q=stormen', `/feeds/story/${stories[0].id}.atom`]) {
      const body = (await app.inject({ method: 'GET', url })).body;
      expect(body).not.toMatch(/<script|<svg|<img/i);
      const feed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(body).feed as { entry: { title: string } | { title: string }[] };
      const entries = Array.isArray(feed.entry) ? feed.entry : [feed.entry];
      expect(entries.some((e) => String(e.title).includes('<script>alert("title")</script>'))).toBe(true);
    }
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(404);
  });
});

describe('GET /api/events', () => {
  it('streams a story event when an article is ingested', async () => {
    const app = await server();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const received = new Promise<string>((resolve, reject) => {
      const request = httpGet({ host: '127.0.0.1', port, path: '/api/events' }, (response) => {
        expect(response.headers['content-type']).toMatch(/text\/event-stream/);
        let buffer = '';
        response.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          if (buffer.includes('event: story')) {
            request.destroy();
            resolve(buffer);
          }
        });
        void post(app, storm);
      });
      request.on('error', reject);
    });
    const stream = await received;
    const data = JSON.parse(/data: (.*)\n/.exec(stream)?.[1] ?? 'null') as { type: string; story: { title: string; articleCount: number } };
    expect(data).toMatchObject({ type: 'created', story: { title: storm.title, articleCount: 1 } });
  });
});

describe('POST /api/articles by URL', () => {
  const page = '<html lang="da"><head><title>Brand på færgen</title></head><body><article><h1>Brand på færgen</h1><p>En brand har ramt færgen ud for Rønne. Mindst tre mennesker er omkommet, oplyser politiet.</p><p>Redningsfolk arbejdede hele natten.</p></article></body></html>';

  async function pageServer(): Promise<{ url: string; close: () => Promise<void>; hits: () => number }> {
    const { createServer } = await import('node:http');
    let hits = 0;
    const httpServer = createServer((request, response) => {
      if (request.url === '/robots.txt') {
        response.writeHead(404).end();
        return;
      }
      hits++;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
    const { port } = httpServer.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/brand.html`, hits: () => hits, close: () => new Promise((done) => httpServer.close(() => done())) };
  }

  it('refuses loopback and private targets unless allowed (SSRF guard)', async () => {
    const site = await pageServer();
    try {
      const app = await server();
      for (const url of [site.url, 'http://169.254.169.254/latest/meta-data/', 'http://localhost/x', 'http://[::1]/x']) {
        const response = await post(app, { url });
        expect([response.statusCode, errorCode(response)], url).toEqual([400, 'E_FETCH_PRIVATE']);
      }
      expect(site.hits()).toBe(0);
    } finally {
      await site.close();
    }
  });

  it('fetches, extracts and stores the page when private targets are allowed', async () => {
    const site = await pageServer();
    try {
      const app = await server({ allowPrivateUrls: true });
      const response = await post(app, { url: site.url, outlet: 'Kystbladet' });
      expect(response.statusCode).toBe(201);
      const id = (response.json() as { id: string }).id;
      const stored = (await app.inject({ method: 'GET', url: `/api/articles/${encodeURIComponent(id)}` })).json() as { article: { text: string; url: string; outlet: string } };
      expect(stored.article.text).toContain('Mindst tre mennesker er omkommet');
      expect(stored.article.text).not.toContain('<p>');
      expect(stored.article.outlet).toBe('Kystbladet');
    } finally {
      await site.close();
    }
  });

  it('answers 502 with the fetch error when the page cannot be fetched', async () => {
    const site = await pageServer();
    await site.close();
    const app = await server({ allowPrivateUrls: true });
    const response = await post(app, { url: site.url });
    expect(response.statusCode).toBe(502);
    expect(errorCode(response)).toMatch(/^E_FETCH_/);
  });
});
