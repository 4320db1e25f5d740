import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FetchError } from './errors.js';
import { HttpClient } from './http-client.js';
import { startTestServer, staticRoute, type TestServer } from './test-server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const fast = { perHostIntervalMs: 0, backoffMs: 5, timeoutMs: 2000 };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return (error as FetchError).code;
  }
}

describe('HttpClient', () => {
  it('sends a clear User-Agent and answers a conditional GET with 304', async () => {
    server.routes.set('/feed', staticRoute('<rss/>', {}, '"v1"'));
    const client = new HttpClient(fast);
    const first = await client.get(`${server.origin}/feed`);
    expect(first.notModified).toBe(false);
    expect(first.etag).toBe('"v1"');
    const second = await client.get(`${server.origin}/feed`, { etag: first.etag });
    expect(second.notModified).toBe(true);
    expect(second.status).toBe(304);
    const feedRequests = server.requests.filter((r) => r.path === '/feed');
    expect(feedRequests[0].headers['user-agent']).toMatch(/^TidendeBot\//);
    expect(feedRequests[1].headers['if-none-match']).toBe('"v1"');
  });

  it('honours robots.txt disallow without fetching the page', async () => {
    server.routes.set('/robots.txt', staticRoute('User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' }));
    server.routes.set('/private/a', staticRoute('<p>secret</p>'));
    server.routes.set('/public/a', staticRoute('<p>open</p>'));
    const client = new HttpClient(fast);
    expect(await codeOf(client.get(`${server.origin}/private/a`))).toBe('E_FETCH_ROBOTS');
    expect((await client.get(`${server.origin}/public/a`)).text).toContain('open');
    expect(server.requests.some((r) => r.path === '/private/a')).toBe(false);
    expect(server.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
  });

  it('widens the interval for a host to its robots.txt Crawl-delay', async () => {
    server.routes.set('/robots.txt', staticRoute('User-agent: *\nCrawl-delay: 0.4\n', { 'content-type': 'text/plain' }));
    server.routes.set('/p', staticRoute('x'));
    const client = new HttpClient(fast);
    await Promise.all([1, 2, 3].map(() => client.get(`${server.origin}/p`)));
    const times = server.requests.filter((r) => r.path === '/p').map((r) => r.atMs).sort((a, b) => a - b);
    expect(times).toHaveLength(3);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(370);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(370);
  });

  it('spaces requests to one host by the rate limit', async () => {
    server.routes.set('/p', staticRoute('x'));
    const client = new HttpClient({ ...fast, perHostIntervalMs: 150, respectRobots: false });
    await Promise.all([1, 2, 3].map(() => client.get(`${server.origin}/p`)));
    const times = server.requests.filter((r) => r.path === '/p').map((r) => r.atMs).sort((a, b) => a - b);
    expect(times).toHaveLength(3);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(130);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(130);
  });

  it('retries a 500 with backoff, then reports it', async () => {
    let calls = 0;
    server.routes.set('/flaky', (_request, response) => {
      calls++;
      response.writeHead(calls < 3 ? 500 : 200, { 'content-type': 'text/plain' });
      response.end(calls < 3 ? 'down' : 'up');
    });
    server.routes.set('/down', (_request, response) => {
      response.writeHead(503);
      response.end();
    });
    const client = new HttpClient({ ...fast, retries: 2, respectRobots: false });
    expect((await client.get(`${server.origin}/flaky`)).text).toBe('up');
    expect(await codeOf(client.get(`${server.origin}/down`))).toBe('E_FETCH_STATUS');
    expect(server.requests.filter((r) => r.path === '/down')).toHaveLength(3);
    expect(await codeOf(client.get(`${server.origin}/missing`))).toBe('E_FETCH_STATUS');
    expect(server.requests.filter((r) => r.path === '/missing')).toHaveLength(1);
  });

  it('times out a server that never answers', async () => {
    server.routes.set('/hang', () => undefined);
    const client = new HttpClient({ ...fast, timeoutMs: 150, retries: 0, respectRobots: false });
    expect(await codeOf(client.get(`${server.origin}/hang`))).toBe('E_FETCH_TIMEOUT');
  });

  it('stops a gzip bomb by its decompressed size, and an endless body', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100 * 1024);
    server.routes.set('/bomb', staticRoute(bomb, { 'content-encoding': 'gzip' }));
    server.routes.set('/endless', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => response.write(Buffer.alloc(64 * 1024, 0x41)), 1);
      response.on('close', () => clearInterval(timer));
    });
    const client = new HttpClient({ ...fast, maxBytes: 1024 * 1024, respectRobots: false });
    expect(await codeOf(client.get(`${server.origin}/bomb`))).toBe('E_FETCH_TOO_LARGE');
    expect(await codeOf(client.get(`${server.origin}/endless`))).toBe('E_FETCH_TOO_LARGE');
  });

  it('follows redirects up to the limit and refuses other schemes', async () => {
    server.routes.set('/r1', (_q, response) => {
      response.writeHead(301, { location: '/r2' });
      response.end();
    });
    server.routes.set('/r2', staticRoute('arrived'));
    server.routes.set('/loop', (_q, response) => {
      response.writeHead(302, { location: '/loop' });
      response.end();
    });
    server.routes.set('/to-file', (_q, response) => {
      response.writeHead(302, { location: 'file:///etc/passwd' });
      response.end();
    });
    const client = new HttpClient({ ...fast, maxRedirects: 3, respectRobots: false });
    const result = await client.get(`${server.origin}/r1`);
    expect(result.text).toBe('arrived');
    expect(result.url).toBe(`${server.origin}/r2`);
    expect(await codeOf(client.get(`${server.origin}/loop`))).toBe('E_FETCH_REDIRECTS');
    expect(await codeOf(client.get(`${server.origin}/to-file`))).toBe('E_FETCH_SCHEME');
    expect(await codeOf(client.get('ftp://example.org/x'))).toBe('E_FETCH_SCHEME');
  });

  it('decodes windows-1252 and ISO-8859-1 from the header, <meta charset> or a failed UTF-8 guess', async () => {
    const latin1 = Buffer.from('<p>Blåbærsyltetøj på Ærø</p>', 'latin1');
    server.routes.set('/header', staticRoute(latin1, { 'content-type': 'text/html; charset=ISO-8859-1' }));
    server.routes.set('/meta', staticRoute(Buffer.concat([Buffer.from('<meta charset="windows-1252">'), latin1]), { 'content-type': 'text/html' }));
    server.routes.set('/undeclared', staticRoute(latin1, { 'content-type': 'text/html' }));
    server.routes.set('/bom', staticRoute(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Blåbær</p>')]), { 'content-type': 'text/html; charset=windows-1252' }));
    const client = new HttpClient({ ...fast, respectRobots: false });
    for (const path of ['/header', '/meta', '/undeclared']) expect((await client.get(`${server.origin}${path}`)).text).toContain('Blåbærsyltetøj på Ærø');
    expect((await client.get(`${server.origin}/bom`)).text).toBe('<p>Blåbær</p>');
  });
});
