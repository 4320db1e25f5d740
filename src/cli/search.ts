// `tidende search QUERY --db FILE|postgres://…`: full-text search over stored articles, stemmed per language.
import type { Command } from 'commander';
import { openAsyncStore } from '../store/async-store.js';

export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .description('search stored articles')
    .argument('<query...>', 'words to find (all must match; inflected forms match too)')
    .requiredOption('--db <file>', 'SQLite database file, or a postgres:// URL')
    .option('-n, --limit <n>', 'most hits to show', '20')
    .option('-f, --format <format>', 'json or text', 'text')
    .action(async (words: string[], options: { db: string; limit: string; format: string }) => {
      const store = await openAsyncStore(options.db);
      try {
        const hits = await store.search(words.join(' '), Number(options.limit) || 20);
        if (options.format === 'json') {
          process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
        } else {
          for (const hit of hits) {
            process.stdout.write(`${hit.id}  ${hit.title ?? ''}  (${[hit.outlet, hit.published, hit.lang, hit.story].filter(Boolean).join(' · ')})\n    ${hit.snippet}\n`);
          }
          if (hits.length === 0) process.stderr.write('tidende: no matches\n');
        }
      } finally {
        await store.close();
      }
    });
}
