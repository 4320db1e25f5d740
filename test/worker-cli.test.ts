// The commands that read and write a store take a postgres:// URL as they take a SQLite file, and
// give the same answers from both: ingest, stories, search.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAnswers, testServerUrl, type TestDatabase } from '../src/store/postgres/test-database.js';

const postgresUp = await postgresAnswers();
const skipReason = postgresUp ? '' : ` (skipped: no PostgreSQL server answers at ${testServerUrl}; start one, or set TIDENDE_TEST_POSTGRES)`;

const root = join(import.meta.dirname, '..');
const cliEntry = join(root, 'src', 'cli', 'main.ts');
const examples = join(root, 'examples');

/** Runs the CLI from source (no build needed) and collects its output. */
function tidende(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', `import(${JSON.stringify(cliEntry)}).then((m) => m.main(['node', 'tidende', ...process.argv.slice(1)]))`, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

describe(`ingest, stories and search on a postgres:// store${skipReason}`, () => {
  let database: TestDatabase;
  const sqlitePath = join(mkdtempSync(join(tmpdir(), 'tidende-pg-cli-')), 'corpus.db');

  beforeAll(async () => {
    if (postgresUp) database = await createTestDatabase();
  });
  afterAll(async () => {
    if (postgresUp) await database.drop();
  });

  it.skipIf(!postgresUp)('gives the same stories and search hits as the SQLite store over the same files', async () => {
    const [intoPostgres, intoSqlite] = await Promise.all([tidende(['ingest', examples, '--db', database.url, '--quiet']), tidende(['ingest', examples, '--db', sqlitePath, '--quiet'])]);
    expect(intoPostgres, intoPostgres.stderr).toMatchObject({ status: 0 });
    expect(intoSqlite, intoSqlite.stderr).toMatchObject({ status: 0 });

    const [fromPostgres, fromSqlite] = await Promise.all([tidende(['stories', '--db', database.url, '--format', 'json']), tidende(['stories', '--db', sqlitePath, '--format', 'json'])]);
    expect(fromPostgres.status, fromPostgres.stderr).toBe(0);
    const report = JSON.parse(fromPostgres.stdout) as { articles: unknown[]; stories: { id: string; articles: string[] }[] };
    expect(report.articles.length).toBeGreaterThan(5);
    expect(report.stories.some((story) => story.articles.length > 1)).toBe(true);
    expect(report).toEqual(JSON.parse(fromSqlite.stdout));

    const hits = await tidende(['search', 'Helga', '--db', database.url, '--format', 'json']);
    expect(hits.status, hits.stderr).toBe(0);
    const found = JSON.parse(hits.stdout) as { id: string; story: string }[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((hit) => /^s\d+$/.test(hit.story))).toBe(true);

    const one = await tidende(['stories', '--db', database.url, '--story', found[0].story]);
    expect(one.status, one.stderr).toBe(0);
    expect((await tidende(['stories', '--db', database.url, '--story', 's999999'])).status).toBe(1);
  }, 180_000);
});
