// Discover, fetch, hand over: feeds are polled with their validators (an unchanged feed costs a
// 304), new links are fetched once, and each page goes to a sink (the CLI's: clean, analyse,
// store). Every failure becomes one log line and a retry schedule, never an exception.
import type { RawArticle } from '../doc/model.js';
import { FetchError } from './errors.js';
import { discoverFeeds, parseFeed, type FeedEntry } from './feeds.js';
import type { FeedSource } from './feed-list.js';
import type { HttpClient } from './http-client.js';
import { pageIsSettled, type FetchStateStore, type PageRecord } from './state.js';

export type SinkOutcome = { status: 'stored' | 'duplicate'; contentHash: string | null } | { status: 'failed'; error: string };

export interface CrawlDeps {
  client: HttpClient;
  state: FetchStateStore;
  /** Turns a fetched page into a stored article; synchronous so a page is stored whole or not at all. */
  sink: (raw: RawArticle) => SinkOutcome;
  log: (line: string) => void;
  now?: () => number;
}

export interface CrawlSummary {
  feedsPolled: number;
  feedsUnchanged: number;
  feedsFailed: number;
  pagesFetched: number;
  stored: number;
  duplicates: number;
  skipped: number;
  failed: number;
}

export const emptySummary = (): CrawlSummary => ({ feedsPolled: 0, feedsUnchanged: 0, feedsFailed: 0, pagesFetched: 0, stored: 0, duplicates: 0, skipped: 0, failed: 0 });

const describe = (error: unknown): string => (error instanceof FetchError ? error.describe() : (error as Error).message);

/** Canonical URL as the page declares it (link rel=canonical, og:url), resolved against the page URL. */
export function canonicalFromHtml(html: string, pageUrl: string): string | null {
  const head = html.slice(0, 200_000);
  const link = /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i.exec(head)?.[0] ?? null;
  const og = /<meta\b[^>]*\bproperty\s*=\s*["']og:url["'][^>]*>/i.exec(head)?.[0] ?? null;
  const href = link ? /\bhref\s*=\s*["']([^"']+)["']/i.exec(link)?.[1] : og ? /\bcontent\s*=\s*["']([^"']+)["']/i.exec(og)?.[1] : undefined;
  if (!href) return null;
  try {
    const url = new URL(href.replace(/&amp;/g, '&'), pageUrl);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Runs `task` over `items` with at most `width` in flight. */
async function pool<T>(items: readonly T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

export interface PageHint {
  outlet?: string | null;
  lang?: string | null;
  title?: string | null;
  published?: string | null;
  author?: string | null;
  modified?: string | null;
}

/** Fetch one article page and pass it to the sink, unless it is already settled. */
export async function fetchPage(url: string, hint: PageHint, deps: CrawlDeps, summary: CrawlSummary): Promise<void> {
  const now = deps.now ?? Date.now;
  const previous = deps.state.page(url);
  if (pageIsSettled(previous)) {
    summary.skipped++;
    return;
  }
  const record = (fields: Partial<PageRecord> & Pick<PageRecord, 'status'>): void =>
    deps.state.recordPage({ url, canonicalUrl: null, contentHash: null, error: null, attempts: (previous?.attempts ?? 0) + 1, fetchedMs: now(), ...fields });
  let page;
  try {
    page = await deps.client.get(url);
    summary.pagesFetched++;
  } catch (error) {
    summary.failed++;
    deps.log(`fetch failed: ${describe(error)}`);
    record({ status: error instanceof FetchError && !error.retryable ? 'skipped' : 'failed', error: describe(error) });
    return;
  }
  if (page.contentType && !/html|xml|text\/plain/i.test(page.contentType)) {
    summary.skipped++;
    deps.log(`skipped ${url}: not a web page (${page.contentType})`);
    record({ status: 'skipped', error: `content type ${page.contentType}` });
    return;
  }
  const canonicalUrl = canonicalFromHtml(page.text, page.url) ?? page.url;
  const earlier = deps.state.pageByCanonical(canonicalUrl);
  if (earlier && earlier.url !== url) {
    summary.duplicates++;
    record({ status: 'duplicate', canonicalUrl, contentHash: earlier.contentHash });
    return;
  }
  const raw: RawArticle = {
    id: canonicalUrl,
    source: url,
    outlet: hint.outlet ?? null,
    title: null,
    published: hint.published ?? null,
    author: hint.author ?? null,
    modified: hint.modified ?? null,
    lang: hint.lang ?? null,
    url: canonicalUrl,
    body: { kind: 'html', html: page.text },
  };
  const outcome = deps.sink(raw);
  if (outcome.status === 'failed') {
    summary.failed++;
    deps.log(`not stored: ${url}: ${outcome.error}`);
    record({ status: 'skipped', canonicalUrl, error: outcome.error });
    return;
  }
  if (outcome.status === 'stored') summary.stored++;
  else summary.duplicates++;
  record({ status: outcome.status, canonicalUrl, contentHash: outcome.contentHash });
}

export interface PollOptions {
  /** Time between polls of one feed. */
  intervalMs: number;
  /** Feeds polled at once (each host is still rate-limited by the client); default FEED_CONCURRENCY. */
  feedConcurrency?: number;
  pageConcurrency?: number;
  /** Poll every feed now, whatever its schedule says. */
  ignoreSchedule?: boolean;
}

const MAX_BACKOFF_FACTOR = 32;

/**
 * Feeds in flight at once. A round is bound by politeness, not CPU: each feed's host is spaced at
 * one request a second (robots.txt, feed, then its new pages), so feeds on different hosts must
 * overlap. With 8, a round over 500 feeds with two new items each took 207 s (bench/fetch.ts); the
 * synchronous sink still stores one page at a time, and per-host caps bound what is in flight.
 */
const FEED_CONCURRENCY = 32;

/** One round over the feeds that are due. */
export async function pollFeeds(feeds: readonly FeedSource[], options: PollOptions, deps: CrawlDeps): Promise<CrawlSummary> {
  const summary = emptySummary();
  const now = deps.now ?? Date.now;
  const due = feeds.filter((feed) => options.ignoreSchedule || (deps.state.feed(feed.url)?.nextPollMs ?? 0) <= now());
  await pool(due, options.feedConcurrency ?? FEED_CONCURRENCY, async (feed) => {
    const entries = await pollFeed(feed, options, deps, summary, 1);
    await pool(entries, options.pageConcurrency ?? 4, (entry) => fetchPage(entry.url, { outlet: feed.outlet, lang: feed.lang ?? entry.lang, published: entry.published, author: entry.author, modified: entry.modified }, deps, summary));
  });
  return summary;
}

/** One feed's new entries; a sitemap index or an HTML page with feed links is followed one level down. */
async function pollFeed(feed: FeedSource, options: PollOptions, deps: CrawlDeps, summary: CrawlSummary, depth: number): Promise<FeedEntry[]> {
  const now = deps.now ?? Date.now;
  const previous = deps.state.feed(feed.url);
  const base = { outlet: feed.outlet, lang: feed.lang, polledMs: now() };
  summary.feedsPolled++;
  try {
    const result = await deps.client.get(feed.url, { etag: previous?.etag, lastModified: previous?.lastModified });
    const validators = { etag: result.etag, lastModified: result.lastModified };
    const ok = { ...base, ...validators, status: result.status, error: null, failures: 0, nextPollMs: now() + options.intervalMs };
    if (result.notModified) {
      summary.feedsUnchanged++;
      deps.state.recordFeedPoll(feed.url, ok);
      return [];
    }
    let parsed;
    try {
      parsed = parseFeed(result.text, result.url);
    } catch (error) {
      const discovered = error instanceof FetchError && error.code === 'E_FEED_NOT_FEED' && depth > 0 ? discoverFeeds(result.text, result.url) : [];
      if (discovered.length === 0) throw error;
      deps.log(`${feed.url}: an HTML page; following its feed link(s) ${discovered.join(', ')}`);
      deps.state.recordFeedPoll(feed.url, ok);
      const nested = await Promise.all(discovered.map((url) => pollFeed({ ...feed, url }, options, deps, summary, depth - 1)));
      return nested.flat();
    }
    deps.state.recordFeedPoll(feed.url, ok);
    if (parsed.kind === 'sitemap-index') {
      if (depth <= 0) return [];
      const nested = await Promise.all(parsed.entries.map((entry) => pollFeed({ ...feed, url: entry.url }, options, deps, summary, depth - 1)));
      return nested.flat();
    }
    return parsed.entries.filter((entry) => !pageIsSettled(deps.state.page(entry.url)));
  } catch (error) {
    summary.feedsFailed++;
    const failures = (previous?.failures ?? 0) + 1;
    const retryable = !(error instanceof FetchError) || error.retryable || error.code === 'E_FEED_MALFORMED';
    const delay = options.intervalMs * Math.min(MAX_BACKOFF_FACTOR, 2 ** (failures - 1)) * (retryable ? 1 : 4);
    deps.log(`feed failed: ${describe(error)}; next try in ${Math.round(delay / 1000)} s`);
    deps.state.recordFeedPoll(feed.url, {
      ...base,
      etag: previous?.etag ?? null,
      lastModified: previous?.lastModified ?? null,
      status: error instanceof FetchError ? error.status : null,
      error: describe(error),
      failures,
      nextPollMs: now() + delay,
    });
    return [];
  }
}
