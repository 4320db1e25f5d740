// The real-text corpus: NDT and DDT sentences joined into articles. Needs ../shared/data; the data
// tests skip with a message on a machine without it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, joinTokens, loadRealCorpus, outletOf } from './real-corpus.js';

const dataDir = defaultDataDir();
const hasData = existsSync(dataDir);
if (!hasData) {
  console.warn(`bench/real-corpus.test.ts: ${dataDir} not found (../shared/data); skipping the real-corpus tests.`);
}

describe('loadRealCorpus', () => {
  it.skipIf(!hasData)('builds nb, nn and da articles of clean running text (skipped without ../shared/data)', () => {
    const articles = loadRealCorpus(dataDir, 3000);
    expect(articles).toHaveLength(3000);
    const langs = new Set(articles.map((article) => article.lang));
    expect([...langs].sort()).toEqual(['da', 'nb', 'nn']);
    // Even a small corpus mixes all three languages.
    expect(new Set(loadRealCorpus(dataDir, 3).map((article) => article.lang)).size).toBe(3);
    for (const article of articles) {
      expect(article.text, article.id).not.toMatch(/(^|\s)\|(\s|$)/);
      expect(article.text, article.id).not.toMatch(/ ,/);
      expect(article.text, article.id).not.toMatch(/ [.:;!?)»](\s|$)/);
      expect(article.text, article.id).not.toMatch(/[«(] /);
      expect(article.title.split(' ').length, article.id).toBeLessThanOrEqual(12);
      expect(article.title, article.id).not.toBe('');
      expect(new Date(article.published).toISOString()).toBe(article.published);
    }
    const outlets = new Set(articles.map((article) => article.outlet));
    for (const outlet of ['Aftenposten', 'Dagbladet', 'Bergens Tidende', 'VG', 'Stavanger Aftenblad']) {
      expect(outlets.has(outlet), outlet).toBe(true);
    }
  });

  it.skipIf(!hasData)('repeats the pool with unique ids when asked for more (skipped without ../shared/data)', () => {
    const articles = loadRealCorpus(dataDir, 12_000);
    expect(new Set(articles.map((article) => article.id)).size).toBe(12_000);
    const repeated = articles.find((article) => article.id.endsWith('#2'));
    expect(repeated).toBeDefined();
    const original = articles.find((article) => `${article.id}#2` === repeated?.id);
    expect(original?.text).toBe(repeated?.text);
  });

  it('throws a clear error when the data directory is missing', () => {
    const missing = join(tmpdir(), 'tidende-no-such-data-dir');
    expect(() => loadRealCorpus(missing, 10)).toThrow(/Real benchmark corpus not found: .*tidende-no-such-data-dir/);
  });
});

describe('joinTokens', () => {
  it('attaches punctuation and quotes the way text is written', () => {
    expect(joinTokens(['Hun', 'sa', ',', '«', 'ja', '»', '(', '2', '/', '3', ')', '.'])).toBe('Hun sa, «ja» (2/3).');
    expect(joinTokens(['navnet', '"', 'Coquilles', 'St.', 'Jacques', '"', ',', 'som'])).toBe('navnet "Coquilles St. Jacques", som');
    expect(joinTokens(['-', 'Det', 'er', 'godt', ',', 'sier', 'han', '.'])).toBe('- Det er godt, sier han.');
    expect(joinTokens(['«', 'humor', '»', '-stuntet', 'til', 'HIV', '/', 'AIDS', '!!'])).toBe('«humor»-stuntet til HIV/AIDS!!');
    expect(joinTokens(['faller', '...', 'om'])).toBe('faller... om');
  });
});

describe('outletOf', () => {
  it('names the newspapers NDT segments come from', () => {
    expect(outletOf('ap001_0000')).toBe('Aftenposten');
    expect(outletOf('db012_0003')).toBe('Dagbladet');
    expect(outletOf('bt001_0000')).toBe('Bergens Tidende');
    expect(outletOf('vg002_0005')).toBe('VG');
    expect(outletOf('st-nn001_0000')).toBe('Stavanger Aftenblad');
    expect(outletOf('firda-nn005_0004')).toBe('firda-nn');
  });
});
