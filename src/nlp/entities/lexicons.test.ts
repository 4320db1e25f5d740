// The GeoNames place gazetteer, the train-derived name phrases, and how sentences are matched
// against such phrase lists.
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PLACE_WORDS, phraseSpans } from './features.js';
import { buildNamePhrases, placeCode, placeGazetteer } from './resources.js';
import type { NerSentence } from './corpora.js';

let places: Map<string, number>;
beforeAll(async () => {
  places = await placeGazetteer();
});

describe('placeGazetteer', () => {
  it('keeps Nordic places with their flag and large foreign cities, multi-word names space-joined', () => {
    expect(places.get('tromsø')).toBe(placeCode(60_000, true));
    expect((places.get('kristiansand') ?? 0) & 8).toBe(8);
    expect((places.get('new york city') ?? 0) & 7).toBe(4);
    expect(places.get('los angeles')).toBeDefined();
    // A village of a few hundred people outside the Nordic countries is left out.
    expect(places.get('soldeu')).toBeUndefined();
  });
});

describe('placeCode', () => {
  it('buckets population by powers of ten and flags Nordic places', () => {
    expect(placeCode(500, false)).toBe(0);
    expect(placeCode(25_000, false)).toBe(2);
    expect(placeCode(8_000_000, true)).toBe(4 | 8);
  });
});

describe('phraseSpans', () => {
  it('marks the longest multi-word place name, first word apart from the rest', () => {
    const sentence = ['han', 'flyttet', 'fra', 'los', 'angeles', 'til', 'oslo'];
    const spans = phraseSpans(sentence, places, MAX_PLACE_WORDS);
    const code = places.get('los angeles') ?? -1;
    expect([...spans]).toEqual([0, 0, 0, 1 + 4 * code, 2 + 4 * code, 0, 0]);
  });
});

describe('buildNamePhrases', () => {
  it('keeps multi-word mentions with their coarse types, not single words', () => {
    const sentence: NerSentence = {
      tokens: ['Det', 'Norske', 'Teatret', 'i', 'Oslo', 'og', 'Ola', 'Nordmann'],
      labels: ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-GPE', 'O', 'B-PER', 'I-PER'],
      lang: 'nb',
      coarse: false,
    };
    const phrases = buildNamePhrases([sentence]);
    expect([...phrases]).toEqual([
      ['det norske teatret', 2],
      ['ola nordmann', 1],
    ]);
  });
});
