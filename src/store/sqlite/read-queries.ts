// The read side of the SQLite store: search, the story list, story listings and entity pages.
// It needs only a database connection (read-only will do) and the entity index's lookups, so the
// store runs it on its own connection and `tidende serve`'s read pool runs one per worker thread
// (src/api/read-pool.ts): the same code, so the same answers.
import type Database from 'better-sqlite3';
import { timeOf } from '../../corpus/stories/index.js';
import { stemsInAnyLanguage, termsOf } from '../../nlp/terms/index.js';
import { StoreError, type EntityPage, type EntityPageOptions, type SearchHit, type StoryListing, type StoryListQuery, type StoryPage } from '../store.js';
import type { SqliteEntityIndex } from './entity-index.js';

type Db = Database.Database;

const SNIPPET_RADIUS = 80;
/** Up to this many matching articles, a filtered story list collects their stories; above, it
 * walks the list (see listStories). The option `collectUpTo` overrides it (tests reach both
 * plans). 500 matches cost ~5 ms to collect at 100k articles; walking costs ~1-15 ms. */
const COLLECT_UP_TO = 500;
/** Search ranks the newest this many matches of a query (see search; option `rankWithin`). */
export const RANK_WITHIN = 5000;
/** Rankings kept for repeated queries and their next pages (~80 KB each at RANK_WITHIN). */
const RANKINGS_KEPT = 64;

/** A query's matches in rank order, as of one state of the database. */
interface Ranking {
  version: string;
  rowids: Float64Array;
  scores: Float64Array;
}

export interface ReadQueryOptions {
  collectUpTo?: number;
  rankWithin?: number;
}

/** What the reads need of the entity index: its lookups, never its writes. */
export type EntityLookups = Pick<SqliteEntityIndex, 'key' | 'page'>;

export class SqliteReadQueries {
  private readonly statements;
  /** By match expression, least recently used first. */
  private readonly rankings = new Map<string, Ranking>();

  constructor(
    private readonly db: Db,
    private readonly entityIndex: EntityLookups,
    private readonly options: ReadQueryOptions = {},
  ) {
    this.statements = {
      rankFloor: db.prepare('SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?'),
      // Ties (same counts, same lengths) in rowid order, as SQLite's sort left them before.
      rank: db.prepare('SELECT rowid, bm25(article_fts, 3.0, 1.0) AS score FROM article_fts WHERE article_fts MATCH ? AND rowid >= ? ORDER BY score, rowid').raw(),
      hit: db.prepare('SELECT id, title, outlet, published, lang, story, text FROM articles WHERE rowid = ?'),
      // data_version moves when another connection commits, total_changes when this one writes.
      dataVersion: db.prepare("SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes()").pluck(),
      countMatches: db.prepare('SELECT count(*) AS n FROM (SELECT rowid FROM article_fts WHERE article_fts MATCH ? LIMIT ?)'),
      storyListings: db.prepare('SELECT s.* FROM story_listing s WHERE s.story IN (SELECT value FROM json_each(?))'),
    };
  }

  search(query: string, limit = 20, offset = 0): SearchHit[] {
    const match = matchExpression(query);
    if (match === null) return [];
    const ranking = this.ranking(match);
    const stems = new Set(queryWords(query).flatMap((w) => stemsInAnyLanguage(w)));
    const hits: SearchHit[] = [];
    // Only the page's articles are read, and only their text is cut into snippets.
    for (let i = offset; i < Math.min(ranking.rowids.length, offset + limit); i++) {
      const { text, ...article } = this.statements.hit.get(ranking.rowids[i]) as Omit<SearchHit, 'snippet' | 'excerpt' | 'highlights' | 'score'> & { text: string };
      hits.push({ ...article, score: -ranking.scores[i], ...snippetOf(text, article.lang, stems) });
    }
    return hits;
  }

  /** The matches of `match` in rank order: kept until the database changes, as ranking costs
   * most of a search (bm25 over up to RANK_WITHIN matches, ~2-5 ms at 100k articles) and a
   * reader's next page, or the next reader of a busy query, would rank the same matches again. */
  private ranking(match: string): Ranking {
    const version = this.statements.dataVersion.get() as string;
    const kept = this.rankings.get(match);
    this.rankings.delete(match);
    if (kept?.version === version) {
      this.rankings.set(match, kept);
      return kept;
    }
    // Rank inside the full-text index alone, then read the page's articles: joining first would
    // read the text of every match. A word in a third of the store has tens of thousands of
    // matches, and bm25 costs a lookup per match: rank the newest RANK_WITHIN matches only
    // (news readers want recent reports first anyway).
    const floor = (this.statements.rankFloor.get(match, (this.options.rankWithin ?? RANK_WITHIN) - 1) as { rowid: number } | undefined)?.rowid ?? 0;
    const rows = this.statements.rank.all(match, floor) as [number, number][];
    const ranking: Ranking = { version, rowids: Float64Array.from(rows, (r) => r[0]), scores: Float64Array.from(rows, (r) => r[1]) };
    this.rankings.set(match, ranking);
    if (this.rankings.size > RANKINGS_KEPT) this.rankings.delete(this.rankings.keys().next().value as string);
    return ranking;
  }

  listStories(query: StoryListQuery = {}): StoryPage {
    const limit = Math.min(Math.max(query.limit ?? 20, 1), 200);
    // Text and entity filters take one of two plans. Few matching articles: collect their
    // stories. Many: walk the list by activity, checking each story's articles against the set of
    // matches (built once); a page fills after a few stories.
    const collectUpTo = this.options.collectUpTo ?? COLLECT_UP_TO;
    let collected = false;
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.cursor !== undefined) {
      const [activity, story] = decodeCursor(query.cursor);
      where.push('(s.activity_ms < ? OR (s.activity_ms = ? AND s.story < ?))');
      params.push(activity, activity, story);
    }
    if (query.lang !== undefined) {
      where.push('EXISTS (SELECT 1 FROM articles a WHERE a.lang = ? AND a.story = s.story)');
      params.push(query.lang);
    }
    if (query.outlet !== undefined) {
      where.push('EXISTS (SELECT 1 FROM articles a WHERE a.outlet = ? AND a.story = s.story)');
      params.push(query.outlet);
    }
    if (query.since !== undefined) {
      where.push('s.last_ms >= ?');
      params.push(requireTime(query.since, false));
    }
    if (query.until !== undefined) {
      where.push('s.first_ms <= ?');
      params.push(requireTime(query.until, true));
    }
    if (query.stories !== undefined) {
      where.push('s.story IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(query.stories));
    }
    if (query.q !== undefined) {
      const match = matchExpression(query.q);
      if (match === null) return { stories: [], next: null };
      const matches = (this.statements.countMatches.get(match, collectUpTo + 1) as { n: number }).n;
      if (matches === 0) return { stories: [], next: null };
      collected ||= matches <= collectUpTo;
      where.push(
        matches <= collectUpTo
          ? 's.story IN (SELECT a.story FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid WHERE article_fts MATCH ?)'
          : 'EXISTS (SELECT 1 FROM articles a WHERE a.story = s.story AND +a.rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?))',
      );
      params.push(match);
    }
    if (query.entity !== undefined) {
      const entity = this.entityIndex.key(query.entity);
      if (entity === undefined) return { stories: [], next: null };
      if (entity.articles === 0) return { stories: [], next: null };
      collected ||= entity.articles <= collectUpTo;
      where.push(
        entity.articles <= collectUpTo
          ? 's.story IN (SELECT a.story FROM entity_mentions m JOIN articles a ON a.rowid = m.article_rowid WHERE m.entity = ?)'
          : 'EXISTS (SELECT 1 FROM articles a WHERE a.story = s.story AND +a.rowid IN (SELECT article_rowid FROM entity_mentions WHERE entity = ?))',
      );
      params.push(entity.key);
    }
    // Collected stories are few: look each up and sort them (`+` keeps SQLite from walking the
    // whole list in activity order instead).
    const rows = this.db
      .prepare(`SELECT s.* FROM story_listing s ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${collected ? '+' : ''}s.activity_ms DESC, s.story DESC LIMIT ?`)
      .all(...params, limit + 1) as ListingRow[];
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { stories: page.map(listingOf), next: rows.length > limit && last ? encodeCursor(last.activity_ms, last.story) : null };
  }

  entityPage(id: string, options?: EntityPageOptions): EntityPage | undefined {
    const page = this.entityIndex.page(id, options);
    if (page === undefined) return undefined;
    return { ...page, stories: this.storyListings([...new Set(page.articles.map((a) => a.story))]) };
  }

  storyListings(ids: readonly string[]): StoryListing[] {
    const rows = this.statements.storyListings.all(JSON.stringify(ids)) as ListingRow[];
    const byId = new Map(rows.map((r) => [r.story, listingOf(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}

export interface ListingRow {
  story: string;
  title: string | null;
  articles: number;
  languages: string;
  outlets: string;
  key_figures: string;
  first_ms: number | null;
  last_ms: number | null;
  activity_ms: number;
  last_rowid: number;
}

const isoOf = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function listingOf(row: ListingRow): StoryListing {
  return {
    id: row.story,
    title: row.title,
    articleCount: row.articles,
    languages: JSON.parse(row.languages),
    outlets: JSON.parse(row.outlets),
    keyFigures: JSON.parse(row.key_figures ?? '{}'),
    first: isoOf(row.first_ms),
    last: isoOf(row.last_ms),
    activity: isoOf(row.activity_ms) as string,
  };
}

/** A date bound in milliseconds; a day-precise `until` covers the whole day. */
function requireTime(value: string, endOfPeriod: boolean): number {
  const time = timeOf(value);
  if (time === null) throw new StoreError('E_STORE_QUERY', `not a date: ${value}`);
  return endOfPeriod && /^\d{4}-\d{2}-\d{2}$/.test(value) ? time + 86_399_999 : time;
}

function encodeCursor(activity: number, story: string): string {
  return Buffer.from(JSON.stringify([activity, story])).toString('base64url');
}

function decodeCursor(cursor: string): [number, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && Number.isFinite(value[0]) && typeof value[1] === 'string') return [value[0], value[1]];
  } catch {
    // fall through to the error below
  }
  throw new StoreError('E_STORE_QUERY', `not a cursor from this server: ${cursor}`);
}

const queryWords = (query: string): string[] => [...query.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);

/** An FTS5 expression: every query word, each as the OR of its stems in every language. */
export function matchExpression(query: string): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  return words.map((word) => `(${stemsInAnyLanguage(word).map((s) => `"${s.replace(/"/g, '""')}"`).join(' OR ')})`).join(' AND ');
}

/** A window of text around the first word whose stem was searched for: marked «…» in
 * `snippet`, and as ranges into the plain `excerpt`. */
export function snippetOf(text: string, lang: string, stems: ReadonlySet<string>): Pick<SearchHit, 'snippet' | 'excerpt' | 'highlights'> {
  // Stemming keeps a word's first letters, so only words starting like a searched stem are
  // stemmed; and only up to the end of the window around the first hit.
  const starts = new Set([...stems].map((s) => s.slice(0, 2)));
  const isHit = (word: string): boolean => {
    const lower = word.toLowerCase();
    return starts.has(lower.slice(0, 2)) && (stems.has(lower) || termsOf(lower, lang).some((t) => stems.has(t)));
  };
  const hits: RegExpExecArray[] = [];
  const words = /[\p{L}\p{N}]+/gu;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    if (hits.length > 0 && m.index + m[0].length > (hits[0].index as number) + SNIPPET_RADIUS) break;
    if (isHit(m[0])) hits.push(m);
  }
  const first = hits[0]?.index ?? 0;
  const from = hits.length === 0 ? 0 : Math.max(0, first - SNIPPET_RADIUS);
  const to = Math.min(text.length, hits.length === 0 ? SNIPPET_RADIUS * 2 : first + SNIPPET_RADIUS);
  // Build marked and plain windows together, folding whitespace as we go so ranges stay true.
  const prefix = from > 0 ? '…' : '';
  let snippet = prefix;
  let excerpt = prefix;
  const highlights: { start: number; end: number }[] = [];
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  let cursor = from;
  for (const hit of hits) {
    const at = hit.index ?? 0;
    if (at < from || at + hit[0].length > to) continue;
    const between = fold(text.slice(cursor, at));
    snippet += `${between}«${hit[0]}»`;
    excerpt += between;
    highlights.push({ start: excerpt.length, end: excerpt.length + hit[0].length });
    excerpt += hit[0];
    cursor = at + hit[0].length;
  }
  const tail = fold(text.slice(cursor, to));
  snippet += tail;
  excerpt += tail;
  const suffix = to < text.length ? '…' : '';
  // Trim leading whitespace (shifting ranges) and trailing whitespace.
  const lead = excerpt.length - excerpt.replace(/^(…?) /, '$1').length;
  if (lead > 0) {
    excerpt = excerpt.replace(/^(…?) /, '$1');
    snippet = snippet.replace(/^(…?) /, '$1');
    for (const h of highlights) {
      h.start -= lead;
      h.end -= lead;
    }
  }
  return { snippet: `${snippet.trimEnd()}${suffix}`, excerpt: `${excerpt.trimEnd()}${suffix}`, highlights };
}
