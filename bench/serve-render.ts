// `npx tsx bench/serve-render.ts [--db FILE]`: how long the web UI takes to show its pages in
// headless Chromium (/usr/bin/chromium, driven by playwright-core) over a load-test store
// (bench/build-serve-store.ts, 100k articles by default), on loopback. Each page is timed from
// navigation until its main content is visible, in a warm browser, best and worst of 5.
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { buildServer, preloadReportResources } from '../src/api/index.js';
import { SqliteStore } from '../src/store/index.js';
import { defaultServeStorePath } from './build-serve-store.js';

const root = resolve(import.meta.dirname, '..');
const ROUNDS = 5;

async function main(): Promise<void> {
  const given = process.argv.indexOf('--db');
  const db = given > 0 ? process.argv[given + 1] : defaultServeStorePath(100_000);
  const webRoot = mkdtempSync(join(tmpdir(), 'tidende-web-'));
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
  const store = new SqliteStore(db);
  const sql = store.database();
  const story = (sql.prepare('SELECT story FROM story_listing ORDER BY articles DESC LIMIT 1').get() as { story: string }).story;
  const entity = (sql.prepare('SELECT stable_id FROM entities ORDER BY article_count DESC LIMIT 1').get() as { stable_id: string }).stable_id;
  const article = (sql.prepare('SELECT id FROM articles ORDER BY rowid DESC LIMIT 1').get() as { id: string }).id;
  const app = await buildServer({ store, webRoot });
  preloadReportResources(); // as `tidende serve` does after it starts
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const pages: [string, string, string][] = [
    ['story list', '/', '.story-card'],
    ['story list, search "politiet"', '/?q=politiet', '.story-card'],
    ['story page (largest story)', `/stories/${encodeURIComponent(story)}`, 'h1'],
    ['article page', `/articles/${encodeURIComponent(article)}`, 'h1'],
    [`entity page (${entity}, most named)`, `/entities/${encodeURIComponent(entity)}`, 'h1'],
  ];
  try {
    await page.goto(`${base}/`);
    await page.locator('.story-card').first().waitFor();
    const rows: string[] = [];
    for (const [name, path, selector] of pages) {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        await page.goto('about:blank');
        const started = Date.now();
        await page.goto(`${base}${path}`);
        await page.locator(selector).first().waitFor({ timeout: 10_000 });
        times.push(Date.now() - started);
      }
      times.sort((a, b) => a - b);
      rows.push(`| ${name} | ${times[0]} ms | ${times[Math.floor(ROUNDS / 2)]} ms | ${times[ROUNDS - 1]} ms |`);
    }
    const { articles, stories } = store.count();
    process.stdout.write(
      [
        `Render in headless Chromium, ${articles.toLocaleString('en')} articles (${stories.toLocaleString('en')} stories), warm browser, ${ROUNDS} loads per page, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}:`,
        '',
        '| page | best | median | worst |',
        '|---|---:|---:|---:|',
        ...rows,
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await app.close();
    store.close();
  }
}

await main();
