// The synthetic news generator: determinism, language mix, article size, event structure and
// that every vocabulary template renders.
import { describe, expect, it } from 'vitest';
import { fill, generateNews, MAX_WORDS, MIN_WORDS, streamLabelledNews, streamNews } from './generate-news.js';
import type { LabelledArticle } from './generate-news.js';
import { INTERNATIONAL_TOPICS, LANGUAGE_PACKS, TOPIC_KEYS } from './news-vocabulary.js';
import type { Lang } from './news-vocabulary.js';

const LANGS: readonly Lang[] = ['da', 'nb', 'nn', 'sv', 'en'];

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Sentences long enough that sharing one is not a coincidence of boilerplate. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?«»”"])\s+(?=[A-ZÆØÅÄÖ–"«»”])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordCount(sentence) >= 5);
}

const sample: LabelledArticle[] = [...streamLabelledNews(2000, 20241124)];
const articles = sample.map((entry) => entry.article);

describe('generateNews', () => {
  it('gives identical output for the same seed and different output for another', () => {
    const first = generateNews(300, 42);
    expect(generateNews(300, 42)).toEqual(first);
    const other = generateNews(300, 43);
    expect(other.map((article) => article.text)).not.toEqual(first.map((article) => article.text));
    expect(other.filter((article, i) => article.text === first[i].text)).toHaveLength(0);
  });

  it('gives a prefix of a longer run for a shorter count, and streams the same articles', () => {
    const long = generateNews(450, 7);
    expect(generateNews(250, 7)).toEqual(long.slice(0, 250));
    expect([...streamNews(450, 7)]).toEqual(long);
  });

  it('streams lazily, so a huge count costs only what is read', () => {
    const taken: string[] = [];
    for (const article of streamNews(1e9, 1)) {
      taken.push(article.id);
      if (taken.length === 3) break;
    }
    expect(taken).toHaveLength(3);
  });

  it('mixes all five languages, weighted towards Danish, Bokmål and Swedish', () => {
    const counts = Object.fromEntries(LANGS.map((lang) => [lang, 0])) as Record<Lang, number>;
    for (const article of articles) counts[article.lang]++;
    for (const lang of LANGS) expect(counts[lang]).toBeGreaterThan(articles.length * 0.04);
    for (const major of ['da', 'nb', 'sv'] as const) {
      expect(counts[major]).toBeGreaterThan(counts.nn);
      expect(counts[major]).toBeGreaterThan(counts.en);
      expect(counts[major]).toBeGreaterThan(articles.length * 0.15);
    }
  });

  it(`writes articles of ${MIN_WORDS}–${MAX_WORDS} words with a title, date and outlet`, () => {
    for (const article of articles) {
      const words = wordCount(article.text);
      expect(words, article.id).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(words, article.id).toBeLessThanOrEqual(MAX_WORDS);
      expect(article.title.length).toBeGreaterThan(10);
      expect(article.outlet).not.toBe('');
      expect(new Date(article.published).toISOString()).toBe(article.published);
    }
  });

  it('gives every article a unique id', () => {
    expect(new Set(articles.map((article) => article.id)).size).toBe(articles.length);
    expect(new Set([...streamNews(3000, 99)].map((article) => article.id)).size).toBe(3000);
  });

  it('puts about 30% of articles into events shared with other articles', () => {
    const sizes = new Map<string, number>();
    for (const { eventId } of sample) sizes.set(eventId, (sizes.get(eventId) ?? 0) + 1);
    const shared = sample.filter(({ eventId }) => (sizes.get(eventId) ?? 0) > 1).length / sample.length;
    expect(shared).toBeGreaterThan(0.24);
    expect(shared).toBeLessThan(0.36);
  });

  it('reuses sentences, names and places across the same-language articles of one event', () => {
    const groups = new Map<string, LabelledArticle[]>();
    for (const entry of sample) {
      const key = `${entry.eventId}/${entry.article.lang}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    let checked = 0;
    for (const [key, members] of groups) {
      if (members.length < 2 || key.includes('-solo')) continue;
      const [first, second] = members.map((member) => new Set(sentencesOf(member.article.text)));
      const sharedSentences = [...first].filter((sentence) => second.has(sentence));
      expect(sharedSentences.length, key).toBeGreaterThanOrEqual(2);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('includes the features of real Nordic news copy', () => {
    const corpus = articles.map((article) => `${article.title}\n${article.text}`).join('\n\n');
    expect(corpus).toMatch(/»[^«»\n]+«/); // Danish quotes
    expect(corpus).toMatch(/«[^«»\n]+»/); // Norwegian quotes
    expect(corpus).toMatch(/”[^”\n]+”/); // Swedish quotes
    expect(corpus).toMatch(/^– [^\n]+, siger (han|hun)\.$/m);
    expect(corpus).toMatch(/^– [^\n]+, sier (han|hun)\.$/m);
    expect(corpus).toMatch(/^– [^\n]+, säger (han|hon)\.$/m);
    expect(corpus).toMatch(/mindst \d+ dræbt/);
    expect(corpus).toMatch(/\d\.\d{3} (anholdt|personer|mennesker)/); // Danish thousands
    expect(corpus).toMatch(/flere hundre skadde|fleire hundre skadde|flere hundrede sårede/);
    expect(corpus).toMatch(/\/ritzau\//);
    expect(corpus).toMatch(/\(©?NTB\)|\(©NPK\)/);
    expect(corpus).toMatch(/^TT$/m);
    expect(corpus).toMatch(/^Læs også: /m);
    expect(corpus).toMatch(/Foto: [^\n]+ Vis mere$/m);
    expect(corpus).toMatch(/^Publisert: \d{1,2}\. [a-z]+ 20\d\d kl\. \d\d\.\d\d$/m);
  });

  it('generates at better than 100k articles per 30 s', () => {
    const count = 20_000;
    const started = performance.now();
    let chars = 0;
    for (const article of streamNews(count, 5)) chars += article.text.length;
    const seconds = (performance.now() - started) / 1000;
    expect(chars).toBeGreaterThan(count * 1000);
    expect(seconds).toBeLessThan((30 * count) / 100_000);
  });
});

describe('news vocabulary', () => {
  const slots: Record<string, string> = Object.fromEntries(
    ['official', 'org', 'place', 'city', 'country', 'scene', 'sceneUpper', 'killed', 'injured', 'arrested', 'nKilled',
      'nInjured', 'nArrested', 'nJobs', 'amount', 'percent', 'day', 'dayDef', 'age', 'company', 'party', 'issue',
      'outlet', 'Q', 'S', 'P', 'n', 'name', 'photographer', 'd', 'month', 'yyyy', 'hh', 'mm'].map((slot) => [slot, 'X']),
  );

  it('uses only known slots in every template', () => {
    for (const lang of LANGS) {
      const pack = LANGUAGE_PACKS[lang];
      const templates = [
        ...pack.quoteFrames, ...pack.followUpFrames, ...pack.continuationFrames, ...pack.wire.credits, pack.photoCredit,
        ...pack.captions, pack.publishedLine, pack.updatedLine, pack.byline, ...pack.closings, ...pack.generic,
        ...Object.values(pack.figures).flat(), pack.millions, pack.billions, pack.percent,
      ];
      for (const topic of TOPIC_KEYS) {
        const t = pack.topics[topic];
        templates.push(...t.headlines, ...t.leads, ...t.facts, ...t.background, ...t.witnessAppositions,
          ...t.expertAppositions, ...t.quotes.map((quote) => quote.slice(2)));
        for (const quote of t.quotes) expect(quote, `${lang}/${topic}`).toMatch(/^[owe]\|/);
        for (const kind of ['o', 'w', 'e']) {
          expect(t.quotes.some((quote) => quote.startsWith(`${kind}|`)), `${lang}/${topic}/${kind}`).toBe(true);
        }
      }
      for (const template of templates) expect(() => fill(template, slots), `${lang}: ${template}`).not.toThrow();
    }
  });

  it('aligns the roles and organisations of events abroad across languages', () => {
    for (const topic of INTERNATIONAL_TOPICS) {
      const lengths = LANGS.map((lang) => [
        LANGUAGE_PACKS[lang].topics[topic].roles.length,
        LANGUAGE_PACKS[lang].topics[topic].orgs.length,
      ]);
      for (const length of lengths) expect(length, topic).toEqual(lengths[0]);
    }
  });
});
