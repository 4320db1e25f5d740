import { describe, expect, it } from 'vitest';
import { EXAMPLE_SENTENCES, OTHER_LANGUAGE_SENTENCES, OTHER_SCRIPT_SENTENCES, UNDETERMINED_INPUTS } from './examples.js';
import { countLetters, stripMarkup } from './identify.js';
import { getDefaultIdentifier, identifyLanguage } from './index.js';

const NORDIC_AND_EN = ['da', 'nb', 'nn', 'sv', 'en'];

describe('identifyLanguage on sentences written for the test', () => {
  for (const [lang, sentences] of Object.entries(EXAMPLE_SENTENCES)) {
    for (const sentence of sentences) {
      it(`${lang}: ${sentence.slice(0, 50)}…`, () => {
        const guess = identifyLanguage(sentence);
        expect(guess.lang).toBe(lang);
        expect(guess.confidence).toBeGreaterThan(0.5);
      });
    }
  }

  it('labels a whole paragraph with high confidence', () => {
    for (const [lang, sentences] of Object.entries(EXAMPLE_SENTENCES)) {
      const guess = identifyLanguage(sentences.join(' '));
      expect(guess.lang).toBe(lang);
      expect(guess.confidence).toBeGreaterThan(0.95);
    }
  });

  it('never says no: Norwegian is nb or nn', () => {
    const labels = Object.values(EXAMPLE_SENTENCES)
      .flat()
      .map((sentence) => identifyLanguage(sentence).lang);
    expect(labels).not.toContain('no');
  });
});

describe('text that is none of our languages', () => {
  for (const [lang, sentence] of Object.entries(OTHER_LANGUAGE_SENTENCES)) {
    it(`Latin-script ${lang} is handed to the broad detector`, () => {
      expect(identifyLanguage(sentence).lang).toBe(lang);
    });
  }
  for (const [lang, sentence] of Object.entries(OTHER_SCRIPT_SENTENCES)) {
    it(`${lang} script gives a non-Nordic code or und`, () => {
      const guess = identifyLanguage(sentence);
      expect(NORDIC_AND_EN).not.toContain(guess.lang);
      expect([lang, 'und']).toContain(guess.lang);
    });
  }
});

describe('bad input', () => {
  for (const input of UNDETERMINED_INPUTS) {
    it(`${JSON.stringify(input)} is und with low confidence`, () => {
      const guess = identifyLanguage(input);
      expect(guess.lang).toBe('und');
      expect(guess.confidence).toBeLessThan(0.2);
    });
  }

  it('never throws on odd strings', () => {
    const odd = ['\u0000\u0001', '\ud800', 'a', 'x'.repeat(200000), '<<<>>>', 'ÆØÅ', 'ß', '\u200b\u200b', '٣٤٥'];
    for (const input of odd) {
      const guess = identifyLanguage(input);
      expect(typeof guess.lang).toBe('string');
      expect(guess.confidence).toBeGreaterThanOrEqual(0);
      expect(guess.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reads the text inside markup, not the tags', () => {
    const html = `<p class="body">${EXAMPLE_SENTENCES.nn[2]}</p><script>var x = "the and of";</script>`;
    expect(identifyLanguage(html).lang).toBe('nn');
    expect(stripMarkup('<b>Hej</b>&amp;')).not.toMatch(/[<>&]/);
  });

  it('counts letters by script', () => {
    expect(countLetters('Hej Привет 12')).toEqual({ latin: 3, other: 6 });
  });
});

describe('calibration sanity', () => {
  it('is more confident on longer text than on one ambiguous word', () => {
    const short = identifyLanguage('Ja.');
    const long = identifyLanguage(EXAMPLE_SENTENCES.da.join(' '));
    expect(short.confidence).toBeLessThan(0.9);
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  it('gives probabilities that sum to one', () => {
    const detailed = getDefaultIdentifier().identifyDetailed(EXAMPLE_SENTENCES.sv[0]);
    const total = Object.values(detailed.probabilities).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(detailed.confidence).toBe(Math.max(...Object.values(detailed.probabilities)));
  });

  it('is less sure of text that Danish and Bokmål share than of marked text', () => {
    const meanConfidence = (sentences: readonly string[]) =>
      sentences.reduce((sum, s) => sum + identifyLanguage(s).confidence, 0) / sentences.length;
    const marked = meanConfidence(Object.values(EXAMPLE_SENTENCES).flat());
    const shared = meanConfidence(['Det er ikke sikkert.', 'Jeg er her.', 'Det var en fin dag.', 'Han kommer i morgen.', 'Vi ses.']);
    expect(marked).toBeGreaterThan(0.9);
    expect(shared).toBeLessThan(marked - 0.05);
  });

  it('keeps short familiar text Nordic even when CLD2 names another language', () => {
    expect(['da', 'nb', 'nn', 'sv']).toContain(identifyLanguage('Vi ses.').lang);
  });
});
