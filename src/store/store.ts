// The store interface: what the CLI and (later) the API need from persistence. SQLite is the
// embedded default; other implementations must pass the same conformance suite.
import type { Article } from '../doc/model.js';
import type { ReportArticle, ReportEntity, ReportQuote } from '../report/types.js';

export type IngestOutcome =
  | { status: 'stored'; id: string; story: string }
  | { status: 'duplicate'; id: string; existingId: string };

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  story: string | null;
  /** A window of the text around the first match, matches marked with «…». */
  snippet: string;
  score: number;
  /** The same window as plain text, and where the matched words lie in it (for highlighting
   * without parsing marks that may occur in the text itself, like Norwegian «quotes»). */
  excerpt: string;
  highlights: { start: number; end: number }[];
}

/** One story as a list shows it: enough to choose, without loading its articles. */
export interface StoryListing {
  id: string;
  /** Headline of its earliest titled article. */
  title: string | null;
  articleCount: number;
  languages: string[];
  outlets: string[];
  /** The highest count of each figure kind (killed, injured, arrested…) any article reported:
   * a headline number, not the reconciled facts of the story page. */
  keyFigures: Record<string, number>;
  /** Earliest and latest publication time of its articles (ISO), null when none is dated. */
  first: string | null;
  last: string | null;
  /** Latest activity: the newest publication time, or when it was stored if none is dated. */
  activity: string;
}

export interface StoryListQuery {
  /** Full-text query: stories with at least one matching article. */
  q?: string;
  lang?: string;
  outlet?: string;
  /** Stories naming this entity (an id as `entityPage` takes it). */
  entity?: string;
  /** Only these stories (a filter resolved by the caller, e.g. stories naming an entity). */
  stories?: readonly string[];
  /** ISO dates: stories active on or after `since`, begun on or before `until`. */
  since?: string;
  until?: string;
  limit?: number;
  /** Opaque cursor from the previous page's `next`. */
  cursor?: string;
}

export interface StoryPage {
  stories: StoryListing[];
  /** Cursor for the next page, null on the last. */
  next: string | null;
}

/** What changed since a point in the store's history: for live updates (polling is enough, as
 * another process such as `watch` may be the writer). */
export interface StoreChanges {
  /** Pass this back as `after` next time. */
  position: number;
  stories: { id: string; created: boolean }[];
}

export interface EntityPageOptions {
  /** Newest mentions, articles and speaker quotes to include. */
  mentions?: number;
  articles?: number;
  quotes?: number;
  coOccurring?: number;
  /** Co-occurrence is counted over this many of the entity's newest articles. */
  coOccurrenceWindow?: number;
}

/** An entity as its page shows it, from the store's entity index: lists are the newest first and
 * bounded (see EntityPageOptions); the counts are over the whole store. */
export interface EntityPage {
  entity: ReportEntity & { mentionCount: number; articleCount: number };
  quotes: ReportQuote[];
  coOccurring: { entity: Omit<ReportEntity, 'mentions'>; articles: number }[];
  /** How many of the entity's newest articles co-occurrence was counted over. */
  coOccurrenceWindow: number;
  articles: Omit<ReportArticle, 'text'>[];
  stories: StoryListing[];
}

export interface ArticleQuery {
  story?: string;
  /** ISO date: articles published on or after it. */
  since?: string;
}

export interface Store {
  /** Stores one analysed article and assigns it to a story, atomically. */
  ingest(article: Article): IngestOutcome;
  search(query: string, limit?: number, offset?: number): SearchHit[];
  /** Stored articles with every layer, and the story each belongs to. */
  articles(query?: ArticleQuery): { articles: Article[]; storyOf: Map<string, string> };
  count(): { articles: number; stories: number };
  /** Stories by latest activity, filtered, one page at a time (keyset pagination). */
  listStories(query?: StoryListQuery): StoryPage;
  /** Listings of the given stories, in the given order; unknown ids are left out. */
  storyListings(ids: readonly string[]): StoryListing[];
  /** An entity by stable id ("TYPE:name") or by a variant of its name, or undefined. */
  entityPage(id: string, options?: EntityPageOptions): EntityPage | undefined;
  /** One stored article with its story, or undefined. */
  article(id: string): { article: Article; story: string } | undefined;
  /** Stories touched by articles stored after `after` (a position from an earlier call; 0 = all). */
  changesSince(after: number): StoreChanges;
  close(): void;
}

export class StoreError extends Error {
  constructor(
    readonly code: 'E_STORE_OPEN' | 'E_STORE_SCHEMA' | 'E_STORE_QUERY',
    message: string,
  ) {
    super(message);
  }
}
