import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../doc/model.js';
import { buildPipeline, type Component } from '../pipeline.js';
import { decideArticleLanguage, DEFAULT_LANGID_OPTIONS, normalizeDeclaredLang } from './component.js';
import { EXAMPLE_SENTENCES } from './examples.js';
import type { DetailedGuess } from './identify.js';
import { langidComponent } from './index.js';

function articleOf(parts: string[], lang = 'und', title: string | null = null): Article {
  const sentences: Sentence[] = [];
  let text = '';
  for (const part of parts) {
    if (text !== '') text += ' ';
    sentences.push({ start: text.length, end: text.length + part.length, lang: 'und' });
    text += part;
  }
  return {
    id: 'a1', source: 'test', outlet: null, title, published: null, url: null, lang, langConfidence: 0, text,
    credits: [], captions: [], sentences, tokens: [], mentions: [], quotes: [], figures: [],
  };
}

const sentenceSplitter: Component<object> = {
  name: 'sentences', requires: ['text'], assigns: ['sentences'], defaults: {},
  create: () => (article) => article,
};

describe('langidComponent', () => {
  const run = (article: Article) => buildPipeline([sentenceSplitter, langidComponent as Component<unknown>]).run(article);

  it('labels the article and each sentence', () => {
    const result = run(articleOf([...EXAMPLE_SENTENCES.da]));
    expect(result.lang).toBe('da');
    expect(result.langConfidence).toBeGreaterThan(0.95);
    expect(result.sentences.map((s) => s.lang)).toEqual(EXAMPLE_SENTENCES.da.map(() => 'da'));
  });

  it('keeps an English quote in a Danish article English', () => {
    const parts = [...EXAMPLE_SENTENCES.da.slice(0, 3), EXAMPLE_SENTENCES.en[3], ...EXAMPLE_SENTENCES.da.slice(3)];
    const result = run(articleOf(parts));
    expect(result.lang).toBe('da');
    expect(result.sentences.map((s) => s.lang)).toEqual(['da', 'da', 'da', 'en', 'da', 'da', 'da']);
  });

  it('lets short sentences inherit the article language', () => {
    const result = run(articleOf([...EXAMPLE_SENTENCES.nn.slice(0, 4), 'Ja.', 'Det er sant.']));
    expect(result.lang).toBe('nn');
    expect(result.sentences.slice(-2).map((s) => s.lang)).toEqual(['nn', 'nn']);
  });

  it('overrides a wrong declared language when sure, and never outputs no', () => {
    expect(run(articleOf([...EXAMPLE_SENTENCES.sv], 'da')).lang).toBe('sv');
    const norwegian = run(articleOf([...EXAMPLE_SENTENCES.nn], 'no'));
    expect(norwegian.lang).toBe('nn');
    expect(run(articleOf(['Ja.'], 'no')).lang).toMatch(/^(nb|nn)$/);
  });

  it('reads the title with the text', () => {
    const result = run(articleOf([], 'und', EXAMPLE_SENTENCES.sv[0]));
    expect(result.lang).toBe('sv');
  });

  it('gives und for an article with no words', () => {
    const result = run(articleOf(['12 345', '---']));
    expect(result.lang).toBe('und');
    expect(result.langConfidence).toBe(0);
  });
});

describe('declared languages', () => {
  it('normalises tags and ISO 639-2 codes', () => {
    expect(normalizeDeclaredLang('nb-NO')).toBe('nb');
    expect(normalizeDeclaredLang('dan')).toBe('da');
    expect(normalizeDeclaredLang('NO')).toBe('no');
    expect(normalizeDeclaredLang('und')).toBeNull();
    expect(normalizeDeclaredLang(null)).toBeNull();
  });

  it('keeps a declared language while the model is unsure', () => {
    const unsure: DetailedGuess = { lang: 'nb', confidence: 0.5, probabilities: { da: 0.45, nb: 0.5, nn: 0.05 }, source: 'nordic', words: 3 };
    expect(decideArticleLanguage(unsure, 'da', DEFAULT_LANGID_OPTIONS)).toEqual({ lang: 'da', confidence: 0.45 });
    expect(decideArticleLanguage({ ...unsure, confidence: 0.9 }, 'da', DEFAULT_LANGID_OPTIONS).lang).toBe('nb');
  });
});
