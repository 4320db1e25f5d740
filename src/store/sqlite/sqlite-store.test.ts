import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../doc/model.js';
import { defaultPipeline } from '../../nlp/default-pipeline.js';
import { SqliteStore } from './sqlite-store.js';

const pipeline = defaultPipeline();

function article(id: string, title: string, text: string, lang = 'da', published: string | null = '2024-03-12'): Article {
  const raw = { id, source: `${id}.txt`, outlet: 'DR', title, published, lang, url: null, body: { kind: 'text' as const, text } };
  const analysed = pipeline.run(newArticle(raw, text));
  analysed.lang = lang;
  return analysed;
}

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'tidende-store-')), 'test.db');

describe('SqliteStore', () => {
  it('stores an article once, however often it is ingested', () => {
    const store = new SqliteStore(dbPath());
    const a = article('a1', 'Klimaaftalen er landet', 'Partierne blev enige om klimaaftalen i nat.');
    expect(store.ingest(a)).toMatchObject({ status: 'stored', id: 'a1' });
    expect(store.ingest(a)).toMatchObject({ status: 'duplicate', existingId: 'a1' });
    expect(store.ingest({ ...a, id: 'other-id', text: `${a.text}  ` })).toMatchObject({ status: 'duplicate' });
    expect(store.count().articles).toBe(1);
    store.close();
  });

  it('keeps every layer and gives a different article with a taken id a new id', () => {
    const store = new SqliteStore(dbPath());
    const a = article('same', 'Første', '»Vi er klar,« siger han. Det blev 4.712 kr.');
    store.ingest(a);
    expect(store.ingest(article('same', 'Anden', 'En helt anden tekst om noget andet.'))).toMatchObject({ status: 'stored', id: 'same~2' });
    const { articles, storyOf } = store.articles();
    expect(articles.map((x) => x.id)).toEqual(['same', 'same~2']);
    expect(articles[0].tokens).toEqual(a.tokens);
    expect(articles[0].sentences).toEqual(a.sentences);
    expect(storyOf.get('same')).toMatch(/^s\d+$/);
    store.close();
  });

  it('finds inflected forms through language-aware stemming', () => {
    const store = new SqliteStore(dbPath());
    store.ingest(article('da1', 'Aftale i nat', 'Regeringen præsenterede klimaaftalen for pressen.'));
    store.ingest(article('nb1', 'Avtale', 'Regjeringen la fram klimaavtalene i dag.', 'nb'));
    store.ingest(article('sv1', 'Färjan', 'Färjorna ligger kvar i hamnen.', 'sv'));
    expect(store.search('klimaaftale').map((h) => h.id)).toEqual(['da1']);
    expect(store.search('klimaavtale').map((h) => h.id)).toEqual(['nb1']);
    expect(store.search('färjan').map((h) => h.id)).toEqual(['sv1']);
    expect(store.search('klimaaftale')[0].snippet).toContain('«klimaaftalen»');
    expect(store.search('noget som ikke findes')).toEqual([]);
    store.close();
  });

  it('keeps story state across reopenings: a later run joins earlier stories', () => {
    const path = dbPath();
    const text = 'Stormen Helga har ramt Esbjerg og Vestjylland hårdt. Mindst tre er omkommet, oplyser Syd- og Sønderjyllands Politi.';
    let store = new SqliteStore(path);
    const first = store.ingest(article('storm1', 'Stormen Helga rammer Esbjerg', text));
    store.ingest(article('fodbold', 'Brøndby vandt derbyet', 'Brøndby slog FC København 2-1 i søndagens derby på Brøndby Stadion.'));
    store.close();
    store = new SqliteStore(path);
    const second = store.ingest(article('storm2', 'Stormen Helga: flere omkomne i Esbjerg', `${text} Nu er fem omkommet.`, 'da', '2024-03-13'));
    expect(first.status === 'stored' && second.status === 'stored' && second.story === first.story).toBe(true);
    expect(store.count().stories).toBe(2);
    store.close();
  });

  it('leaves only whole articles when the process is killed mid-ingest', async () => {
    const path = dbPath();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-child.fixture.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('close', r));

    const store = new SqliteStore(path);
    expect(store.integrityCheck()).toBe('ok');
    const { articles } = store.articles();
    expect(articles.length).toBeGreaterThan(20);
    store.close();
    const db = new Database(path, { readonly: true });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM article_layers')).toBe(articles.length);
    expect(count('SELECT count(*) AS n FROM articles WHERE rowid NOT IN (SELECT rowid FROM article_fts)')).toBe(0);
    const storyArticles = (db.prepare('SELECT articles FROM stories').all() as { articles: string }[]).flatMap((r) => JSON.parse(r.articles) as string[]);
    expect(storyArticles.sort()).toEqual(articles.map((a) => a.id).sort());
    db.close();
  });
});
