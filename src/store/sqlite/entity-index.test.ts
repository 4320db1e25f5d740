import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { processEvents } from '../../analyze/index.js';
import { resolveEntities } from '../../corpus/resolve/index.js';
import type { Article } from '../../doc/model.js';
import { readSources } from '../../ingest/index.js';
import { defaultPipeline } from '../../nlp/default-pipeline.js';
import { stableEntityId } from './entity-index.js';
import { SqliteStore } from './sqlite-store.js';

const examplesDir = join(import.meta.dirname, '..', '..', '..', 'examples');
const dbPath = () => join(mkdtempSync(join(tmpdir(), 'tidende-entities-')), 'test.db');
const copyOf = (article: Article): Article => structuredClone(article);

/** Each indexed entity as "id|mentions|articles|variants", sorted: what must not depend on how
 * the index was filled. */
function indexed(path: string): string[] {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT stable_id, mention_count, article_count, variants FROM entities').all() as { stable_id: string; mention_count: number; article_count: number; variants: string }[];
  const mentions = (db.prepare('SELECT count(*) AS n FROM entity_mentions').get() as { n: number }).n;
  db.close();
  return [...rows.map((r) => `${r.stable_id}|${r.mention_count}|${r.article_count}|${(JSON.parse(r.variants) as string[]).sort().join(',')}`).sort(), `mention rows ${mentions}`];
}

let articles: Article[] = [];
let full = '';

beforeAll(async () => {
  for await (const event of processEvents(readSources([examplesDir]), defaultPipeline())) if (event.kind === 'article') articles.push(event.article);
  full = dbPath();
  const store = new SqliteStore(full);
  // Only stored articles count: the examples may repeat one.
  articles = articles.filter((a) => store.ingest(copyOf(a)).status === 'stored');
  store.close();
}, 120_000);

describe('entity index', () => {
  it('holds what resolving all stored articles in order gives', () => {
    const expected = resolveEntities(articles.map(copyOf));
    const rows = indexed(full);
    expect(rows.length - 1).toBe(expected.length);
    for (const entity of expected) {
      const articleCount = new Set(entity.mentions.map((m) => m.article)).size;
      expect(rows).toContain(`${stableEntityId(entity)}|${entity.mentions.length}|${articleCount}|${[...entity.variants].sort().join(',')}`);
    }
    expect(expected.length).toBeGreaterThan(20);
  });

  it('resumes from saved state across reopenings, and folds in articles stored without it', () => {
    const resumed = dbPath();
    let store = new SqliteStore(resumed);
    const half = Math.floor(articles.length / 2);
    for (const a of articles.slice(0, half)) store.ingest(copyOf(a));
    store.close();
    store = new SqliteStore(resumed);
    for (const a of articles.slice(half)) store.ingest(copyOf(a));
    store.close();
    expect(indexed(resumed)).toEqual(indexed(full));

    // A store from before the index: rows gone, position reset; opening rebuilds it.
    const upgraded = dbPath();
    copyFileSync(full, upgraded);
    const db = new Database(upgraded);
    db.exec("DELETE FROM entities; DELETE FROM entity_names; DELETE FROM entity_mentions; DELETE FROM entity_quotes; DELETE FROM meta WHERE key = 'entity_index_rowid'");
    db.close();
    expect(indexed(upgraded)).toEqual(['mention rows 0']);
    new SqliteStore(upgraded).close();
    expect(indexed(upgraded)).toEqual(indexed(full));
  });

  it('gives an entity page: by stable id or variant, bounded lists, whole-store counts, quotes by it', () => {
    const store = new SqliteStore(full);
    const db = new Database(full, { readonly: true });
    const top = db.prepare('SELECT stable_id, mention_count, article_count FROM entities ORDER BY article_count DESC, id LIMIT 1').get() as { stable_id: string; mention_count: number; article_count: number };
    const page = store.entityPage(top.stable_id);
    expect(page?.entity.id).toBe(top.stable_id);
    expect(page?.entity.mentionCount).toBe(top.mention_count);
    expect(page?.entity.articleCount).toBe(top.article_count);
    expect(page?.articles.length).toBe(Math.min(top.article_count, 100));
    // Newest first, each mention a true span of its article.
    for (const mention of page?.entity.mentions ?? []) {
      const found = store.article(mention.article);
      expect(found?.article.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(page?.coOccurring.length).toBeGreaterThan(0);
    for (const c of page?.coOccurring ?? []) expect(c.articles).toBeLessThanOrEqual(top.article_count);
    expect(new Set(page?.stories.map((s) => s.id))).toEqual(new Set(page?.articles.map((a) => a.story)));

    const bounded = store.entityPage(top.stable_id, { mentions: 2, articles: 1, coOccurring: 1 });
    expect([bounded?.entity.mentions.length, bounded?.articles.length, bounded?.coOccurring.length]).toEqual([2, 1, 1]);
    expect(bounded?.entity.mentionCount).toBe(top.mention_count);

    // A variant finds the entity it belongs to.
    const variant = db.prepare('SELECT n.name, e.stable_id FROM entity_names n JOIN entities e ON e.id = n.entity WHERE n.name <> e.stable_id LIMIT 1').get() as { name: string; stable_id: string } | undefined;
    if (variant) expect(store.entityPage(variant.name)?.entity.id).toBeDefined();
    expect(store.entityPage('PER:Nobody At All')).toBeUndefined();

    // Quotes by a speaker: the quoted words are in its article, and the speaker is this entity.
    const speaker = db.prepare('SELECT e.stable_id FROM entity_quotes q JOIN entities e ON e.id = q.entity LIMIT 1').get() as { stable_id: string };
    const quotes = store.entityPage(speaker.stable_id)?.quotes ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(quote.speaker).toBe(speaker.stable_id);
      expect(store.article(quote.article)?.article.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
    db.close();
    store.close();
  });

  it('filters the story list by entity', () => {
    const store = new SqliteStore(full);
    const db = new Database(full, { readonly: true });
    const top = db.prepare('SELECT stable_id FROM entities ORDER BY article_count DESC LIMIT 1').get() as { stable_id: string };
    db.close();
    const expected = new Set(store.entityPage(top.stable_id)?.articles.map((a) => a.story));
    const listed = store.listStories({ entity: top.stable_id, limit: 200 }).stories.map((s) => s.id);
    expect(new Set(listed)).toEqual(expected);
    expect(listed.length).toBeLessThan(store.count().stories);
    // The same answer when the list probes story by story (as it does for much-named entities).
    const walking = new SqliteStore(full, { collectUpTo: 0 });
    expect(walking.listStories({ entity: top.stable_id, limit: 200 }).stories.map((s) => s.id)).toEqual(listed);
    walking.close();
    expect(store.listStories({ entity: 'ORG:No Such Thing' }).stories).toEqual([]);
    store.close();
  });
});
