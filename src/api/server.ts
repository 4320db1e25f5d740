// The HTTP server of `tidende serve`: JSON API, Atom feeds, live updates and the web UI, in one
// fastify process over one store. Inputs are parsed with the zod schemas of ./schemas.ts.
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { processRaw } from '../analyze/index.js';
import type { RawArticle } from '../doc/model.js';
import { FetchError, HttpClient } from '../fetch/index.js';
import { defaultPipeline } from '../nlp/default-pipeline.js';
import type { Pipeline } from '../nlp/pipeline.js';
import type { Report } from '../report/index.js';
import type { Store } from '../store/index.js';
import { atomFeed, atomTime, type AtomEntry } from './atom.js';
import { CorpusView } from './corpus-view.js';
import { ApiError, errorBody, handleError } from './errors.js';
import { LiveUpdates } from './live-updates.js';
import { openApiDocument } from './openapi.js';
import { storeReads, type StoreReads } from './read-pool.js';
import { articleInput, articleMetaQuery, feedSearchQuery, idParam, searchQuery, storyListQuery, type ArticleInput } from './schemas.js';

export interface ServerOptions {
  store: Store;
  /** The address it will listen on: decides whether writes need a token. */
  host?: string;
  /** Bearer token for write endpoints; required for writes when `host` is not loopback. */
  token?: string;
  /** Directory of the built web UI (index.html and assets); not served when absent. */
  webRoot?: string | null;
  /** Largest request body in bytes. */
  bodyLimit?: number;
  /** How often the store is polled for live updates. */
  pollMs?: number;
  logger?: boolean;
  /** Let ingest by URL reach loopback, private and link-local addresses (off: SSRF guard). */
  allowPrivateUrls?: boolean;
  /** The client that fetches pages for ingest by URL (tests pass one with short timeouts). */
  httpClient?: HttpClient;
  /** Where search, story lists and entity pages run: a ReadPool of worker threads over the
   * SQLite file, or by default the store itself on the main thread. */
  reads?: StoreReads;
}

export const serverDefaults = { host: '127.0.0.1', bodyLimit: 2 * 1024 * 1024, pollMs: 1000 } as const;

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

const FEED_SIZE = 50;

/** Same-length digests, so the comparison takes the same time whatever the token. */
function tokenMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** An entity page with no lists: whether the entity exists, and its counts. */
const NO_ENTITY_LISTS = { mentions: 0, articles: 0, quotes: 0, coOccurring: 0, coOccurrenceWindow: 0 } as const;

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store } = options;
  const reads = options.reads ?? storeReads(store);
  // An unfiltered or lang/outlet/date-filtered list walks an index in well under a millisecond:
  // less than the hop to a pool thread, which on a busy machine waits for a time slice.
  const mainThread = storeReads(store);
  const host = options.host ?? serverDefaults.host;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: options.bodyLimit ?? serverDefaults.bodyLimit, routerOptions: { maxParamLength: 2000 } });
  const corpus = new CorpusView(store);
  const live = new LiveUpdates(store, options.pollMs ?? serverDefaults.pollMs);
  let pipeline: Pipeline | undefined;
  app.addHook('onClose', () => live.close());

  app.setErrorHandler(handleError);
  app.addContentTypeParser(['text/html', 'application/xhtml+xml'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  // Article text reaches the UI only as escaped text; the policy is the second line of defence.
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!request.url.startsWith('/api/') && !request.url.startsWith('/feeds/')) {
      reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
      reply.header('x-frame-options', 'DENY');
    }
    return payload;
  });

  const baseUrl = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

  const requireWrite = (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (options.token) {
      const given = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
      if (given === undefined || !tokenMatches(given, options.token)) throw new ApiError(401, 'E_UNAUTHORIZED', 'this endpoint needs "Authorization: Bearer <token>" with the token given to `tidende serve`');
    } else if (!isLoopback(host)) {
      throw new ApiError(403, 'E_WRITE_DISABLED', 'writes are disabled: the server listens beyond loopback without a token (start it with --token)');
    }
  };

  // ---- JSON API
  app.get('/healthz', async () => ({ status: 'ok', ...store.count() }));
  app.get('/api/openapi.json', async () => openApiDocument());

  app.get('/api/stories', async (request) => {
    const query = storyListQuery.parse(request.query);
    if (query.entity !== undefined && !(await reads.entityPage(query.entity, NO_ENTITY_LISTS))) throw new ApiError(404, 'E_NOT_FOUND', `no entity "${query.entity}"`);
    return (query.q !== undefined || query.entity !== undefined ? reads : mainThread).listStories({ q: query.q, lang: query.lang, outlet: query.outlet, since: query.since, until: query.until, limit: query.limit, cursor: query.cursor, entity: query.entity });
  });

  app.get('/api/stories/:id', async (request) => {
    const { id } = idParam.parse(request.params);
    const report = corpus.storyReport(id);
    const [listing] = store.storyListings([id]);
    if (!report || !listing) throw new ApiError(404, 'E_NOT_FOUND', `no story "${id}"`);
    const story = report.stories.find((s) => s.id === id) as Report['stories'][number];
    return { story: { ...story, outlets: listing.outlets, articleCount: listing.articleCount, keyFigures: listing.keyFigures, activity: listing.activity }, articles: report.articles, entities: report.entities, quotes: report.quotes, figures: report.figures, reuse: report.reuse };
  });

  app.get('/api/articles/:id', async (request) => {
    const { id } = idParam.parse(request.params);
    const found = store.article(id);
    if (!found) throw new ApiError(404, 'E_NOT_FOUND', `no article "${id}"`);
    const report = corpus.storyReport(found.story) as Report;
    const article = report.articles.find((a) => a.id === id);
    const story = report.stories.find((s) => s.id === found.story);
    const mentions = report.entities.flatMap((e) => e.mentions.filter((m) => m.article === id).map((m) => ({ ...m, entity: e.id, type: e.type })));
    mentions.sort((a, b) => a.start - b.start);
    return {
      article,
      story: story ? { id: story.id, title: story.title } : null,
      mentions,
      entities: report.entities.filter((e) => e.mentions.some((m) => m.article === id)).map(({ mentions: _m, ...e }) => e),
      quotes: report.quotes.filter((q) => q.article === id),
      figures: report.figures.filter((f) => f.article === id),
      reuse: report.reuse.filter((r) => r.a === id || r.b === id),
    };
  });

  app.get('/api/entities/:id', async (request) => {
    const { id } = idParam.parse(request.params);
    const page = await reads.entityPage(id);
    if (!page) throw new ApiError(404, 'E_NOT_FOUND', `no entity "${id}"`);
    return page;
  });

  app.get('/api/search', async (request) => {
    const query = searchQuery.parse(request.query);
    const hits = await reads.search(query.q, query.limit + 1, query.offset);
    return { query: query.q, hits: hits.slice(0, query.limit), next: hits.length > query.limit ? query.offset + query.limit : null };
  });

  let httpClient: HttpClient | undefined = options.httpClient;
  /** The page at `url`, fetched on the caller's behalf: never from a private address unless allowed. */
  const fetchForIngest = async (url: string): Promise<string> => {
    httpClient ??= new HttpClient({ blockPrivateAddresses: options.allowPrivateUrls !== true, retries: 0, timeoutMs: 15_000 });
    try {
      const page = await httpClient.get(url);
      return page.text;
    } catch (error) {
      if (error instanceof FetchError) {
        if (error.code === 'E_FETCH_PRIVATE' || error.code === 'E_FETCH_SCHEME') throw new ApiError(400, error.code, error.message);
        throw new ApiError(502, error.code, `could not fetch ${url}: ${error.message}`);
      }
      throw error;
    }
  };

  app.post('/api/articles', async (request, reply) => {
    requireWrite(request);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    let input: ArticleInput;
    if (contentType === 'application/json') {
      input = articleInput.parse(request.body);
    } else if (contentType === 'text/html' || contentType === 'application/xhtml+xml' || contentType === 'text/plain') {
      const meta = articleMetaQuery.parse(request.query);
      const body = request.body;
      if (typeof body !== 'string' || body.trim() === '') throw new ApiError(400, 'E_BAD_REQUEST', 'the request body is empty');
      input = contentType === 'text/plain' ? { ...meta, text: body } : { ...meta, html: body };
    } else {
      throw new ApiError(415, 'E_UNSUPPORTED_MEDIA_TYPE', 'send application/json (an article record), text/html or text/plain');
    }
    if (input.text === undefined && input.html === undefined && typeof input.url === 'string') {
      input = { ...input, html: await fetchForIngest(input.url) };
    }
    const content = input.text ?? input.html ?? '';
    const id = input.id === undefined ? `api-${createHash('sha256').update(content).digest('hex').slice(0, 16)}` : String(input.id);
    const raw: RawArticle = {
      id,
      source: input.url ?? `api:${id}`,
      outlet: input.outlet ?? null,
      title: input.title ?? null,
      published: input.published ?? null,
      lang: input.lang ?? null,
      url: input.url ?? null,
      body: input.text !== undefined ? { kind: 'text', text: input.text } : { kind: 'html', html: input.html as string },
    };
    pipeline ??= defaultPipeline();
    const processed = processRaw(raw, pipeline);
    if (processed.kind !== 'article') {
      const problem = processed.kind === 'error' ? processed.error : processed.warning;
      throw new ApiError(422, problem.code, problem.message);
    }
    const outcome = store.ingest(processed.article);
    live.poll();
    if (outcome.status === 'duplicate') return reply.code(200).send({ status: 'duplicate', id: outcome.existingId });
    return reply.code(201).header('location', `/api/articles/${encodeURIComponent(outcome.id)}`).send(outcome);
  });

  app.get('/api/events', (request, reply) => {
    reply.hijack();
    live.subscribe(reply.raw);
  });

  // ---- Atom feeds
  const sendAtom = (reply: import('fastify').FastifyReply, xml: string) => reply.type('application/atom+xml; charset=utf-8').send(xml);
  /** `/feeds/x/:file` with file "<id>.atom": the id, or a 404. */
  const feedId = (file: string) => {
    if (!file.endsWith('.atom') || file.length <= 5) throw new ApiError(404, 'E_NOT_FOUND', 'feeds end in .atom');
    return file.slice(0, -5);
  };
  const now = () => new Date().toISOString();

  app.get('/feeds/stories.atom', async (request, reply) => {
    const base = baseUrl(request);
    const { stories } = await mainThread.listStories({ limit: FEED_SIZE });
    const entries: AtomEntry[] = stories.map((s) => ({
      id: `${base}/stories/${encodeURIComponent(s.id)}`,
      title: s.title ?? s.id,
      updated: s.activity,
      link: `${base}/stories/${encodeURIComponent(s.id)}`,
      summary: `${s.articleCount} article(s) in ${s.languages.join(', ')}${s.outlets.length ? ` from ${s.outlets.join(', ')}` : ''}`,
    }));
    return sendAtom(reply, atomFeed({ id: `${base}/feeds/stories.atom`, title: 'Tidende: latest stories', self: `${base}/feeds/stories.atom`, alternate: `${base}/`, entries }));
  });

  app.get('/feeds/search.atom', async (request, reply) => {
    const { q } = feedSearchQuery.parse(request.query);
    const base = baseUrl(request);
    const self = `${base}/feeds/search.atom?q=${encodeURIComponent(q)}`;
    const entries: AtomEntry[] = (await reads.search(q, FEED_SIZE)).map((hit) => ({
      id: `${base}/articles/${encodeURIComponent(hit.id)}`,
      title: hit.title ?? hit.id,
      updated: atomTime(hit.published, now()),
      link: `${base}/articles/${encodeURIComponent(hit.id)}`,
      summary: hit.excerpt,
      author: hit.outlet,
    }));
    return sendAtom(reply, atomFeed({ id: self, title: `Tidende: search “${q}”`, self, alternate: `${base}/?q=${encodeURIComponent(q)}`, entries }));
  });

  app.get('/feeds/story/:file', async (request, reply) => {
    const id = feedId(idParam.parse({ id: (request.params as { file: string }).file }).id);
    const report = corpus.storyReport(id);
    if (!report) throw new ApiError(404, 'E_NOT_FOUND', `no story "${id}"`);
    const base = baseUrl(request);
    const story = report.stories[0];
    const entries = [...report.articles].reverse().map((a) => ({
      id: `${base}/articles/${encodeURIComponent(a.id)}`,
      title: a.title ?? a.id,
      updated: atomTime(a.published, now()),
      link: `${base}/articles/${encodeURIComponent(a.id)}`,
      summary: a.text.slice(0, 300),
      author: a.outlet,
    }));
    const self = `${base}/feeds/story/${encodeURIComponent(id)}.atom`;
    return sendAtom(reply, atomFeed({ id: self, title: `Tidende story: ${story.title}`, self, alternate: `${base}/stories/${encodeURIComponent(id)}`, entries }));
  });

  app.get('/feeds/entity/:file', async (request, reply) => {
    const id = feedId(idParam.parse({ id: (request.params as { file: string }).file }).id);
    const page = await reads.entityPage(id, { ...NO_ENTITY_LISTS, articles: FEED_SIZE });
    if (!page) throw new ApiError(404, 'E_NOT_FOUND', `no entity "${id}"`);
    const { entity } = page;
    const base = baseUrl(request);
    const entries = page.articles
      .map((a) => ({ id: `${base}/articles/${encodeURIComponent(a.id)}`, title: a.title ?? a.id, updated: atomTime(a.published, now()), link: `${base}/articles/${encodeURIComponent(a.id)}`, summary: store.article(a.id)?.article.text.slice(0, 300) ?? '', author: a.outlet }))
      .sort((a, b) => b.updated.localeCompare(a.updated));
    const self = `${base}/feeds/entity/${encodeURIComponent(entity.id)}.atom`;
    return sendAtom(reply, atomFeed({ id: self, title: `Tidende: ${entity.name}`, self, alternate: `${base}/entities/${encodeURIComponent(entity.id)}`, entries }));
  });

  // ---- the web UI: static assets, and index.html for its client-side routes
  const webRoot = options.webRoot && existsSync(join(options.webRoot, 'index.html')) ? options.webRoot : null;
  if (webRoot) await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (webRoot && request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/feeds/') && !/\.[a-z0-9]+$/i.test(path)) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.code(404).send(errorBody('E_NOT_FOUND', `no route ${request.method} ${path}`));
  });

  return app;
}
