// The entity index: entity resolution kept current as articles are stored, so an entity page is
// a few indexed lookups, not a whole-store report. The resolver's state (names, keys, variants;
// not mentions) is saved per entity; mentions and speaker quotes are rows keyed by entity.
// `meta.entity_index_rowid` is the last article folded in: articles stored without the index
// (before migration 4, or written directly by a bench generator) are caught up on open.
import type Database from 'better-sqlite3';
import type { Article, EntityMention, Quote } from '../../doc/model.js';
import { EntityResolver, type ResolvedEntityState } from '../../corpus/resolve/index.js';
import type { ReportArticle, ReportEntity, ReportQuote } from '../../report/index.js';
import type { EntityPage, EntityPageOptions } from '../store.js';

type Db = Database.Database;

const POSITION_KEY = 'entity_index_rowid';
const CATCH_UP_BATCH = 500;

export const entityPageDefaults = { mentions: 200, articles: 100, quotes: 100, coOccurring: 50, coOccurrenceWindow: 500 } as const;

/** The id the API shows: "TYPE:canonical name", stable across reports. */
export const stableEntityId = (entity: Pick<ReportEntity, 'type' | 'name'>): string => `${entity.type}:${entity.name}`;

interface EntityRow {
  id: number;
  type: ReportEntity['type'];
  name: string;
  stable_id: string;
  variants: string;
  geo: string | null;
  mention_count: number;
  article_count: number;
}

const seqOf = (resolverId: string): number => Number(resolverId.slice(1));

export class SqliteEntityIndex {
  private resolver: EntityResolver | undefined;
  /** The position the in-memory resolver has seen; another writer moving it means reload. */
  private resolverPosition = -1;
  /** Entities touched since the last flush: mentions and articles to add to their counts. */
  private readonly pending = new Map<string, { mentions: number; articles: number }>();
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      position: db.prepare(`SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '${POSITION_KEY}'), 0) AS n`),
      setPosition: db.prepare(`INSERT INTO meta (key, value) VALUES ('${POSITION_KEY}', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`),
      newestArticle: db.prepare('SELECT coalesce(max(rowid), 0) AS n FROM articles'),
      articlesAfter: db.prepare(
        `SELECT a.rowid, a.id, a.lang, a.text, l.mentions, l.quotes FROM articles a JOIN article_layers l ON l.article_rowid = a.rowid
         WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?`,
      ),
      states: db.prepare('SELECT state FROM entities ORDER BY id'),
      upsertEntity: db.prepare(
        `INSERT INTO entities (id, type, name, stable_id, variants, geo, mention_count, article_count, state)
         VALUES (@id, @type, @name, @stableId, @variants, @geo, @mentions, @articles, @state)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, stable_id = excluded.stable_id, variants = excluded.variants, geo = excluded.geo,
           mention_count = mention_count + excluded.mention_count, article_count = article_count + excluded.article_count, state = excluded.state`,
      ),
      addName: db.prepare('INSERT OR IGNORE INTO entity_names (name, entity) VALUES (?, ?)'),
      addMention: db.prepare('INSERT OR IGNORE INTO entity_mentions (entity, article_rowid, start, end, text) VALUES (?, ?, ?, ?, ?)'),
      addQuote: db.prepare('INSERT OR IGNORE INTO entity_quotes (entity, article_rowid, quote) VALUES (?, ?, ?)'),
      byStableId: db.prepare('SELECT * FROM entities WHERE stable_id = ? ORDER BY mention_count DESC, id LIMIT 1'),
      byName: db.prepare('SELECT e.* FROM entity_names n JOIN entities e ON e.id = n.entity WHERE n.name = ? ORDER BY e.mention_count DESC, e.id LIMIT 1'),
      mentions: db.prepare(
        `SELECT a.id AS article, m.start, m.end, m.text FROM entity_mentions m JOIN articles a ON a.rowid = m.article_rowid
         WHERE m.entity = ? ORDER BY m.article_rowid DESC, m.start LIMIT ?`,
      ),
      articles: db.prepare(
        `SELECT a.id, a.source, a.outlet, a.title, a.published, a.lang, a.lang_confidence, a.story, a.credits, a.url, a.captions
         FROM (SELECT DISTINCT article_rowid FROM entity_mentions WHERE entity = ? ORDER BY article_rowid DESC LIMIT ?) r
         JOIN articles a ON a.rowid = r.article_rowid ORDER BY a.rowid DESC`,
      ),
      quotes: db.prepare(
        `SELECT a.id AS article, q.quote, l.quotes FROM entity_quotes q JOIN articles a ON a.rowid = q.article_rowid
         JOIN article_layers l ON l.article_rowid = q.article_rowid WHERE q.entity = ? ORDER BY q.article_rowid DESC, q.quote LIMIT ?`,
      ),
      coOccurring: db.prepare(
        `WITH recent AS (SELECT DISTINCT article_rowid FROM entity_mentions WHERE entity = @entity ORDER BY article_rowid DESC LIMIT @window),
           pairs AS (SELECT DISTINCT o.entity, o.article_rowid FROM recent r JOIN entity_mentions o ON o.article_rowid = r.article_rowid WHERE o.entity <> @entity),
           counted AS (SELECT entity, count(*) AS shared FROM pairs GROUP BY entity)
         SELECT e.*, c.shared FROM counted c JOIN entities e ON e.id = c.entity ORDER BY c.shared DESC, e.name LIMIT @limit`,
      ),
    };
  }

  /** The last article rowid folded into the index. */
  position(): number {
    return (this.statements.position.get() as { n: number }).n;
  }

  /** Folds in articles stored without the index; returns how many. Runs in batches, each its own
   * transaction, so a crash midway keeps what was done. */
  catchUp(): number {
    let done = 0;
    // Each batch reads the position inside its write transaction: two processes opening the same
    // lagging store take turns instead of folding the same articles in twice.
    const batch = this.db.transaction((): number => {
      const rows = this.statements.articlesAfter.all(this.position(), CATCH_UP_BATCH) as { rowid: number; id: string; lang: string; text: string; mentions: string; quotes: string }[];
      for (const row of rows) this.add(row.rowid, { id: row.id, lang: row.lang, text: row.text, mentions: JSON.parse(row.mentions), quotes: JSON.parse(row.quotes) }, false);
      this.flush();
      return rows.length;
    });
    try {
      for (let n = batch.immediate(); n > 0; n = batch.immediate()) done += n;
    } catch (error) {
      this.reset();
      throw error;
    }
    return done;
  }

  /** True when articles were stored that the index has not seen. */
  lagging(): boolean {
    return this.position() < (this.statements.newestArticle.get() as { n: number }).n;
  }

  /** Resolves one stored article's mentions and writes what changed; call inside the article's
   * transaction, in rowid order. `flush: false` defers the entity rows to `flush()` (batches). */
  add(rowid: number, article: Pick<Article, 'id' | 'lang' | 'text' | 'mentions' | 'quotes'>, flush = true): void {
    const resolver = this.currentResolver();
    // The resolver sets `entity` on each mention: resolve copies, the caller's article stays as given.
    const mentions: EntityMention[] = article.mentions.map((m) => ({ ...m }));
    resolver.addArticle({ ...article, mentions } as Article);
    const perEntity = new Map<string, number>();
    for (const mention of mentions) {
      const entity = mention.entity as string;
      perEntity.set(entity, (perEntity.get(entity) ?? 0) + 1);
      this.statements.addMention.run(seqOf(entity), rowid, mention.start, mention.end, mention.text);
    }
    for (const [id, count] of perEntity) {
      const pending = this.pending.get(id) ?? { mentions: 0, articles: 0 };
      pending.mentions += count;
      pending.articles += 1;
      this.pending.set(id, pending);
    }
    article.quotes.forEach((quote: Quote, index) => {
      const speaker = quote.speakerMention === null ? undefined : mentions[quote.speakerMention]?.entity;
      if (speaker !== undefined) this.statements.addQuote.run(seqOf(speaker), rowid, index);
    });
    this.statements.setPosition.run(String(rowid));
    this.resolverPosition = rowid;
    if (flush) this.flush();
  }

  /** Writes the entities touched since the last flush: names, variants, counts, saved state. */
  flush(): void {
    const resolver = this.resolver;
    if (resolver === undefined) return;
    for (const [id, counts] of this.pending) {
      const state = resolver.state(id) as ResolvedEntityState;
      const report = resolver.entity(id) as ReportEntity;
      this.statements.upsertEntity.run({
        id: seqOf(id),
        type: report.type,
        name: report.name,
        stableId: stableEntityId(report),
        variants: JSON.stringify(report.variants),
        geo: report.geo === null ? null : JSON.stringify(report.geo),
        mentions: counts.mentions,
        articles: counts.articles,
        state: JSON.stringify(state),
      });
      for (const variant of report.variants) this.statements.addName.run(`${report.type}:${variant}`, seqOf(id));
    }
    this.pending.clear();
  }

  /** Forgets unwritten work after a failed transaction: the next use reloads from disk. */
  reset(): void {
    this.pending.clear();
    this.resolver = undefined;
  }

  /** The resolver as of the stored index: reloaded when another process has written since. */
  private currentResolver(): EntityResolver {
    const position = this.position();
    if (this.resolver === undefined || position !== this.resolverPosition) {
      const states = (this.statements.states.all() as { state: string }[]).map((r) => JSON.parse(r.state) as ResolvedEntityState);
      this.resolver = EntityResolver.restore(states, { keepMentions: false });
      this.resolverPosition = position;
    }
    return this.resolver;
  }

  /** The entity with this stable id, or the most mentioned one that has it as a variant (a
   * story's own report may name "PER:Holm" what the whole store knows as "PER:Anders Holm"). */
  private find(id: string): EntityRow | undefined {
    return (this.statements.byStableId.get(id) ?? this.statements.byName.get(id)) as EntityRow | undefined;
  }

  /** The internal key of an entity, for filters (e.g. stories naming it). */
  key(id: string): { key: number; articles: number } | undefined {
    const row = this.find(id);
    return row ? { key: row.id, articles: row.article_count } : undefined;
  }

  page(id: string, options: EntityPageOptions = {}): Omit<EntityPage, 'stories'> | undefined {
    const limits = { ...entityPageDefaults, ...options };
    const row = this.find(id);
    if (!row) return undefined;
    const stableOf = (r: EntityRow) => r.stable_id;
    const mentions = this.statements.mentions.all(row.id, limits.mentions) as ReportEntity['mentions'];
    const articles = (this.statements.articles.all(row.id, limits.articles) as (Omit<ReportArticle, 'text' | 'credits' | 'captions' | 'langConfidence'> & { lang_confidence: number; credits: string; captions: string })[]).map(
      ({ lang_confidence: langConfidence, credits, captions, ...a }) => ({ ...a, langConfidence, credits: JSON.parse(credits) as string[], captions: JSON.parse(captions) as string[] }),
    );
    const quoteRows = this.statements.quotes.all(row.id, limits.quotes) as { article: string; quote: number; quotes: string }[];
    const quotes: ReportQuote[] = quoteRows.map((r, n) => {
      const quote = (JSON.parse(r.quotes) as Quote[])[r.quote];
      return { id: `q${n + 1}`, article: r.article, start: quote.start, end: quote.end, text: quote.text, direct: quote.direct, speaker: stableOf(row), speakerText: quote.speakerText, cue: quote.cue };
    });
    const coOccurring = (this.statements.coOccurring.all({ entity: row.id, window: limits.coOccurrenceWindow, limit: limits.coOccurring }) as (EntityRow & { shared: number })[]).map((r) => ({
      entity: { id: stableOf(r), type: r.type, name: r.name, variants: JSON.parse(r.variants) as string[], geo: r.geo === null ? null : JSON.parse(r.geo) },
      articles: r.shared,
    }));
    return {
      entity: { id: stableOf(row), type: row.type, name: row.name, variants: JSON.parse(row.variants), mentions, geo: row.geo === null ? null : JSON.parse(row.geo), mentionCount: row.mention_count, articleCount: row.article_count },
      quotes,
      coOccurring,
      coOccurrenceWindow: Math.min(limits.coOccurrenceWindow, row.article_count),
      articles,
    };
  }
}
