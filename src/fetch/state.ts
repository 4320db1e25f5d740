// What the fetcher remembers between runs (kept in the store, see src/store/sqlite/fetch-state.ts):
// each feed's validators and poll schedule, each page's outcome, so a restart resumes without
// re-fetching and the same article reached through several feeds is taken once.

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastPollMs: number | null;
  nextPollMs: number | null;
  failures: number;
}

export interface FeedPoll {
  outlet: string | null;
  lang: string | null;
  etag: string | null;
  lastModified: string | null;
  status: number | null;
  error: string | null;
  failures: number;
  polledMs: number;
  nextPollMs: number;
}

export type PageStatus = 'stored' | 'duplicate' | 'failed' | 'skipped';

export interface PageRecord {
  url: string;
  canonicalUrl: string | null;
  contentHash: string | null;
  status: PageStatus;
  error: string | null;
  attempts: number;
  fetchedMs: number;
}

export interface FetchStateStore {
  feed(url: string): FeedState | null;
  recordFeedPoll(url: string, poll: FeedPoll): void;
  page(url: string): PageRecord | null;
  /** A page already taken under this canonical URL (another feed's link to the same article). */
  pageByCanonical(canonicalUrl: string): PageRecord | null;
  recordPage(record: PageRecord): void;
}

/** Pages not to fetch again: stored, duplicate, skipped, or failed too often. */
export const MAX_PAGE_ATTEMPTS = 3;

export function pageIsSettled(record: PageRecord | null): boolean {
  return record !== null && (record.status !== 'failed' || record.attempts >= MAX_PAGE_ATTEMPTS);
}

/** In memory, for tests and one-off runs without a database. */
export class MemoryFetchState implements FetchStateStore {
  private readonly feeds = new Map<string, FeedState>();
  private readonly pages = new Map<string, PageRecord>();

  feed(url: string): FeedState | null {
    return this.feeds.get(url) ?? null;
  }

  recordFeedPoll(url: string, poll: FeedPoll): void {
    this.feeds.set(url, { url, etag: poll.etag, lastModified: poll.lastModified, lastPollMs: poll.polledMs, nextPollMs: poll.nextPollMs, failures: poll.failures });
  }

  page(url: string): PageRecord | null {
    return this.pages.get(url) ?? null;
  }

  pageByCanonical(canonicalUrl: string): PageRecord | null {
    for (const record of this.pages.values()) if (record.canonicalUrl === canonicalUrl && record.status !== 'failed') return record;
    return null;
  }

  recordPage(record: PageRecord): void {
    this.pages.set(record.url, record);
  }
}
