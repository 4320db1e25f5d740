import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_CONFIG, countNormalizedWords, createFeatureBuffer, extractFeatures, hashWord, normalizeForLangid } from './features.js';
import { lexiconView, packLexicon } from './lexicon.js';
import { createScorer, parseModel, serializeModel, LangidModelError } from './model.js';
import { DEFAULT_TRAINING_OPTIONS, fitTemperature, quantizeWeights, seededRandom, trainLangidModel } from './train.js';
import { EXAMPLE_SENTENCES } from './examples.js';

describe('normalizeForLangid', () => {
  it('keeps lower-cased letters, one space between words, a space at each end', () => {
    expect(normalizeForLangid('  Hej, Verden! 42 «Øl»… ')).toBe(' hej verden øl ');
    expect(normalizeForLangid('12 345 ---')).toBe('');
    expect(countNormalizedWords(' hej verden øl ')).toBe(3);
  });

  it('composes decomposed letters so they hash like precomposed ones', () => {
    expect(normalizeForLangid('Ga\u030arden')).toBe(normalizeForLangid('Gården'));
  });

  it('keeps letters outside Latin-1 and drops symbols', () => {
    expect(normalizeForLangid('Łódź — Αθήνα 😀')).toBe(' łódź αθήνα ');
  });
});

describe('extractFeatures', () => {
  it('is deterministic and reports every word hash', () => {
    const first = createFeatureBuffer();
    const second = createFeatureBuffer();
    extractFeatures(' det er ikkje sant ', DEFAULT_FEATURE_CONFIG, first);
    extractFeatures(' det er ikkje sant ', DEFAULT_FEATURE_CONFIG, second);
    expect(first.count).toBeGreaterThan(20);
    expect([...first.buckets.slice(0, first.count)]).toEqual([...second.buckets.slice(0, second.count)]);
    expect(first.wordCount).toBe(4);
    expect(first.wordHashes[2]).toBe(hashWord('ikkje'));
  });

  it('grows its buffer for long text', () => {
    const buffer = createFeatureBuffer();
    extractFeatures(normalizeForLangid('ord '.repeat(3000)), DEFAULT_FEATURE_CONFIG, buffer);
    expect(buffer.count).toBeGreaterThan(4096);
  });
});

describe('packed word lists', () => {
  it('answers membership with few false positives', () => {
    const danish = Array.from({ length: 5000 }, (_, i) => `ord${i}`);
    const swedish = Array.from({ length: 5000 }, (_, i) => `ord${i + 2500}`);
    const lexicon = lexiconView(packLexicon(new Map([['da', danish.map(hashWord)], ['sv', swedish.map(hashWord)]]), 6, 3));
    expect(lexicon.membership(hashWord('ord1'))).toBe(0b01);
    expect(lexicon.membership(hashWord('ord3000'))).toBe(0b11);
    expect(lexicon.membership(hashWord('ord7000'))).toBe(0b10);
    let falsePositives = 0;
    for (let i = 0; i < 5000; i++) if (lexicon.membership(hashWord(`fremmed${i}`)) !== 0) falsePositives++;
    expect(falsePositives / 5000).toBeLessThan(0.15);
  });
});

describe('training, file format and scoring', () => {
  const training = Object.entries(EXAMPLE_SENTENCES).flatMap(([lang, sentences]) => sentences.map((text) => ({ text, lang })));
  const options = {
    ...DEFAULT_TRAINING_OPTIONS,
    classes: ['da', 'nb', 'nn', 'sv', 'en'],
    features: { ...DEFAULT_FEATURE_CONFIG, hashBits: 14 },
    knownWordBits: 12,
    epochs: 8,
  };

  it('learns the training sentences, survives a round trip through the file format', () => {
    const model = trainLangidModel(training, training, options, { test: true });
    const restored = parseModel(serializeModel(model));
    expect(restored.header.classes).toEqual(options.classes);
    expect(restored.header.provenance).toEqual({ test: true });
    const before = createScorer(model);
    const after = createScorer(restored);
    for (const { text, lang } of training) {
      const normalized = normalizeForLangid(text);
      const probabilities = after.score(normalized).probabilities;
      expect(options.classes[probabilities.indexOf(Math.max(...probabilities))]).toBe(lang);
      expect([...after.logits(normalized)]).toEqual([...before.logits(normalized)]);
    }
  });

  it('keeps the word lists in the file', () => {
    const lexicon = packLexicon(new Map([['da', ['hvad', 'nu'].map(hashWord)], ['nb', ['hva', 'nå'].map(hashWord)]]), 8, 3);
    const model = trainLangidModel(training, [], { ...options, lexicon, epochs: 1 });
    const restored = parseModel(serializeModel(model));
    expect(restored.lexicon?.bits).toEqual(lexicon.bits);
    expect(lexiconView(restored.lexicon!).membership(hashWord('hvad'))).toBe(1);
  });

  it('rejects a file that is not a model', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(() => parseModel(gzipSync(Buffer.from('not a model at all')))).toThrow(LangidModelError);
  });

  it('quantises to int8 and fits a temperature', () => {
    const { weights, scale } = quantizeWeights(Float32Array.from([0, 0.5, -1, 2]), 1);
    expect([...weights]).toEqual([0, 32, -63, 127]);
    expect(scale).toBeCloseTo(2 / 127);
    // Logits that are right but too sharp want a temperature above 1.
    const logits = [Float64Array.from([4, 0]), Float64Array.from([4, 0]), Float64Array.from([4, 0]), Float64Array.from([0, 4])];
    expect(fitTemperature(logits, [0, 0, 0, 0]).temperature).toBeGreaterThan(1);
  });

  it('draws the same numbers from the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
