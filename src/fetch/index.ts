// Fetching news where it is published: a polite HTTP client, feed parsing, the feed list, and
// the crawl that ties them to a sink (the CLI's analyse-and-store).
export { HttpClient, httpClientOptions, type HttpClientOptions, type FetchResult, type Validators } from './http-client.js';
export { FetchError, type FetchErrorCode } from './errors.js';
export { decodeBody, type DecodedBody } from './charset.js';
export { parseFeed, discoverFeeds, type ParsedFeed, type FeedEntry, type FeedKind } from './feeds.js';
export { parseFeedList, type FeedSource, type FeedListProblem } from './feed-list.js';
export { pollFeeds, fetchPage, canonicalFromHtml, emptySummary, type CrawlDeps, type CrawlSummary, type SinkOutcome, type PollOptions } from './crawl.js';
export { MemoryFetchState, type FetchStateStore, type FeedState, type PageRecord } from './state.js';
