// Fetch state in the SQLite store (tables of migration 2): feeds with validators and poll
// schedule, pages with their outcome, beside the articles they produced.
import type Database from 'better-sqlite3';
import type { FeedPoll, FeedState, FetchStateStore, PageRecord } from '../../fetch/state.js';

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_poll_ms: number | null;
  next_poll_ms: number | null;
  failures: number;
}

interface PageRow {
  url: string;
  canonical_url: string | null;
  content_hash: string | null;
  status: PageRecord['status'];
  error: string | null;
  attempts: number;
  fetched_ms: number;
}

const toPage = (row: PageRow | undefined): PageRecord | null =>
  row ? { url: row.url, canonicalUrl: row.canonical_url, contentHash: row.content_hash, status: row.status, error: row.error, attempts: row.attempts, fetchedMs: row.fetched_ms } : null;

export class SqliteFetchState implements FetchStateStore {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      feed: db.prepare('SELECT url, etag, last_modified, last_poll_ms, next_poll_ms, failures FROM fetch_feeds WHERE url = ?'),
      upsertFeed: db.prepare(
        `INSERT INTO fetch_feeds (url, outlet, lang, etag, last_modified, last_poll_ms, last_status, last_error, failures, next_poll_ms)
         VALUES (@url, @outlet, @lang, @etag, @lastModified, @polledMs, @status, @error, @failures, @nextPollMs)
         ON CONFLICT(url) DO UPDATE SET outlet = excluded.outlet, lang = excluded.lang, etag = excluded.etag, last_modified = excluded.last_modified,
           last_poll_ms = excluded.last_poll_ms, last_status = excluded.last_status, last_error = excluded.last_error, failures = excluded.failures,
           next_poll_ms = excluded.next_poll_ms`,
      ),
      page: db.prepare('SELECT * FROM fetch_pages WHERE url = ?'),
      pageByCanonical: db.prepare("SELECT * FROM fetch_pages WHERE canonical_url = ? AND status <> 'failed' LIMIT 1"),
      upsertPage: db.prepare(
        `INSERT INTO fetch_pages (url, canonical_url, content_hash, status, error, attempts, fetched_ms)
         VALUES (@url, @canonicalUrl, @contentHash, @status, @error, @attempts, @fetchedMs)
         ON CONFLICT(url) DO UPDATE SET canonical_url = excluded.canonical_url, content_hash = excluded.content_hash, status = excluded.status,
           error = excluded.error, attempts = excluded.attempts, fetched_ms = excluded.fetched_ms`,
      ),
    };
  }

  feed(url: string): FeedState | null {
    const row = this.statements.feed.get(url) as FeedRow | undefined;
    return row ? { url: row.url, etag: row.etag, lastModified: row.last_modified, lastPollMs: row.last_poll_ms, nextPollMs: row.next_poll_ms, failures: row.failures } : null;
  }

  recordFeedPoll(url: string, poll: FeedPoll): void {
    this.statements.upsertFeed.run({ url, ...poll });
  }

  page(url: string): PageRecord | null {
    return toPage(this.statements.page.get(url) as PageRow | undefined);
  }

  pageByCanonical(canonicalUrl: string): PageRecord | null {
    return toPage(this.statements.pageByCanonical.get(canonicalUrl) as PageRow | undefined);
  }

  recordPage(record: PageRecord): void {
    this.statements.upsertPage.run(record);
  }
}
