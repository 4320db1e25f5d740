// `npx tsx bench/build-serve-store.ts [articles] [--db FILE]`: a SQLite store of synthetic news
// at load-test scale (default 100,000 articles) for bench/serve-load.ts, written on a fast path.
//
// What is real and what is not: text, titles, outlets, languages and times come from
// bench/generate-news.ts; sentences, tokens, quotes and figures from the real components; full-text
// rows from the real term extraction; the entity index from the real resolver (the store folds the
// articles in when it is opened at the end). Two shortcuts keep 100k articles within minutes:
// entity mentions come from a gazetteer of the generator's own names (people, places,
// organisations) instead of the NER model (25% of pipeline time), and stories are the generator's
// events instead of running the clusterer through `store.ingest` (whose per-article story writes
// slowed generation to ~50 articles/s by 20k). Story centroids are left empty, so this store is
// for reading; ingesting into it would cluster against nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { newArticle, type Article, type EntityMention, type EntityType } from '../src/doc/model.js';
import { figuresComponent } from '../src/nlp/figures/index.js';
import { buildPipeline, type Component } from '../src/nlp/pipeline.js';
import { quotesComponent } from '../src/nlp/quotes/index.js';
import { sentencesComponent } from '../src/nlp/sentences/index.js';
import { articleTerms } from '../src/nlp/terms/index.js';
import { SqliteStore, contentHash, packTokens } from '../src/store/index.js';
import { streamLabelledNews } from './generate-news.js';
import { FOREIGN_PLACES, INTERNATIONAL_PEOPLE, LANGUAGE_PACKS, type Lang } from './news-vocabulary.js';

export const SERVE_STORE_SEED = 20241124;
const BATCH = 1000;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: Iterable<string>) => [...new Set(names)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** One regex per language over the generator's names; group names carry the entity type. */
function gazetteerFor(lang: Lang): RegExp {
  const pack = LANGUAGE_PACKS[lang];
  const first = alternation([...pack.maleNames, ...pack.femaleNames]);
  const people = alternation(INTERNATIONAL_PEOPLE.map((p) => p.name));
  const places = alternation([...pack.places, ...FOREIGN_PLACES.flatMap((row) => [row[lang].city, row[lang].country])]);
  const orgs = alternation(Object.values(pack.topics).flatMap((t) => t.orgs));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:(?<PER>${people}|(?:(?:${first}) )?(?:${alternation(pack.lastNames)}))|(?<GPE>${places})|(?<ORG>${orgs}))(?![\\p{L}\\p{N}])`, 'gu');
}

/** Entity mentions by gazetteer: the stand-in for the NER component (see the header). */
function gazetteerComponent(): Component<Record<string, never>> {
  const byLang = new Map<string, RegExp>();
  return {
    name: 'gazetteer-entities',
    requires: ['tokens', 'sentences'],
    assigns: ['mentions', 'lang'],
    defaults: {},
    create: () => (article) => {
      let pattern = byLang.get(article.lang);
      if (!pattern) byLang.set(article.lang, (pattern = gazetteerFor(article.lang as Lang)));
      const mentions: EntityMention[] = [];
      for (const match of article.text.matchAll(pattern)) {
        const type = (Object.entries(match.groups ?? {}).find(([, v]) => v !== undefined)?.[0] ?? 'MISC') as EntityType;
        mentions.push({ start: match.index, end: match.index + match[0].length, type, text: match[0] });
      }
      return { ...article, mentions };
    },
  };
}

interface ListingDraft {
  title: string | null;
  titleMs: number;
  articles: number;
  languages: Set<string>;
  outlets: Set<string>;
  keyFigures: Record<string, number>;
  firstMs: number;
  lastMs: number;
  lastRowid: number;
  ids: string[];
}

export function buildServeStore(count: number, db: string, log: (line: string) => void = () => undefined): void {
  new SqliteStore(db).close(); // creates the schema
  const sql = new Database(db);
  sql.pragma('journal_mode = WAL');
  sql.pragma('synchronous = OFF');
  const insertArticle = sql.prepare(
    `INSERT INTO articles (id, content_hash, source, outlet, title, published, published_ms, url, lang, lang_confidence, text, credits, captions, story, ingested_at)
     VALUES (@id, @hash, @source, @outlet, @title, @published, @publishedMs, NULL, @lang, 1, @text, '[]', '[]', @story, @ingestedAt)`,
  );
  const insertLayers = sql.prepare('INSERT INTO article_layers (article_rowid, sentences, tokens, mentions, quotes, figures) VALUES (?, ?, ?, ?, ?, ?)');
  const insertFts = sql.prepare('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)');
  const pipeline = buildPipeline([sentencesComponent, gazetteerComponent(), quotesComponent, figuresComponent] as Component<unknown>[]);
  const storyOfEvent = new Map<string, string>();
  const listings = new Map<string, ListingDraft>();
  const started = Date.now();
  let batch: Article[] = [];
  let stories: string[] = [];
  const hashes = new Set<string>();
  const writeBatch = sql.transaction((articles: Article[], storyIds: string[]) => {
    articles.forEach((article, i) => {
      const publishedMs = Date.parse(article.published as string);
      let hash = contentHash(article);
      // The generator can repeat a short article word for word; the store keeps one per hash.
      if (hashes.has(hash)) hash = createHash('sha256').update(`${hash}:${article.id}`).digest('hex');
      hashes.add(hash);
      const { lastInsertRowid } = insertArticle.run({ id: article.id, hash, source: article.source, outlet: article.outlet, title: article.title, published: article.published, publishedMs, lang: article.lang, text: article.text, story: storyIds[i], ingestedAt: new Date().toISOString() });
      const rowid = Number(lastInsertRowid);
      insertLayers.run(rowid, JSON.stringify(article.sentences), packTokens(article.tokens), JSON.stringify(article.mentions), JSON.stringify(article.quotes), JSON.stringify(article.figures));
      const terms = articleTerms(article);
      insertFts.run(rowid, terms.title.join(' '), terms.body.join(' '));
      const draft = listings.get(storyIds[i]) ?? { title: null, titleMs: Infinity, articles: 0, languages: new Set(), outlets: new Set(), keyFigures: {}, firstMs: Infinity, lastMs: -Infinity, lastRowid: 0, ids: [] };
      draft.articles++;
      draft.languages.add(article.lang);
      if (article.outlet) draft.outlets.add(article.outlet);
      if (article.title !== null && publishedMs < draft.titleMs) [draft.title, draft.titleMs] = [article.title, publishedMs];
      for (const figure of article.figures) {
        const top = figure.max ?? figure.min;
        if (figure.kind !== 'other' && top !== null && top > (draft.keyFigures[figure.kind] ?? -1)) draft.keyFigures[figure.kind] = top;
      }
      draft.firstMs = Math.min(draft.firstMs, publishedMs);
      draft.lastMs = Math.max(draft.lastMs, publishedMs);
      draft.lastRowid = rowid;
      draft.ids.push(article.id);
      listings.set(storyIds[i], draft);
    });
  });
  let n = 0;
  for (const { article: item, eventId } of streamLabelledNews(count, SERVE_STORE_SEED)) {
    const raw = { id: item.id, source: `bench:${item.id}`, outlet: item.outlet, title: item.title, published: item.published, lang: item.lang, url: null, body: { kind: 'text' as const, text: item.text } };
    const article = newArticle(raw, item.text);
    article.langConfidence = 1;
    batch.push(pipeline.run(article));
    let story = storyOfEvent.get(eventId);
    if (story === undefined) storyOfEvent.set(eventId, (story = `s${storyOfEvent.size + 1}`));
    stories.push(story);
    if (batch.length === BATCH) {
      writeBatch(batch, stories);
      [batch, stories] = [[], []];
    }
    if (++n % 10_000 === 0) log(`generated and wrote ${n} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  writeBatch(batch, stories);
  const insertStory = sql.prepare("INSERT INTO stories (id, centroid, articles, last_time) VALUES (?, '{}', ?, ?)");
  const insertListing = sql.prepare(
    `INSERT INTO story_listing (story, title, articles, languages, outlets, key_figures, first_ms, last_ms, activity_ms, last_rowid)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sql.transaction(() => {
    for (const [story, d] of listings) {
      insertStory.run(story, JSON.stringify(d.ids), d.lastMs);
      const keyFigures = Object.fromEntries(Object.entries(d.keyFigures).sort());
      insertListing.run(story, d.title, d.articles, JSON.stringify([...d.languages].sort()), JSON.stringify([...d.outlets].sort()), JSON.stringify(keyFigures), d.firstMs, d.lastMs, d.lastMs, d.lastRowid);
    }
    sql.prepare("INSERT INTO meta (key, value) VALUES ('story_next_id', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(storyOfEvent.size + 1));
  })();
  sql.close();
  log(`wrote ${n} articles in ${storyOfEvent.size} stories (${((Date.now() - started) / 1000).toFixed(0)} s); building the entity index`);
  const indexing = Date.now();
  new SqliteStore(db).close(); // opening folds the articles into the entity index
  log(`entity index built in ${((Date.now() - indexing) / 1000).toFixed(0)} s`);
}

export function defaultServeStorePath(count: number): string {
  const dir = join(tmpdir(), 'tidende-serve-load');
  mkdirSync(dir, { recursive: true });
  return join(dir, `store-${count}.db`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const given = process.argv.indexOf('--db');
  const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
  const db = given > 0 ? process.argv[given + 1] : defaultServeStorePath(count);
  if (existsSync(db)) throw new Error(`${db} exists; remove it or pass another --db`);
  buildServeStore(count, db, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${db}\n`);
}
