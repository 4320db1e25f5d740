import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import { SqliteStore } from '../store/index.js';
import { SqliteFetchState } from '../store/sqlite/fetch-state.js';
import { pollFeeds, type CrawlDeps } from './crawl.js';
import type { FeedSource } from './feed-list.js';
import { HttpClient } from './http-client.js';
import { storeSink } from './store-sink.js';
import { startTestServer, staticRoute, type TestServer } from './test-server.js';

const pipeline = defaultPipeline();

function articlePage(title: string, canonical: string, sentences: string): string {
  return `<!doctype html><html lang="da"><head><title>${title}</title><link rel="canonical" href="${canonical}">
    <meta property="article:published_time" content="2024-03-12T08:00:00Z"><meta property="article:modified_time" content="2024-03-12T10:15:00Z">
    <meta name="author" content="Mette Holm"></head>
    <body><nav><a href="/">Forside</a></nav><article><h1>${title}</h1>
    ${Array.from({ length: 6 }, (_, i) => `<p>${sentences} Afsnit ${i + 1} fortæller mere om sagen, og kilderne bekræfter oplysningerne over for avisen.</p>`).join('\n')}
    </article><footer>Kontakt redaktionen</footer></body></html>`;
}

function rss(origin: string, paths: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Nyheder</title><language>da</language>
    ${paths.map((p) => `<item><title>Item ${p}</title><link>${origin}${p}</link><pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate>${p === '/a1' ? '<author>desk@avisen.dk (Jens Lund)</author>' : ''}</item>`).join('')}
    </channel></rss>`;
}

let server: TestServer;
let dir: string;
let logs: string[];

beforeEach(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'tidende-crawl-'));
  logs = [];
  const o = server.origin;
  server.routes.set('/a1', staticRoute(articlePage('Storm over Fyn', `${o}/a1`, 'Stormen væltede træer på Fyn i nat.')));
  server.routes.set('/a2', staticRoute(articlePage('Valg i Aarhus', `${o}/a2`, 'Vælgerne i Aarhus stemte i går om den nye byplan.')));
  server.routes.set('/a2?utm=feed', staticRoute(articlePage('Valg i Aarhus', `${o}/a2`, 'Vælgerne i Aarhus stemte i går om den nye byplan.')));
  server.routes.set('/a3', staticRoute(articlePage('Færge aflyst', `${o}/a3`, 'Færgen til Samsø blev aflyst på grund af vejret.')));
  server.routes.set('/rss', staticRoute(rss(o, ['/a1', '/a2']), { 'content-type': 'application/rss+xml' }, '"rss-v1"'));
  server.routes.set('/atom', staticRoute(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da"><title>Atom</title>
    <entry><title>A2 again</title><link href="${o}/a2?utm=feed"/><updated>2024-03-12T09:00:00Z</updated></entry></feed>`, { 'content-type': 'application/atom+xml' }));
  server.routes.set('/sitemap', staticRoute(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>${o}/a3</loc><news:news><news:publication><news:name>Avisen</news:name><news:language>da</news:language></news:publication>
    <news:publication_date>2024-03-12</news:publication_date><news:title>Færge aflyst</news:title></news:news></url></urlset>`, { 'content-type': 'application/xml' }));
  server.routes.set('/home', staticRoute(`<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>Forside</body></html>`));
  server.routes.set('/broken', staticRoute('<?xml version="1.0"?><rss><channel><item><link>x</link></channel></rss>', { 'content-type': 'application/xml' }));
  server.routes.set('/plain-html', staticRoute('<html><body><p>no feed here</p></body></html>'));
  server.routes.set('/error', (_q, response) => {
    response.writeHead(500);
    response.end();
  });
});

afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(): { store: SqliteStore; deps: CrawlDeps } {
  const store = new SqliteStore(join(dir, 'news.db'));
  const deps: CrawlDeps = {
    client: new HttpClient({ perHostIntervalMs: 0, backoffMs: 1, retries: 1, timeoutMs: 2000 }),
    state: new SqliteFetchState(store.database()),
    sink: storeSink(store, pipeline),
    log: (line) => logs.push(line),
  };
  return { store, deps };
}

const pageRequests = (): number => server.requests.filter((r) => /^\/a\d/.test(r.path)).length;

describe('pollFeeds', () => {
  it('stores each article once across RSS, Atom and a news sitemap; a second poll costs a 304 and stores nothing', async () => {
    const feeds: FeedSource[] = ['/rss', '/atom', '/sitemap'].map((p) => ({ url: `${server.origin}${p}`, outlet: 'Avisen', lang: 'da' }));
    const { store, deps } = open();
    const first = await pollFeeds(feeds, { intervalMs: 60_000, feedConcurrency: 1 }, deps);
    expect(first.stored).toBe(3);
    expect(first.duplicates).toBe(1); // /a2?utm=feed has the canonical URL of /a2
    expect(store.articles().articles.map((a) => a.url).sort()).toEqual([`${server.origin}/a1`, `${server.origin}/a2`, `${server.origin}/a3`]);
    // The byline: the feed item's when it has one, else the page's; the modified time from the page.
    const byUrl = new Map(store.articles().articles.map((a) => [a.url, a]));
    expect(byUrl.get(`${server.origin}/a1`)).toMatchObject({ author: 'Jens Lund', modified: '2024-03-12T10:15Z' });
    expect(byUrl.get(`${server.origin}/a3`)).toMatchObject({ author: 'Mette Holm', modified: '2024-03-12T10:15Z' });
    const pagesAfterFirst = pageRequests();
    const second = await pollFeeds(feeds, { intervalMs: 60_000, ignoreSchedule: true }, deps);
    expect(second.feedsUnchanged).toBeGreaterThanOrEqual(1);
    expect(second.stored).toBe(0);
    expect(pageRequests()).toBe(pagesAfterFirst);
    expect(server.requests.filter((r) => r.path === '/rss').at(-1)?.headers['if-none-match']).toBe('"rss-v1"');
    store.close();
  });

  it('resumes after a restart: the schedule and seen pages come from the database', async () => {
    const feeds: FeedSource[] = [{ url: `${server.origin}/rss`, outlet: null, lang: null }];
    const first = open();
    expect((await pollFeeds(feeds, { intervalMs: 60_000 }, first.deps)).stored).toBe(2);
    first.store.close();
    const feedRequests = server.requests.filter((r) => r.path === '/rss').length;
    const second = open();
    const notDue = await pollFeeds(feeds, { intervalMs: 60_000 }, second.deps);
    expect(notDue.feedsPolled).toBe(0);
    expect(server.requests.filter((r) => r.path === '/rss').length).toBe(feedRequests);
    server.routes.set('/rss', staticRoute(rss(server.origin, ['/a1', '/a2', '/a3']), { 'content-type': 'application/rss+xml' }, '"rss-v2"'));
    const forced = await pollFeeds(feeds, { intervalMs: 60_000, ignoreSchedule: true }, second.deps);
    expect(forced.stored).toBe(1);
    expect(server.requests.filter((r) => r.path === '/a1')).toHaveLength(1);
    second.store.close();
  });

  it('discovers the feed of an HTML page and logs bad feeds without stopping', async () => {
    const feeds: FeedSource[] = ['/home', '/broken', '/plain-html', '/error', '/gone'].map((p) => ({ url: `${server.origin}${p}`, outlet: null, lang: null }));
    const { store, deps } = open();
    const summary = await pollFeeds(feeds, { intervalMs: 60_000 }, deps);
    expect(summary.stored).toBe(2);
    expect(summary.feedsFailed).toBe(4);
    expect(logs.some((l) => l.includes('/broken') && l.includes('E_FEED_MALFORMED'))).toBe(true);
    expect(logs.some((l) => l.includes('/plain-html') && l.includes('E_FEED_NOT_FEED'))).toBe(true);
    expect(logs.some((l) => l.includes('/error') && l.includes('HTTP 500'))).toBe(true);
    expect(logs.some((l) => l.includes('/gone') && l.includes('HTTP 404'))).toBe(true);
    expect(deps.state.feed(`${server.origin}/error`)?.failures).toBe(1);
    expect(deps.state.feed(`${server.origin}/error`)?.nextPollMs).toBeGreaterThan(Date.now());
    store.close();
  });
});
