// End to end in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): the
// examples in a fresh store, `serve` on a free port, and a reader's path through the UI.
// Screenshots go to test-artifacts/.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/index.js';
import { exampleDatabase } from '../../src/api/test-corpus.fixture.js';
import { SqliteStore } from '../../src/store/index.js';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..', '..');
const artifacts = join(root, 'test-artifacts');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`e2e: skipped, ${CHROMIUM} is absent (apt-get install -y chromium)`);

const hostile = {
  id: 'hostile-1',
  title: '<script>window.__pwned = "title"</script> Stormen <img src=x onerror="window.__pwned=1">',
  text: 'Stormen Helga: <script>window.__pwned = 2</script> læs mere på <a href="javascript:window.__pwned=3">linket</a>.\n\n<svg onload="window.__pwned=4"><script>window.__pwned=5</script></svg> Tre er omkommet, siger politiet.',
  published: '2024-03-12',
  lang: 'da',
};

describe.skipIf(!hasChromium)('web UI in Chromium', () => {
  let store: SqliteStore;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'tidende-web-'));
    await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
    store = new SqliteStore(await exampleDatabase());
    app = await buildServer({ store, webRoot });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const response = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(hostile) });
    expect(response.status).toBe(201);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'da-DK' });
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    mkdirSync(artifacts, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    store?.close();
  });

  const shot = (name: string) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });

  it('opens the story list fast, searches, opens a story with facts and map, and follows a quote', async () => {
    await page.goto(`${base}/`);
    await page.locator('.story-card').first().waitFor();
    // Time a second load: the first one includes the browser's own start-up.
    const started = Date.now();
    await page.goto(`${base}/?lang=da`);
    await page.locator('.story-card').first().waitFor();
    const firstRender = Date.now() - started;
    console.log(`e2e: story list render (warm browser) ${firstRender} ms`);
    expect(firstRender).toBeLessThan(3000);
    await page.goto(`${base}/`);
    await page.locator('.story-card').first().waitFor();
    expect(await page.locator('.story-card').count()).toBeGreaterThan(5);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await shot('01-story-list');

    await page.getByRole('searchbox').fill('Helga');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.locator('.search-hits li').first().waitFor();
    expect(page.url()).toContain('q=Helga');
    expect(await page.locator('.search-hits mark').count()).toBeGreaterThan(0);
    await shot('02-search');

    const { stories } = (await (await fetch(`${base}/api/stories?limit=100`)).json()) as { stories: { id: string; title: string; articleCount: number }[] };
    const largest = [...stories].sort((a, b) => b.articleCount - a.articleCount)[0];
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: largest.title, exact: true }).click();
    await page.locator('table.facts').waitFor();
    expect(await page.locator('table.facts tbody tr').count()).toBeGreaterThan(0);
    await page.locator('.place-map svg .place').first().waitFor();
    expect(await page.locator('.place-map svg path.land').count()).toBeGreaterThan(100);
    await shot('03-story');

    const quote = page.locator('a.quote-link').first();
    const quoteText = (await quote.textContent())?.replace(/^“|”$/g, '') ?? '';
    await quote.click();
    await page.locator('.mark-target').waitFor();
    expect(page.url()).toMatch(/\/articles\/[^#]+#at-\d+-\d+$/);
    expect((await page.locator('.mark-target').textContent())?.trim()).toBe(quoteText.trim());
    await shot('04-article-from-quote');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${base}/stories/${encodeURIComponent(largest.id)}`);
    await page.locator('table.facts').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await shot('05-story-phone');
  }, 120_000);

  it('shows a hostile article as text: no script runs, no javascript: link, no injected SVG', async () => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${base}/articles/hostile-1`);
    await page.locator('.article-text').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('h1').textContent()).toContain('<script>');
    expect(await page.locator('.article-text').textContent()).toContain('<svg onload=');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('main script, main svg[onload], main img').count()).toBe(0);
    await shot('06-hostile-article');
    await page.goto(`${base}/?q=${encodeURIComponent('<script>')}`);
    await page.locator('.story-list, .muted').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  }, 60_000);
});
