import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './index.js';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
const sentences = (text: string) => splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  it('keeps abbreviations, Nordic numbers, ordinals and hyphenated words whole', () => {
    expect(words('Bl.a. blev 4.712 mio. kr. og 1 000 boliger f.eks. d. 23. januar, 3,5 pct. i Nord-Norge.')).toEqual([
      'Bl.a.', 'blev', '4.712', 'mio.', 'kr.', 'og', '1 000', 'boliger', 'f.eks.', 'd.', '23.', 'januar', ',', '3,5', 'pct', '.', 'i', 'Nord-Norge', '.',
    ]);
  });

  it('reads English thousands separators and leaves years apart from following numbers', () => {
    expect(words('1,347 people in 2024 10 times')).toEqual(['1,347', 'people', 'in', '2024', '10', 'times']);
  });

  it('splits quote marks and dashes off words', () => {
    expect(words('»Nej,« siger han. – Ja!')).toEqual(['»', 'Nej', ',', '«', 'siger', 'han', '.', '–', 'Ja', '!']);
  });

  it('gives offsets that slice the text', () => {
    const text = 'Zelenskyjs tale — «vi gir oss ikke» — varte 12 minutter.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end).trim()).not.toBe('');
  });
});

describe('splitSentences', () => {
  it('does not split after abbreviations, ordinal dates or initials', () => {
    expect(sentences('Mødet er bl.a. d. 23. januar kl. 10.15 med A. Jensen. Det blev sent.')).toEqual([
      'Mødet er bl.a. d. 23. januar kl. 10.15 med A. Jensen.',
      'Det blev sent.',
    ]);
  });

  it('ends headlines and dash-led paragraphs at the line break', () => {
    expect(sentences('Storm over Vestlandet\n– Situasjonen er alvorleg, seier ho.\n– Vi veit ikkje meir')).toEqual([
      'Storm over Vestlandet',
      '– Situasjonen er alvorleg, seier ho.',
      '– Vi veit ikkje meir',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('»Vi er klar.« Sådan sagde hun. ”Vi kommer”, säger han.')).toEqual(['»Vi er klar.«', 'Sådan sagde hun.', '”Vi kommer”, säger han.']);
  });

  it('splits at question and exclamation marks', () => {
    expect(sentences('Hvad nu? Ingen ved det! Men 3 er døde.')).toEqual(['Hvad nu?', 'Ingen ved det!', 'Men 3 er døde.']);
  });
});
