// Workers sharing the PostgreSQL queue: killed with SIGKILL mid-article, they lose nothing and
// store nothing twice; poison articles end in the dead letters; concurrent writers keep one
// consistent story state. Each test run creates and drops its own database.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawArticle } from '../src/doc/model.js';
import { newArticle } from '../src/doc/model.js';
import { defaultPipeline } from '../src/nlp/default-pipeline.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { enqueueRaw, queueDepth, runWorker, workerDefaults } from '../src/store/postgres/raw-queue.js';
import { createTestDatabase, postgresAnswers, testServerUrl, type TestDatabase } from '../src/store/postgres/test-database.js';

const postgresUp = await postgresAnswers();
const skipReason = postgresUp ? '' : ` (skipped: no PostgreSQL server answers at ${testServerUrl}; start one, or set TIDENDE_TEST_POSTGRES)`;

const EVENTS = [
  ['stormen', 'Esbjerg', 'Redningsfolk arbejder hele natten ved havnen, og flere veje er lukket.'],
  ['klimaaftalen', 'Christiansborg', 'Partierne forhandler om afgifter på landbruget og nye skove.'],
  ['strejken', 'Aarhus', 'Buschaufførerne nedlagde arbejdet i protest mod nye vagtplaner.'],
  ['branden', 'Odense', 'Brandvæsenet kæmper stadig mod flammerne i lagerbygningen.'],
  ['valget', 'Aalborg', 'Vælgerne stod i kø foran stemmestederne hele eftermiddagen.'],
] as const;

/** Distinct raw articles about a handful of events, so they form stories. */
function rawArticles(count: number, prefix: string): RawArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const [topic, place, detail] = EVENTS[i % EVENTS.length];
    const text = `Artikel ${i} om ${topic} i ${place}. ${detail} Politiet oplyser, at ${i * 7 + 3} personer er berørt. »Det er en alvorlig situation,« siger borgmester Jens Hansen til ${prefix}. ${detail}`;
    return { id: `${prefix}-${i}`, source: `${prefix}.jsonl:${i + 1}`, outlet: 'DR', title: `Nyt om ${topic} i ${place} (${i})`, published: `2024-03-${String(10 + (i % 5)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`, lang: 'da', url: null, body: { kind: 'text', text } };
  });
}

const cliEntry = join(import.meta.dirname, '..', 'src', 'cli', 'main.ts');

/** Every worker spawned, so none outlives a failing test. */
const spawned: ChildProcess[] = [];

function spawnWorker(url: string, name: string, log: string[]): ChildProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', `import(${JSON.stringify(cliEntry)}).then((m) => m.main(['node', 'tidende', ...process.argv.slice(1)]))`, 'worker', '--db', url, '--until-empty', '--poll-ms', '50'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PGAPPNAME: name } },
  );
  child.stderr?.on('data', (chunk: Buffer) => log.push(`${name}: ${chunk.toString()}`));
  spawned.push(child);
  return child;
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every article is in exactly one story, and the story rows agree with the article rows. */
async function expectConsistentStories(store: PostgresStore, expected: number): Promise<void> {
  const articles = (await store.query<{ id: string; story: string }>('SELECT id, story FROM articles')).rows;
  const stories = (await store.query<{ id: string; articles: string[] }>('SELECT id, articles FROM stories')).rows;
  const storyOfArticle = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) {
    expect(storyOfArticle.has(id), `article ${id} is in two stories`).toBe(false);
    storyOfArticle.set(id, story.id);
  }
  expect(storyOfArticle.size).toBe(expected);
  for (const article of articles) expect(storyOfArticle.get(article.id)).toBe(article.story);
  const clock = (await store.query<{ documents: string }>('SELECT documents FROM story_clock')).rows[0];
  expect(Number(clock.documents)).toBe(expected);
}

describe(`workers on the shared PostgreSQL queue${skipReason}`, () => {
  let database: TestDatabase;
  let store: PostgresStore;

  beforeAll(async () => {
    if (!postgresUp) return;
    database = await createTestDatabase();
    store = await PostgresStore.open(database.url);
  });

  afterAll(async () => {
    for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (!postgresUp) return;
    await store.close();
    await database.drop();
  });

  it.skipIf(!postgresUp)('loses and duplicates nothing when workers are killed with SIGKILL mid-article', async () => {
    const total = 300;
    const kills = 4;
    const raws = rawArticles(total, 'crash');
    await enqueueRaw(store, raws);
    const log: string[] = [];
    const inTransaction = async (name: string) =>
      (await store.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL', [name])).rows[0].n > 0;
    const names = ['worker-a-0', 'worker-b-0'];
    const workers = names.map((name) => spawnWorker(database.url, name, log));
    for (let kill = 0; kill < kills; kill++) {
      // Both workers take turns as the victim, each killed while it holds a claim (the article it
      // was analysing or storing must come back), at a random point after it got going.
      const slot = kill % 2;
      await waitFor(() => inTransaction(names[slot]), 120_000, `${names[slot]} to claim an article`);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 1500));
      await waitFor(() => inTransaction(names[slot]), 120_000, `${names[slot]} to be mid-article`);
      workers[slot].kill('SIGKILL');
      expect(await exited(workers[slot])).toBeNull();
      names[slot] = `${names[slot].replace(/-\d+$/, '')}-${kill + 1}`;
      workers[slot] = spawnWorker(database.url, names[slot], log);
    }
    expect((await queueDepth(store)).queued, 'the queue ran dry before the last kill: raise `total`').toBeGreaterThan(0);
    for (const worker of workers) expect(await exited(worker), log.join('')).toBe(0);
    // A worker that found only rows claimed by a dying one exits early; one more drains the rest.
    expect(await exited(spawnWorker(database.url, 'drain', log)), log.join('')).toBe(0);

    expect(await queueDepth(store)).toEqual({ queued: 0, dead: 0 });
    const ids = (await store.query<{ id: string }>('SELECT id FROM articles ORDER BY id')).rows.map((r) => r.id);
    expect(ids).toEqual(raws.map((r) => r.id).sort());
    await expectConsistentStories(store, total);
  }, 300_000);

  it.skipIf(!postgresUp)('sends rejected input and articles that keep failing to the dead letters', async () => {
    const [good] = rawArticles(1, 'poison-ok');
    const empty: RawArticle = { ...good, id: 'empty', body: { kind: 'text', text: '   ' } };
    const poison: RawArticle = { ...good, id: 'poison', title: 'Gift', body: { kind: 'text', text: `Giftig artikel. ${good.body.kind === 'text' ? good.body.text : ''}` } };
    // NUL cannot be stored in PostgreSQL text: the queue keeps the article, with U+FFFD instead.
    const nul: RawArticle = { ...good, id: 'nul', title: 'Nul', body: { kind: 'text', text: `Et tegn \u0000 midt i teksten. ${good.body.kind === 'text' ? good.body.text : ''}` } };
    await enqueueRaw(store, [empty, poison, nul, good]);
    const before = (await store.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0].n;
    const pipeline = defaultPipeline();
    const process = (raw: RawArticle) => {
      const text = raw.body.kind === 'text' ? raw.body.text : '';
      if (text.trim() === '') return { kind: 'rejected' as const, reason: 'empty body' };
      if (raw.id === 'poison') throw new Error('the analyser crashed on this one');
      return { kind: 'article' as const, article: pipeline.run(newArticle(raw, text)) };
    };
    const stats = await runWorker(store, process, { ...workerDefaults, maxAttempts: 3, untilEmpty: true });
    expect(stats).toEqual({ stored: 2, duplicates: 0, dead: 2, failed: 3 });
    const dead = (await store.query<{ id: string; attempts: number; last_error: string }>("SELECT raw->>'id' AS id, attempts, last_error FROM dead_letters ORDER BY seq")).rows;
    expect(dead).toEqual([
      { id: 'empty', attempts: 1, last_error: 'empty body' },
      { id: 'poison', attempts: 3, last_error: 'the analyser crashed on this one' },
    ]);
    const { articles } = await store.articles();
    expect(articles.length).toBe(before + 2);
    expect(articles.find((a) => a.id === 'nul')?.text).toContain('\uFFFD');
    expect(await queueDepth(store)).toEqual({ queued: 0, dead: 2 });
  }, 120_000);

  it.skipIf(!postgresUp)('keeps one story state when two processes write concurrently', async () => {
    const second = await PostgresStore.open(database.url);
    const pipeline = defaultPipeline();
    const analysed = rawArticles(40, 'concurrent').map((raw) => pipeline.run(newArticle(raw, raw.body.kind === 'text' ? raw.body.text : '')));
    const before = (await store.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0].n;
    try {
      await Promise.all([
        (async () => { for (const article of analysed.filter((_, i) => i % 2 === 0)) await store.ingest(article); })(),
        (async () => { for (const article of analysed.filter((_, i) => i % 2 === 1)) await second.ingest(article); })(),
      ]);
    } finally {
      await second.close();
    }
    // Articles on one event joined one story, whichever process stored them.
    const { storyOf } = await store.articles();
    const storiesOfEvent = new Set(analysed.filter((_, i) => i % EVENTS.length === 0).map((a) => storyOf.get(a.id)));
    expect(storiesOfEvent.size).toBeLessThan(8);
    await expectConsistentStories(store, before + analysed.length);
  }, 120_000);
});
