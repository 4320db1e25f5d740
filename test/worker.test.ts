// Workers sharing the PostgreSQL queue: killed with SIGKILL at random points, they lose nothing,
// store nothing twice, and leave the same stories as one worker alone; poison articles end in
// the dead letters; concurrent writers assign stories exactly as one process would. Each test
// creates and drops its own databases.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoryIndex } from '../src/corpus/stories/index.js';
import type { RawArticle } from '../src/doc/model.js';
import { newArticle } from '../src/doc/model.js';
import { defaultPipeline } from '../src/nlp/default-pipeline.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { enqueueRaw, queueDepth, runWorker, workerDefaults } from '../src/store/postgres/raw-queue.js';
import { createTestDatabase, postgresAnswers, testServerUrl, type TestDatabase } from '../src/store/postgres/test-database.js';
import { workerCorpus } from './worker-corpus.js';

const postgresUp = await postgresAnswers();
const skipReason = postgresUp ? '' : ` (skipped: no PostgreSQL server answers at ${testServerUrl}; start one, or set TIDENDE_TEST_POSTGRES)`;

const cliEntry = join(import.meta.dirname, '..', 'src', 'cli', 'main.ts');

/** Every worker spawned, so none outlives a failing test. */
const spawned: ChildProcess[] = [];
/** Every database made, dropped at the end. */
const databases: TestDatabase[] = [];

async function freshStore(): Promise<{ database: TestDatabase; store: PostgresStore }> {
  const database = await createTestDatabase();
  databases.push(database);
  return { database, store: await PostgresStore.open(database.url) };
}

/** A `tidende worker` process; `untilEmpty` false: it runs until SIGTERM, as in production. */
function spawnWorker(url: string, name: string, log: string[], untilEmpty = true): ChildProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', `import(${JSON.stringify(cliEntry)}).then((m) => m.main(['node', 'tidende', ...process.argv.slice(1)]))`, 'worker', '--db', url, '--poll-ms', '200', ...(untilEmpty ? ['--until-empty'] : [])],
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

/** Whether the backend of the process named `name` holds an advisory lock: bigint keys are
 * split into classid (high 32 bits) and objid (low 32 bits). */
async function holdsLock(store: PostgresStore, name: string, key: number): Promise<boolean> {
  const { rows } = await store.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE a.application_name = $1 AND l.locktype = 'advisory' AND l.granted AND l.classid = $2 AND l.objid = $3`,
    [name, Math.floor(key / 2 ** 32), key % 2 ** 32],
  );
  return rows[0].n > 0;
}
const CONSUMER_LOCK = 0x74696465_02;
const STORY_LOCK = 0x74696465_01;

/** Everything a run leaves that must not depend on how many workers made it, or when they died. */
async function outcomeOf(store: PostgresStore) {
  const rows = async (sql: string) => (await store.query(sql)).rows;
  return {
    articles: await rows('SELECT id, source, content_hash, story, published FROM articles ORDER BY seq'),
    stories: await rows('SELECT id, articles, centroid, last_time FROM stories ORDER BY id'),
    clock: await rows('SELECT next_id, documents FROM story_clock'),
  };
}

/** Every article is in exactly one story, and the story rows agree with the article rows. */
async function expectConsistentStories(store: PostgresStore): Promise<void> {
  const articles = (await store.query<{ id: string; story: string }>('SELECT id, story FROM articles')).rows;
  const stories = (await store.query<{ id: string; articles: string[] }>('SELECT id, articles FROM stories')).rows;
  const storyOfArticle = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) {
    expect(storyOfArticle.has(id), `article ${id} is in two stories`).toBe(false);
    storyOfArticle.set(id, story.id);
  }
  expect(storyOfArticle.size).toBe(articles.length);
  for (const article of articles) expect(storyOfArticle.get(article.id)).toBe(article.story);
  const clock = (await store.query<{ documents: string }>('SELECT documents FROM story_clock')).rows[0];
  expect(Number(clock.documents)).toBe(articles.length);
}

describe(`workers on the shared PostgreSQL queue${skipReason}`, () => {
  afterAll(async () => {
    for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const database of databases) await database.drop();
  });

  it.skipIf(!postgresUp)('stores every article exactly once, in the stories of a single worker, when one of two workers is killed 5 times', async () => {
    const total = 2000;
    const kills = 5;
    const raws = workerCorpus(total, 'crash');
    const log: string[] = [];

    // The reference: one worker alone over the same queue.
    const single = await freshStore();
    await enqueueRaw(single.store, raws);
    expect(await exited(spawnWorker(single.database.url, 'single', log)), log.join('')).toBe(0);
    const expected = await outcomeOf(single.store);
    await single.store.close();

    const crash = await freshStore();
    const { store } = crash;
    let enqueued = 0;
    try {
      // The articles arrive as from feeds, 40 every 400 ms (20 s in all), so the kills fall while
      // there is work however fast the workers are; the queue order is the reference run's.
      const feeding = (async () => {
        for (; enqueued < total; enqueued += 40) {
          await enqueueRaw(store, raws.slice(enqueued, enqueued + 40));
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
      })();
      // The victim starts first, so it is the clustering consumer when it is first killed.
      let victimName = 'victim-0';
      let victim = spawnWorker(crash.database.url, victimName, log, false);
      await waitFor(() => holdsLock(store, victimName, CONSUMER_LOCK), 60_000, 'the first worker to take the consumer lock');
      const survivor = spawnWorker(crash.database.url, 'survivor', log, false);
      const killedAt: string[] = [];
      for (let kill = 0; kill < kills; kill++) {
        // At a random point: whatever the victim is doing then (claiming, analysing, staging,
        // clustering, waiting). The first kill waits for it to be mid-clustering, as consumer.
        await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 2500));
        if (kill === 0) await waitFor(() => holdsLock(store, victimName, STORY_LOCK), 10_000, 'the consumer to be clustering').catch(() => undefined);
        const depth = await queueDepth(store);
        killedAt.push(`${victimName}: ${enqueued} enqueued, ${depth.queued} queued, ${depth.staged} staged, consumer ${(await holdsLock(store, victimName, CONSUMER_LOCK)) ? 'yes' : 'no'}`);
        expect(enqueued < total || depth.queued + depth.staged > 0, `the work ran out before kill ${kill + 1} (${killedAt.join('; ')})`).toBe(true);
        victim.kill('SIGKILL');
        expect(await exited(victim)).toBeNull();
        victimName = `victim-${kill + 1}`;
        victim = spawnWorker(crash.database.url, victimName, log, false);
      }
      await feeding;
      await waitFor(async () => {
        const depth = await queueDepth(store);
        return depth.queued + depth.staged === 0;
      }, 300_000, `the workers to store every article (${log.join('')})`);
      for (const worker of [victim, survivor]) {
        worker.kill('SIGTERM');
        expect(await exited(worker), log.join('')).toBe(0);
      }

      expect(await queueDepth(store)).toEqual({ queued: 0, staged: 0, dead: 0 });
      const outcome = await outcomeOf(store);
      // Exactly once: each raw article's source once, except the copies, which are duplicates.
      const sources = outcome.articles.map((a) => (a as { source: string }).source);
      expect(new Set(sources).size).toBe(sources.length);
      expect(sources.length).toBe(total - Math.floor((total - 1) / 97));
      expect(outcome.articles.length).toBe(expected.articles.length);
      expect(outcome.articles).toEqual(expected.articles);
      expect(outcome.stories).toEqual(expected.stories);
      expect(outcome.clock).toEqual(expected.clock);
      expect(expected.stories.length, 'the corpus should form stories of many articles').toBeLessThan(expected.articles.length / 5);
      await expectConsistentStories(store);
    } finally {
      await store.close();
    }
  }, 600_000);

  it.skipIf(!postgresUp)('sends rejected input and articles that keep failing to the dead letters', async () => {
    const { store } = await freshStore();
    try {
      const [good] = workerCorpus(1, 'poison-ok');
      const goodText = good.body.kind === 'text' ? good.body.text : '';
      const empty: RawArticle = { ...good, id: 'empty', body: { kind: 'text', text: '   ' } };
      const poison: RawArticle = { ...good, id: 'poison', title: 'Gift', body: { kind: 'text', text: `Giftig artikel. ${goodText}` } };
      // NUL cannot be stored in PostgreSQL text: the queue keeps the article, with U+FFFD instead.
      const nul: RawArticle = { ...good, id: 'nul', title: 'Nul', body: { kind: 'text', text: `Et tegn \u0000 midt i teksten. ${goodText}` } };
      await enqueueRaw(store, [empty, poison, nul, good]);
      const pipeline = defaultPipeline();
      const process = (raw: RawArticle) => {
        const text = raw.body.kind === 'text' ? raw.body.text : '';
        if (text.trim() === '') return { kind: 'rejected' as const, reason: 'empty body' };
        if (raw.id === 'poison') throw new Error('the analyser crashed on this one');
        return { kind: 'article' as const, article: pipeline.run(newArticle(raw, text)) };
      };
      const stats = await runWorker(store, process, { ...workerDefaults, maxAttempts: 3, untilEmpty: true });
      expect(stats).toMatchObject({ analysed: 2, stored: 2, duplicates: 0, dead: 2, failed: 3 });
      const dead = (await store.query<{ id: string; attempts: number; last_error: string }>("SELECT raw->>'id' AS id, attempts, last_error FROM dead_letters ORDER BY seq")).rows;
      expect(dead).toEqual([
        { id: 'empty', attempts: 1, last_error: 'empty body' },
        { id: 'poison', attempts: 3, last_error: 'the analyser crashed on this one' },
      ]);
      const { articles } = await store.articles();
      expect(articles.map((a) => a.id)).toEqual(['nul', 'poison-ok-0']);
      expect(articles.find((a) => a.id === 'nul')?.text).toContain('\uFFFD');
      expect(await queueDepth(store)).toEqual({ queued: 0, staged: 0, dead: 2 });
    } finally {
      await store.close();
    }
  }, 120_000);

  it.skipIf(!postgresUp)('dead-letters an article that kills its worker every time, and none of the articles claimed with it', async () => {
    const { database, store } = await freshStore();
    try {
      const maxAttempts = 3;
      const raws = workerCorpus(20, 'killer');
      // In the middle of the first claim of 8: its batch-mates die with the worker once.
      const killerId = raws[3].id;
      await enqueueRaw(store, raws);
      const queueModule = join(import.meta.dirname, '..', 'src', 'store', 'postgres', 'raw-queue.ts');
      const storeModule = join(import.meta.dirname, '..', 'src', 'store', 'postgres', 'postgres-store.ts');
      const modelModule = join(import.meta.dirname, '..', 'src', 'doc', 'model.ts');
      // A worker whose analysis SIGKILLs its own process on the killer article.
      const script = `
        const { runWorker, workerDefaults } = await import(${JSON.stringify(queueModule)});
        const { PostgresStore } = await import(${JSON.stringify(storeModule)});
        const { newArticle } = await import(${JSON.stringify(modelModule)});
        const store = await PostgresStore.open(${JSON.stringify(database.url)});
        await runWorker(store, (raw) => {
          if (raw.id === ${JSON.stringify(killerId)}) process.kill(process.pid, 'SIGKILL');
          return { kind: 'article', article: newArticle(raw, raw.body.text) };
        }, { ...workerDefaults, claimBatch: 8, maxAttempts: ${maxAttempts}, untilEmpty: true, pollMs: 50 });
        await store.close();`;
      const log: string[] = [];
      const signals: (NodeJS.Signals | null)[] = [];
      for (let run = 0; run < maxAttempts + 2; run++) {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
        child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
        spawned.push(child);
        const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, killed) => resolve(killed)));
        signals.push(signal);
        if (signal === null) break;
      }
      // Killed on each of its claims (the first in a batch, the rest alone), then buried unopened.
      expect(signals, log.join('')).toEqual([...Array.from({ length: maxAttempts }, () => 'SIGKILL'), null]);
      const dead = (await store.query<{ id: string; attempts: number }>("SELECT raw->>'id' AS id, attempts FROM dead_letters")).rows;
      expect(dead).toEqual([{ id: killerId, attempts: maxAttempts }]);
      expect(await queueDepth(store)).toEqual({ queued: 0, staged: 0, dead: 1 });
      const sources = (await store.query<{ source: string }>('SELECT source FROM articles ORDER BY seq')).rows.map((r) => r.source);
      expect(sources).toEqual(raws.filter((raw) => raw.id !== killerId).map((raw) => raw.source));
    } finally {
      await store.close();
    }
  }, 120_000);

  it.skipIf(!postgresUp)('wakes an idle worker when articles are queued, without waiting for its poll', async () => {
    const { store } = await freshStore();
    const stop = new AbortController();
    try {
      const pipeline = defaultPipeline();
      const stored: number[] = [];
      // A poll of ten minutes: only the notification can wake the worker within the test's time.
      const worker = runWorker(store, (raw) => ({ kind: 'article', article: pipeline.run(newArticle(raw, raw.body.kind === 'text' ? raw.body.text : '')) }), {
        ...workerDefaults,
        pollMs: 600_000,
        signal: stop.signal,
        onArticle: (stats) => stored.push(stats.analysed),
      });
      // Idle: it has looked at the empty queue and is waiting.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await enqueueRaw(store, workerCorpus(3, 'wake'));
      await waitFor(async () => (await store.count()).articles === 3, 20_000, 'the idle worker to store the queued articles');
      expect(stored.length).toBe(3);
      stop.abort();
      expect(await worker).toMatchObject({ analysed: 3, stored: 3 });
    } finally {
      stop.abort();
      await store.close();
    }
  }, 60_000);

  it.skipIf(!postgresUp)('assigns stories exactly as one process would when two processes write concurrently', async () => {
    const { database, store } = await freshStore();
    const second = await PostgresStore.open(database.url);
    try {
      const pipeline = defaultPipeline();
      const analysed = workerCorpus(300, 'concurrent').map((raw) => pipeline.run(newArticle(raw, raw.body.kind === 'text' ? raw.body.text : '')));
      await Promise.all([
        (async () => { for (const article of analysed.filter((_, i) => i % 2 === 0)) await store.ingest(article); })(),
        (async () => { for (const article of analysed.filter((_, i) => i % 2 === 1)) await second.ingest(article); })(),
      ]);
      // Both processes took turns (each caught up with the other's articles by replaying them).
      expect(store.replayedArticles).toBeGreaterThan(0);
      expect(second.replayedArticles).toBeGreaterThan(0);
      // One story index fed the stored articles in their stored order assigns every one of them
      // to the story it was stored in (no merges in 300 articles: mergeEvery is 200 documents, so
      // only stories that did not merge are compared).
      const stored = (await store.query<{ id: string; title: string | null; text: string; lang: string; published: string | null; mentions: []; figures: []; story: string }>(
        'SELECT id, title, text, lang, published, mentions, figures, story FROM articles ORDER BY seq',
      )).rows;
      const index = new StoryIndex();
      const merged = new Set<string>();
      const assigned = new Map<string, string>();
      for (const row of stored) {
        assigned.set(row.id, index.assign(row).id);
        for (const merge of index.drainMerges()) merged.add(merge.from);
      }
      for (const row of stored) if (!merged.has(assigned.get(row.id) as string)) expect(row.story, row.id).toBe(assigned.get(row.id));
      await expectConsistentStories(store);
    } finally {
      await second.close();
      await store.close();
    }
  }, 120_000);
});
