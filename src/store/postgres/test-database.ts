// Throwaway PostgreSQL databases for tests: each run creates its own and drops it afterwards,
// so tests never touch data and can run side by side.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests use; TIDENDE_TEST_POSTGRES overrides it (a URL to its maintenance database). */
export const testServerUrl = process.env.TIDENDE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether a server answers, so tests can skip (with a message) rather than fail without one. */
export async function postgresAnswers(url = testServerUrl): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(serverUrl = testServerUrl): Promise<TestDatabase> {
  const name = `tidende_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
