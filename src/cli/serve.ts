// `tidende serve --db FILE`: the JSON API, Atom feeds, live updates and the web UI over a store.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { z } from 'zod';
import { ReadPool, buildServer, isLoopback, preloadReportResources, readPoolDefaults, serverDefaults } from '../api/index.js';
import { SqliteStore, openStore } from '../store/index.js';

const serveOptions = z.object({
  db: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65_535),
  host: z.string().min(1),
  token: z.string().min(16, 'a token of at least 16 characters').optional(),
  web: z.string().optional(),
  quiet: z.boolean(),
  allowPrivateUrls: z.boolean(),
  readWorkers: z.coerce.number().int().min(0).max(64),
});

/** dist/web beside dist/cli when built; the source tree's dist/web when run through tsx. */
const defaultWebRoot = () => fileURLToPath(new URL(import.meta.url.includes('/dist/') ? '../web' : '../../dist/web', import.meta.url));

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API, Atom feeds and web UI over a database')
    .requiredOption('--db <file>', 'SQLite database file')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on (writes need --token beyond loopback)', serverDefaults.host)
    .option('--token <secret>', 'bearer token for write endpoints (default: $TIDENDE_TOKEN)')
    .option('--web <dir>', 'directory of the built web UI (default: dist/web)')
    .option('--allow-private-urls', 'let ingest by URL fetch loopback, private and link-local addresses', false)
    .option('--read-workers <n>', 'threads answering search, story lists and entity pages, each with its own read-only connection (0: on the main thread)', String(readPoolDefaults.workers))
    .option('-q, --quiet', 'no request log', false)
    .action(async (raw: Record<string, unknown>) => {
      const options = serveOptions.parse({ ...raw, token: raw.token ?? process.env.TIDENDE_TOKEN });
      const store = openStore(options.db);
      // Opened after the store, which creates and migrates the file the workers read.
      const reads = store instanceof SqliteStore && options.readWorkers > 0 ? await ReadPool.open(options.db, { workers: options.readWorkers }) : undefined;
      const app = await buildServer({ store, reads, host: options.host, token: options.token, webRoot: options.web ?? defaultWebRoot(), logger: !options.quiet, allowPrivateUrls: options.allowPrivateUrls });
      if (!isLoopback(options.host) && !options.token) process.stderr.write('tidende: listening beyond loopback without --token: write endpoints are disabled\n');
      const close = async () => {
        await app.close();
        await reads?.close();
        store.close();
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      const address = await app.listen({ port: options.port, host: options.host });
      process.stderr.write(`tidende: serving ${options.db} on ${address}\n`);
      // Right after start, not on the first reader's story page.
      setImmediate(preloadReportResources);
    });
}
