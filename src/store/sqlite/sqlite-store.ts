// The embedded store: one SQLite file in WAL mode. Each article is written in one transaction
// with its layers, its full-text row and its story assignment, so a crash leaves whole articles.
// Full-text search indexes Snowball stems (per the article's language), so `klimaaftalen` finds
// `klimaaftale`; a query word is stemmed in every language we index, as its language is unknown.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Article, Token, TokenKind } from '../../doc/model.js';
import { StoryIndex, emptyStoryIndexState, termCounts, timeOf, type StoryIndexState, type StoryOptions, type StoryState } from '../../corpus/stories/index.js';
import { articleTerms } from '../../nlp/terms/index.js';
import { sqliteMigrations } from '../migrations/sqlite.js';
import { SqliteDormantStories } from './dormant-stories.js';
import { SqliteEntityIndex } from './entity-index.js';
import { SqliteReadQueries, type ListingRow } from './read-queries.js';
import { StoreError, type ArticleQuery, type EntityPage, type EntityPageOptions, type IngestOutcome, type SearchHit, type Store, type StoreChanges, type StoryListing, type StoryListQuery, type StoryPage } from '../store.js';

export { RANK_WITHIN, snippetOf } from './read-queries.js';

type Db = Database.Database;

const TOKEN_KINDS: TokenKind[] = ['word', 'number', 'punct', 'symbol'];

/** Tokens as packed int32 triples (start, end, kind): a tenth of their JSON size. */
export function packTokens(tokens: readonly Token[]): Buffer {
  const packed = new Int32Array(tokens.length * 3);
  tokens.forEach((t, i) => {
    packed[i * 3] = t.start;
    packed[i * 3 + 1] = t.end;
    packed[i * 3 + 2] = TOKEN_KINDS.indexOf(t.kind);
  });
  return Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
}

export function unpackTokens(blob: Buffer): Token[] {
  const packed = new Int32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
  const tokens: Token[] = [];
  for (let i = 0; i < packed.length; i += 3) tokens.push({ start: packed[i], end: packed[i + 1], kind: TOKEN_KINDS[packed[i + 2]] });
  return tokens;
}

/** Same article, same hash: whitespace and case do not make a new article. */
export function contentHash(article: Pick<Article, 'title' | 'text'>): string {
  const normalised = `${article.title ?? ''}\n${article.text}`.replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const newest = Math.max(0, ...applied);
  const known = Math.max(...sqliteMigrations.map((m) => m.version));
  if (newest > known) throw new StoreError('E_STORE_SCHEMA', `database schema version ${newest} is newer than this Tidende knows (${known}); upgrade Tidende`);
  for (const migration of sqliteMigrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
    })();
  }
}

interface ArticleRow {
  rowid: number;
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  modified: string | null;
  url: string | null;
  lang: string;
  lang_confidence: number;
  text: string;
  credits: string;
  captions: string;
  story: string;
  sentences: string;
  tokens: Buffer;
  mentions: string;
  quotes: string;
  figures: string;
}

const FREQUENCY_CHECKPOINT = 500;

export class SqliteStore implements Store {
  private readonly db: Db;
  private stories: StoryIndex;
  /** Stories out of the active window, as postings on disk (the index holds only the window). */
  private readonly dormantStories: SqliteDormantStories;
  private readonly statements;
  private readonly pendingFrequencies = new Map<string, number>();
  private pendingDocuments = 0;
  private readonly entityIndex: SqliteEntityIndex;
  /** Search, story lists and entity pages (read-queries.ts, shared with serve's read pool). */
  private readonly reads: SqliteReadQueries;

  constructor(
    path: string,
    private readonly options: { collectUpTo?: number; rankWithin?: number; stories?: StoryOptions } = {},
  ) {
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      migrate(this.db);
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw new StoreError('E_STORE_OPEN', `cannot open database ${path}: ${(error as Error).message}`);
    }
    this.statements = {
      byHash: this.db.prepare('SELECT id FROM articles WHERE content_hash = ?'),
      idTaken: this.db.prepare('SELECT 1 FROM articles WHERE id = ?'),
      insertArticle: this.db.prepare(
        `INSERT INTO articles (id, content_hash, source, outlet, title, published, published_ms, author, modified, url, lang, lang_confidence, text, credits, captions, story, ingested_at)
         VALUES (@id, @hash, @source, @outlet, @title, @published, @publishedMs, @author, @modified, @url, @lang, @langConfidence, @text, @credits, @captions, @story, @ingestedAt)`,
      ),
      insertLayers: this.db.prepare('INSERT INTO article_layers (article_rowid, sentences, tokens, mentions, quotes, figures) VALUES (?, ?, ?, ?, ?, ?)'),
      insertFts: this.db.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)'),
      upsertStory: this.db.prepare('INSERT INTO stories (id, centroid, articles, last_time) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET centroid = excluded.centroid, articles = excluded.articles, last_time = excluded.last_time'),
      addTerms: this.db.prepare('INSERT INTO story_terms (term, df) SELECT key, value FROM json_each(?) WHERE true ON CONFLICT(term) DO UPDATE SET df = df + excluded.df'),
      setMeta: this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value'),
      listingOf: this.db.prepare('SELECT * FROM story_listing WHERE story = ?'),
      upsertListing: this.db.prepare(
        `INSERT INTO story_listing (story, title, articles, languages, outlets, key_figures, first_ms, last_ms, activity_ms, last_rowid)
         VALUES (@story, @title, @articles, @languages, @outlets, @keyFigures, @firstMs, @lastMs, @activityMs, @lastRowid)
         ON CONFLICT(story) DO UPDATE SET title = excluded.title, articles = excluded.articles, languages = excluded.languages,
           outlets = excluded.outlets, key_figures = excluded.key_figures, first_ms = excluded.first_ms, last_ms = excluded.last_ms, activity_ms = excluded.activity_ms,
           last_rowid = excluded.last_rowid`,
      ),
      earliestTitleMs: this.db.prepare('SELECT min(published_ms) AS ms FROM articles WHERE story = ? AND title IS NOT NULL AND rowid <> ?'),
    };
    this.dormantStories = new SqliteDormantStories(this.db, this.options.stories?.maxPostings);
    this.stories = new StoryIndex(this.loadStoryState(), this.options.stories, this.dormantStories);
    this.entityIndex = new SqliteEntityIndex(this.db);
    this.reads = new SqliteReadQueries(this.db, this.entityIndex, this.options);
    // Articles stored before the entity index existed (or written around the store): fold them
    // in now, as resolution depends on order and the next ingest must come after them.
    if (this.entityIndex.lagging()) this.entityIndex.catchUp();
  }

  private loadStoryState(): StoryIndexState {
    const state = emptyStoryIndexState();
    const meta = new Map((this.db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    state.nextId = Number(meta.get('story_next_id') ?? 1);
    state.documents = Number(meta.get('story_documents') ?? 0);
    for (const row of this.db.prepare('SELECT term, df FROM story_terms').iterate() as Iterable<{ term: string; df: number }>) state.documentFrequency[row.term] = row.df;
    for (const row of this.db.prepare('SELECT id, centroid, articles, last_time FROM stories WHERE dormant = 0').iterate() as Iterable<{ id: string; centroid: string; articles: string; last_time: number | null }>) {
      state.stories.push({ id: row.id, centroid: JSON.parse(row.centroid), articles: JSON.parse(row.articles), lastTime: row.last_time });
    }
    return state;
  }

  ingest(article: Article): IngestOutcome {
    const hash = contentHash(article);
    const existing = this.statements.byHash.get(hash) as { id: string } | undefined;
    if (existing) return { status: 'duplicate', id: article.id, existingId: existing.id };
    let id = article.id;
    for (let n = 2; this.statements.idTaken.get(id); n++) id = `${article.id}~${n}`;
    const terms = articleTerms(article);
    const counts = termCounts(article);
    let story: StoryState | undefined;
    const write = this.db.transaction(() => {
      story = this.stories.assign({ ...article, id }, counts);
      // A merge step may follow the assignment (perhaps of the very story just joined): the newer
      // story's stored articles, row and listing go to the older one, as in the in-memory index.
      for (const merge of this.stories.drainMerges()) {
        this.applyMerge(merge.from, merge.into);
        if (merge.from === story.id) story = this.stories.story(merge.into) ?? story;
      }
      const { lastInsertRowid } = this.statements.insertArticle.run({
        id,
        hash,
        source: article.source,
        outlet: article.outlet,
        title: article.title,
        published: article.published,
        publishedMs: timeOf(article.published),
        author: article.author ?? null,
        modified: article.modified ?? null,
        url: article.url,
        lang: article.lang,
        langConfidence: article.langConfidence,
        text: article.text,
        credits: JSON.stringify(article.credits),
        captions: JSON.stringify(article.captions),
        story: story.id,
        ingestedAt: new Date().toISOString(),
      });
      this.statements.insertLayers.run(
        lastInsertRowid,
        JSON.stringify(article.sentences),
        packTokens(article.tokens),
        JSON.stringify(article.mentions),
        JSON.stringify(article.quotes),
        JSON.stringify(article.figures),
      );
      this.statements.insertFts.run(lastInsertRowid, terms.title.join(' '), terms.body.join(' '));
      this.entityIndex.add(Number(lastInsertRowid), article);
      this.statements.upsertStory.run(story.id, JSON.stringify(story.centroid), JSON.stringify(story.articles), story.lastTime);
      this.updateListing(story.id, Number(lastInsertRowid), article);
      this.statements.setMeta.run('story_next_id', String(this.stories.exportState().nextId));
    });
    try {
      write();
      for (const term of counts.keys()) this.pendingFrequencies.set(term, (this.pendingFrequencies.get(term) ?? 0) + 1);
      if (++this.pendingDocuments >= FREQUENCY_CHECKPOINT) this.checkpointFrequencies();
    } catch (error) {
      // The in-memory index took the article before the write failed: reload it from disk,
      // with the frequencies of the last checkpoint.
      this.pendingFrequencies.clear();
      this.pendingDocuments = 0;
      this.dormantStories.reset();
      this.stories = new StoryIndex(this.loadStoryState(), this.options.stories, this.dormantStories);
      this.entityIndex.reset();
      throw error;
    }
    return { status: 'stored', id, story: (story as StoryState).id };
  }

  search(query: string, limit = 20, offset = 0): SearchHit[] {
    return this.reads.search(query, limit, offset);
  }

  articles(query: ArticleQuery = {}): { articles: Article[]; storyOf: Map<string, string> } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.story !== undefined) {
      where.push('a.story = ?');
      params.push(query.story);
    }
    if (query.since !== undefined) {
      const since = timeOf(query.since);
      if (since === null) throw new StoreError('E_STORE_QUERY', `not a date: ${query.since}`);
      where.push('a.published_ms >= ?');
      params.push(since);
    }
    const rows = this.db
      .prepare(
        `SELECT a.*, l.sentences, l.tokens, l.mentions, l.quotes, l.figures
         FROM articles a JOIN article_layers l ON l.article_rowid = a.rowid
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.rowid`,
      )
      .all(...params) as ArticleRow[];
    const storyOf = new Map<string, string>();
    const articles = rows.map((row) => {
      storyOf.set(row.id, row.story);
      return articleOf(row);
    });
    return { articles, storyOf };
  }

  count(): { articles: number; stories: number } {
    const articles = (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const stories = (this.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    return { articles, stories };
  }

  /** Keeps the story's list row current within the article's transaction. */
  /** The stored side of a story merge: articles relabelled, the merged story's row gone and its
   * listing folded into the surviving story's. */
  private applyMerge(from: string, into: string): void {
    this.db.prepare('UPDATE articles SET story = ? WHERE story = ?').run(into, from);
    this.db.prepare('DELETE FROM stories WHERE id = ?').run(from);
    const merged = this.stories.story(into);
    if (merged) this.statements.upsertStory.run(merged.id, JSON.stringify(merged.centroid), JSON.stringify(merged.articles), merged.lastTime);
    const gone = this.statements.listingOf.get(from) as ListingRow | undefined;
    const kept = this.statements.listingOf.get(into) as ListingRow | undefined;
    if (!gone || !kept) {
      this.db.prepare('UPDATE story_listing SET story = ? WHERE story = ?').run(into, from);
      return;
    }
    this.db.prepare('DELETE FROM story_listing WHERE story = ?').run(from);
    const union = (a: string, b: string): string => JSON.stringify([...new Set([...JSON.parse(a), ...JSON.parse(b)])].sort());
    const figures: Record<string, number> = JSON.parse(kept.key_figures);
    for (const [kind, top] of Object.entries(JSON.parse(gone.key_figures) as Record<string, number>)) figures[kind] = Math.max(figures[kind] ?? -1, top);
    // The headline stays that of the earlier-starting story, as for a late article.
    const earlier = gone.first_ms !== null && (kept.first_ms === null || gone.first_ms < kept.first_ms) ? gone : kept;
    this.statements.upsertListing.run({
      story: into,
      title: earlier.title ?? kept.title ?? gone.title,
      articles: kept.articles + gone.articles,
      languages: union(kept.languages, gone.languages),
      outlets: union(kept.outlets, gone.outlets),
      keyFigures: JSON.stringify(Object.fromEntries(Object.entries(figures).sort())),
      firstMs: minOf(kept.first_ms, gone.first_ms),
      lastMs: maxOf(kept.last_ms, gone.last_ms),
      activityMs: Math.max(kept.activity_ms, gone.activity_ms),
      lastRowid: Math.max(kept.last_rowid, gone.last_rowid),
    });
  }

  private updateListing(storyId: string, rowid: number, article: Article): void {
    const row = this.statements.listingOf.get(storyId) as ListingRow | undefined;
    const publishedMs = timeOf(article.published);
    const languages = new Set<string>(row ? JSON.parse(row.languages) : []);
    languages.add(article.lang);
    const outlets = new Set<string>(row ? JSON.parse(row.outlets) : []);
    if (article.outlet) outlets.add(article.outlet);
    let title = row?.title ?? null;
    if (article.title !== null) {
      // The headline of the earliest titled article: a later-arriving but older report takes it.
      const earliest = (this.statements.earliestTitleMs.get(storyId, rowid) as { ms: number | null }).ms;
      if (title === null || (publishedMs !== null && (earliest === null || publishedMs < earliest))) title = article.title;
    }
    const keyFigures: Record<string, number> = row ? JSON.parse(row.key_figures) : {};
    for (const figure of article.figures) {
      const top = figure.max ?? figure.min;
      if (figure.kind !== 'other' && top !== null && top > (keyFigures[figure.kind] ?? -1)) keyFigures[figure.kind] = top;
    }
    const firstMs = minOf(row?.first_ms ?? null, publishedMs);
    const lastMs = maxOf(row?.last_ms ?? null, publishedMs);
    this.statements.upsertListing.run({
      story: storyId,
      title,
      articles: (row?.articles ?? 0) + 1,
      languages: JSON.stringify([...languages].sort()),
      outlets: JSON.stringify([...outlets].sort()),
      keyFigures: JSON.stringify(Object.fromEntries(Object.entries(keyFigures).sort())),
      firstMs,
      lastMs,
      activityMs: lastMs ?? Math.max(row?.activity_ms ?? 0, Date.now()),
      lastRowid: rowid,
    });
  }

  listStories(query: StoryListQuery = {}): StoryPage {
    return this.reads.listStories(query);
  }

  entityPage(id: string, options?: EntityPageOptions): EntityPage | undefined {
    return this.reads.entityPage(id, options);
  }

  storyListings(ids: readonly string[]): StoryListing[] {
    return this.reads.storyListings(ids);
  }

  article(id: string): { article: Article; story: string } | undefined {
    const row = this.db
      .prepare('SELECT a.*, l.sentences, l.tokens, l.mentions, l.quotes, l.figures FROM articles a JOIN article_layers l ON l.article_rowid = a.rowid WHERE a.id = ?')
      .get(id) as ArticleRow | undefined;
    return row ? { article: articleOf(row), story: row.story } : undefined;
  }

  changesSince(after: number): StoreChanges {
    const rows = this.db
      .prepare('SELECT story, min(rowid) AS first_new, (SELECT min(rowid) FROM articles b WHERE b.story = a.story) AS first_ever FROM articles a WHERE rowid > ? GROUP BY story ORDER BY max(rowid)')
      .all(after) as { story: string; first_new: number; first_ever: number }[];
    const position = (this.db.prepare('SELECT coalesce(max(rowid), 0) AS n FROM articles').get() as { n: number }).n;
    return { position, stories: rows.map((r) => ({ id: r.story, created: r.first_new === r.first_ever })) };
  }

  /** Runs SQLite's own consistency check; "ok" when the file is sound. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }

  /** Writes the document frequencies gathered since the last checkpoint. They are statistics
   * for clustering, not records: writing them per article cost a third of ingest time, and a
   * crash loses at most the increments of the last few hundred articles, never an article. */
  private checkpointFrequencies(): void {
    if (this.pendingDocuments === 0) return;
    const documents = this.stories.exportState().documents;
    this.db.transaction(() => {
      this.statements.addTerms.run(JSON.stringify(Object.fromEntries(this.pendingFrequencies)));
      this.statements.setMeta.run('story_documents', String(documents));
    })();
    this.pendingFrequencies.clear();
    this.pendingDocuments = 0;
  }

  /** The open database, for state kept beside the articles (fetch state). */
  database(): Db {
    return this.db;
  }

  close(): void {
    this.checkpointFrequencies();
    this.db.close();
  }
}

const minOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));
const maxOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

function articleOf(row: ArticleRow): Article {
  return {
    id: row.id,
    source: row.source,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    author: row.author,
    modified: row.modified,
    url: row.url,
    lang: row.lang,
    langConfidence: row.lang_confidence,
    text: row.text,
    credits: JSON.parse(row.credits),
    captions: JSON.parse(row.captions),
    sentences: JSON.parse(row.sentences),
    tokens: unpackTokens(row.tokens),
    mentions: JSON.parse(row.mentions),
    quotes: JSON.parse(row.quotes),
    figures: JSON.parse(row.figures),
  };
}
