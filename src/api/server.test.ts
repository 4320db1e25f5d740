import type { FastifyInstance } from 'fastify';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/index.js';
import { buildServer } from './server.js';
import { exampleDatabase } from './test-corpus.fixture.js';

let dbPath: string;
let store: SqliteStore;
let app: FastifyInstance;

beforeAll(async () => {
  dbPath = await exampleDatabase();
  store = new SqliteStore(dbPath);
  app = await buildServer({ store, webRoot: null });
});

afterAll(async () => {
  await app.close();
  store.close();
});

const get = async (url: string) => app.inject({ method: 'GET', url });
const xml = new XMLParser({ ignoreAttributes: false, processEntities: true });

/** Every client error is JSON with a code and a message. */
function expectError(response: { statusCode: number; json: () => unknown }, status: number, code: string): void {
  expect(response.statusCode).toBe(status);
  const body = response.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
}

interface Listing {
  id: string;
  title: string;
  articleCount: number;
  languages: string[];
  outlets: string[];
  activity: string;
  keyFigures: Record<string, number>;
}

const largestStory = (stories: Listing[]): Listing => [...stories].sort((a, b) => b.articleCount - a.articleCount)[0];

describe('GET /healthz and /api/openapi.json', () => {
  it('answers with counts and an OpenAPI document naming every route', async () => {
    expect((await get('/healthz')).json()).toMatchObject({ status: 'ok', articles: 25 });
    const doc = (await get('/api/openapi.json')).json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/stories', '/api/stories/{id}', '/api/search', '/api/articles', '/feeds/search.atom']));
  });
});

describe('GET /api/stories', () => {
  it('lists stories by latest activity with languages, outlets and key figures', async () => {
    const response = await get('/api/stories');
    expect(response.statusCode).toBe(200);
    const { stories, next } = response.json() as { stories: Listing[]; next: string | null };
    expect(stories.length).toBeGreaterThan(3);
    expect(next).toBeNull();
    const activity = stories.map((s) => s.activity);
    expect(activity).toEqual([...activity].sort().reverse());
    const largest = largestStory(stories);
    expect(largest.languages.length).toBeGreaterThan(1);
    expect(stories.some((s) => (s.keyFigures.killed ?? 0) > 0)).toBe(true);
  });

  it('pages with a cursor and filters by language, outlet, date, text and entity', async () => {
    const all = (await get('/api/stories')).json() as { stories: Listing[] };
    const first = (await get('/api/stories?limit=2')).json() as { stories: Listing[]; next: string };
    const second = (await get(`/api/stories?limit=2&cursor=${first.next}`)).json() as { stories: Listing[] };
    expect([...first.stories, ...second.stories].map((s) => s.id)).toEqual(all.stories.slice(0, 4).map((s) => s.id));

    const swedish = (await get('/api/stories?lang=sv')).json() as { stories: Listing[] };
    expect(swedish.stories.length).toBeGreaterThan(0);
    expect(swedish.stories.every((s) => s.languages.includes('sv'))).toBe(true);
    const kystbladet = (await get('/api/stories?outlet=Kystbladet')).json() as { stories: Listing[] };
    expect(kystbladet.stories.every((s) => s.outlets.includes('Kystbladet'))).toBe(true);
    const late = (await get('/api/stories?since=2024-03-20')).json() as { stories: Listing[] };
    expect(late.stories.length).toBeGreaterThan(0);
    expect(late.stories.length).toBeLessThan(all.stories.length);
    const ferry = (await get(`/api/stories?q=${encodeURIComponent('Helga')}`)).json() as { stories: Listing[] };
    expect(ferry.stories.length).toBeGreaterThan(0);
    expect(ferry.stories.length).toBeLessThan(all.stories.length);

    const largest = largestStory(all.stories);
    const detail = (await get(`/api/stories/${largest.id}`)).json() as { entities: { id: string; type: string }[] };
    const place = detail.entities.find((e) => e.type === 'GPE' || e.type === 'LOC') as { id: string };
    const byEntity = (await get(`/api/stories?entity=${encodeURIComponent(place.id)}`)).json() as { stories: Listing[] };
    expect(byEntity.stories.map((s) => s.id)).toContain(largest.id);
  });

  it('answers bad parameters with 400 and a message, never 500', async () => {
    for (const query of ['limit=abc', 'limit=0', 'limit=1000', 'lang=DANISH', 'since=yesterday', 'until=2024-13-45', 'nonsense=1', 'cursor=bm9wZQ', 'cursor=%3Cscript%3E', 'q=', `q=${'x'.repeat(300)}`]) {
      expectError(await get(`/api/stories?${query}`), 400, 'E_BAD_REQUEST');
    }
    expectError(await get('/api/stories?entity=PER%3ANobody%20Atall'), 404, 'E_NOT_FOUND');
  });
});

describe('GET /api/stories/:id, /api/articles/:id, /api/entities/:id', () => {
  it('gives a story with its articles, facts, quotes and entities in the report shapes', async () => {
    const { stories } = (await get('/api/stories')).json() as { stories: Listing[] };
    const helga = largestStory(stories.filter((s) => (s.keyFigures.killed ?? 0) > 0));
    const body = (await get(`/api/stories/${helga.id}`)).json() as Record<string, { [k: string]: unknown }[]> & { story: { facts: { kind: string; reports: string[] }[]; articles: string[]; summary: string[] } };
    expect(body.story.articles.length).toBe(helga.articleCount);
    expect(body.story.summary.length).toBeGreaterThan(0);
    const killed = body.story.facts.find((f) => f.kind === 'killed');
    expect(killed?.reports.every((id) => body.figures.some((f) => f.id === id))).toBe(true);
    expect(body.articles.every((a) => a.story === helga.id)).toBe(true);
    expect(body.quotes.length).toBeGreaterThan(0);
    expectError(await get('/api/stories/s9999'), 404, 'E_NOT_FOUND');
  });

  it('gives an article with its mentions, quotes and figures, and an entity with who it co-occurs with', async () => {
    const { stories } = (await get('/api/stories')).json() as { stories: Listing[] };
    const story = (await get(`/api/stories/${largestStory(stories).id}`)).json() as { quotes: { article: string; speaker: string | null }[] };
    const quote = story.quotes.find((q) => q.speaker !== null) ?? story.quotes[0];
    const article = (await get(`/api/articles/${encodeURIComponent(quote.article)}`)).json() as {
      article: { id: string; text: string };
      mentions: { start: number; end: number; text: string; entity: string }[];
      quotes: { start: number; end: number; text: string }[];
    };
    expect(article.article.id).toBe(quote.article);
    for (const m of article.mentions) expect(article.article.text.slice(m.start, m.end)).toBe(m.text);
    expect(article.quotes.length).toBeGreaterThan(0);
    expectError(await get('/api/articles/no-such-article'), 404, 'E_NOT_FOUND');

    const entityId = article.mentions[0].entity;
    const entity = (await get(`/api/entities/${encodeURIComponent(entityId)}`)).json() as {
      entity: { id: string; variants: string[]; mentions: unknown[]; mentionCount: number; articleCount: number };
      coOccurring: unknown[];
      articles: { id: string; story: string }[];
      stories: { id: string }[];
    };
    expect(entity.entity.mentions.length).toBeGreaterThan(0);
    // From the store's entity index: whole-store counts beside the (bounded) lists.
    expect(entity.entity.mentionCount).toBeGreaterThanOrEqual(entity.entity.mentions.length);
    expect(entity.entity.articleCount).toBe(entity.articles.length);
    expect(entity.stories.map((s) => s.id).sort()).toEqual([...new Set(entity.articles.map((a) => a.story))].sort());
    expect(entity.articles.map((a) => a.id)).toContain(quote.article);
    expect(entity.coOccurring.length).toBeGreaterThan(0);
    expectError(await get('/api/entities/PER%3ANo%20One'), 404, 'E_NOT_FOUND');
    expectError(await get(`/api/entities/${'x'.repeat(400)}`), 400, 'E_BAD_REQUEST');
  });
});

describe('GET /api/search', () => {
  it('finds inflected forms and marks them as ranges in a plain excerpt', async () => {
    const body = (await get(`/api/search?q=${encodeURIComponent('evakuere')}&limit=3`)).json() as { hits: { excerpt: string; highlights: { start: number; end: number }[] }[]; next: number | null };
    expect(body.hits.length).toBe(3);
    expect(body.next).toBe(3);
    expect(body.hits.filter((hit) => hit.highlights.length > 0).length).toBeGreaterThan(1);
    for (const hit of body.hits) {
      for (const h of hit.highlights) expect(hit.excerpt.slice(h.start, h.end).toLowerCase()).toMatch(/^evaku/);
    }
  });

  it('refuses a missing or bad query with 400', async () => {
    expectError(await get('/api/search'), 400, 'E_BAD_REQUEST');
    expectError(await get('/api/search?q=ferge&limit=-1'), 400, 'E_BAD_REQUEST');
    expectError(await get('/api/search?q=ferge&offset=x'), 400, 'E_BAD_REQUEST');
  });
});

describe('Atom feeds', () => {
  it('serves latest stories, a search, a story and an entity as Atom', async () => {
    const stories = await get('/feeds/stories.atom');
    expect(stories.headers['content-type']).toMatch(/application\/atom\+xml/);
    const feed = xml.parse(stories.body).feed as { entry: { title: { '#text': string } }[] };
    expect(feed.entry.length).toBeGreaterThan(3);

    const search = xml.parse((await get('/feeds/search.atom?q=Helga')).body).feed as { entry: unknown[] };
    expect(search.entry.length).toBeGreaterThan(0);
    expectError(await get('/feeds/search.atom'), 400, 'E_BAD_REQUEST');

    const { stories: list } = (await get('/api/stories')).json() as { stories: Listing[] };
    const largest = largestStory(list);
    const storyFeed = await get(`/feeds/story/${largest.id}.atom`);
    expect(storyFeed.statusCode).toBe(200);
    expect(xml.parse(storyFeed.body).feed.entry.length).toBe(largest.articleCount);
    expectError(await get('/feeds/story/s9999.atom'), 404, 'E_NOT_FOUND');
    expectError(await get(`/feeds/story/${largest.id}.rss`), 404, 'E_NOT_FOUND');

    const detail = (await get(`/api/stories/${largest.id}`)).json() as { entities: { id: string }[] };
    const entityFeed = await get(`/feeds/entity/${encodeURIComponent(detail.entities[0].id)}.atom`);
    expect(entityFeed.statusCode).toBe(200);
    expectError(await get('/feeds/entity/PER%3ANo%20One.atom'), 404, 'E_NOT_FOUND');
  });
});

describe('unknown routes', () => {
  it('answers 404 as JSON', async () => {
    expectError(await get('/api/nothing-here'), 404, 'E_NOT_FOUND');
  });
});
