import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../cli/data-dir.js';
import { rebuildDocument as rebuildFigureDocument } from '../figures/gold/corpus-text.js';
import { precedingSegment, rebuildDocument, joinNdtTokens, joinSentences } from './gold/corpus-text.js';
import { coreSpan, evaluateQuotes, readGold, sameSpeaker, scoreDocument, spanCheck, splitOf, summarise, type GoldQuote, type PredictedQuote } from './evaluate.js';

const text = '– Vi er klare, sier Kari Holm. Hun var glad. «Det går bra», sa han.';
const gold = (start: number, end: number, kind: GoldQuote['kind'], speaker: string | null, speakerText: string | null = speaker): GoldQuote => ({
  doc: 'd', lang: 'nb', quoteStart: start, quoteEnd: end, kind, speaker, speakerText, speakerStart: null, speakerEnd: null, cue: null, check: spanCheck(text.slice(start, end)),
});
const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

describe('quote scorer', () => {
  it('counts exact matches modulo edge punctuation and marks, overlap matches one to one', () => {
    const [a0, a1] = at('Vi er klare');
    const [b0, b1] = at('Det går bra');
    const goldQuotes = [gold(a0, a1, 'direct', 'Kari Holm'), gold(b0, b1, 'direct', 'Kari Holm', 'han')];
    const predicted: PredictedQuote[] = [
      { start: a0, end: a1 + 1, direct: true, speaker: 'Kari Holm' }, // "Vi er klare," — exact once the comma is trimmed
      { start: b0 - 1, end: b1 - 4, direct: true, speaker: 'han' }, // overlaps only, unresolved pronoun
      { start: text.indexOf('Hun'), end: text.indexOf('glad') + 4, direct: true, speaker: null }, // spurious
    ];
    const result = summarise('nb', [scoreDocument('d', 'nb', text, goldQuotes, predicted)]);
    expect(result.direct.exactMatched).toBe(1);
    expect(result.direct.overlapMatched).toBe(2);
    expect(result.direct.overlap.precision).toBeCloseTo(2 / 3);
    expect(result.direct.overlap.recall).toBe(1);
    expect(result.direct.exact.recall).toBe(0.5);
    expect(result.speaker).toMatchObject({ scored: 2, correct: 1 });
    expect(result.speaker.byType.named).toMatchObject({ scored: 1, correct: 1 });
    expect(result.speaker.byType.anaphoric).toMatchObject({ scored: 1, correct: 0 });
  });

  it('tells a wrong speaker from none, and counts speakers given to quotes whose speaker is unknown', () => {
    const goldQuotes = [gold(...at('Vi er klare'), 'direct', 'Kari Holm'), gold(...at('Det går bra'), 'direct', 'Kari Holm', 'han'), gold(...at('Hun var glad'), 'direct', null)];
    const predicted: PredictedQuote[] = [
      { start: at('Vi er klare')[0], end: at('Vi er klare')[1], direct: true, speaker: 'Per Holm' }, // wrong name
      { start: at('Det går bra')[0], end: at('Det går bra')[1], direct: true, speaker: 'han' }, // unresolved: no name given
      { start: at('Hun var glad')[0], end: at('Hun var glad')[1], direct: true, speaker: 'Kari Holm' }, // gold says nobody
    ];
    const result = summarise('nb', [scoreDocument('d', 'nb', text, goldQuotes, predicted)]);
    expect(result.speaker).toMatchObject({ scored: 2, correct: 0, attributed: 1, precision: 0, unknown: { found: 1, attributed: 1 } });
  });

  it('does not let one prediction match two gold quotes', () => {
    const [a0] = at('Vi er klare');
    const [, b1] = at('Det går bra');
    const goldQuotes = [gold(...at('Vi er klare'), 'direct', null), gold(...at('Det går bra'), 'direct', null)];
    const result = summarise('nb', [scoreDocument('d', 'nb', text, goldQuotes, [{ start: a0, end: b1, direct: true, speaker: null }])]);
    expect(result.direct.overlapMatched).toBe(1);
    expect(result.direct.overlap.recall).toBe(0.5);
  });

  it('scores direct quotes apart from reported speech', () => {
    const goldQuotes = [gold(...at('Hun var glad'), 'indirect', null)];
    const predicted: PredictedQuote[] = [{ start: text.indexOf('Hun'), end: text.indexOf('glad') + 4, direct: true, speaker: null }];
    const result = summarise('nb', [scoreDocument('d', 'nb', text, goldQuotes, predicted)]);
    expect(result.direct).toMatchObject({ gold: 0, predicted: 1, overlapMatched: 0 });
    expect(result.all).toMatchObject({ gold: 1, predicted: 1, overlapMatched: 1 });
  });

  it('compares speakers by nested name words, and rejects bare pronouns', () => {
    expect(sameSpeaker('Støre', 'Jonas Gahr Støre')).toBe(true);
    // Accents and one slip in a long name word are the same person; short words must agree.
    expect(sameSpeaker('Martinez Boero', 'Jorge Martínez Boero')).toBe(true);
    expect(sameSpeaker('Peter Tachell', 'Peter Tatchell')).toBe(true);
    expect(sameSpeaker('Heidi Hjortland', 'Heidi Hjorteland')).toBe(true);
    expect(sameSpeaker('Hansen', 'Jensen')).toBe(false);
    expect(sameSpeaker('Ola Berg', 'Ola Borg')).toBe(false);
    // A first name spelt two ways by the text, the surname agreeing; a genitive is the name.
    expect(sameSpeaker('Gunn Annie Hellestad', 'Gunn Annine Hellestad')).toBe(true);
    expect(sameSpeaker('Annie', 'Annine')).toBe(false);
    expect(sameSpeaker('CNNs', 'CNN')).toBe(true);
    expect(sameSpeaker('statsminister Jonas Gahr Støre', 'Jonas Gahr Støre')).toBe(true);
    expect(sameSpeaker('hun', 'Kari Holm')).toBe(false);
    expect(sameSpeaker('Holm', 'Kari Nordmann')).toBe(false);
    expect(sameSpeaker(null, 'Kari Holm')).toBe(false);
    expect(sameSpeaker('politiet', 'politiet')).toBe(true);
  });

  it('trims marks, dashes and punctuation off span edges', () => {
    const s = '«– Ja, vi kommer.»';
    expect(s.slice(...coreSpan(s, 0, s.length))).toBe('Ja, vi kommer');
  });

  it('splits by document, deterministically', () => {
    expect(splitOf('norne/ndt/nob/bt005_0000.conll')).toBe(splitOf('norne/ndt/nob/bt005_0000.conll'));
    const splits = new Set(readGold().map((g) => splitOf(g.doc)));
    expect(splits).toEqual(new Set(['dev', 'test']));
  });
});

describe('gold corpus text', () => {
  it('joins NDT tokens with punctuation spacing, headlines and dash paragraphs', () => {
    expect(joinNdtTokens(['-', 'Vi', 'kommer', ',', 'sier', 'han', '.']).text).toBe('- Vi kommer, sier han.');
    expect(joinNdtTokens(['Han', 'sa', '«', 'nei', '»', 'og', '"', 'ja', '"', '.']).text).toBe('Han sa «nei» og "ja".');
    const headline = joinNdtTokens(['Storm', 'i', 'natt', '|']);
    expect(headline).toEqual({ text: 'Storm i natt', headline: true });
    expect(joinSentences([headline, { text: 'Det blåste.', headline: false }, { text: 'Det regnet.', headline: false }, { text: '- Fælt, sier hun.', headline: false }]))
      .toBe('Storm i natt\nDet blåste. Det regnet.\n- Fælt, sier hun.');
  });

  it.skipIf(!existsSync(defaultDataDir))('rebuilds every gold span as annotated (needs ../shared/data)', () => {
    const texts = new Map<string, string>();
    for (const quote of readGold()) {
      if (!texts.has(quote.doc)) texts.set(quote.doc, rebuildDocument(defaultDataDir, quote.doc).text);
      expect(spanCheck(texts.get(quote.doc)!.slice(quote.quoteStart, quote.quoteEnd)), `${quote.doc} ${quote.quoteStart}`).toBe(quote.check);
    }
  });

  it.skipIf(!existsSync(defaultDataDir))('gives an NDT segment the one before it as context, and first segments and blocks none', () => {
    const before = precedingSegment(defaultDataDir, 'norne/ndt/nob/ap005_0006.conll');
    expect(before).toBe(rebuildDocument(defaultDataDir, 'norne/ndt/nob/ap005_0005.conll').text);
    expect(precedingSegment(defaultDataDir, 'norne/ndt/nob/ap005_0000.conll')).toBeNull();
    expect(precedingSegment(defaultDataDir, 'ud/UD_Danish-DDT/da_ddt-ud-dev.conllu#3')).toBeNull();
  });

  it('has enough gold quotes per language', () => {
    const count = (langs: string[]) => readGold().filter((g) => langs.includes(g.lang)).length;
    expect(count(['nb', 'nn'])).toBeGreaterThanOrEqual(220);
    expect(count(['da'])).toBeGreaterThanOrEqual(80);
    expect(count(['sv'])).toBeGreaterThanOrEqual(100);
  });

  it('keeps DDT train blocks in dev and splits the Swedish blocks between dev and test', () => {
    expect(splitOf('ner-da/da_ddt-ud-ner-train-10k.conll#3')).toBe('dev');
    const swedish = new Set(readGold().filter((g) => g.lang === 'sv').map((g) => splitOf(g.doc)));
    expect(swedish).toEqual(new Set(['dev', 'test']));
  });

  it.skipIf(!existsSync(join(defaultDataDir, 'ner-sv')))('rebuilds Swedish and DDT train blocks as the figure gold does, with dash lines on lines of their own', () => {
    for (const doc of ['ner-sv/train_corpus.txt#331', 'ner-da/da_ddt-ud-ner-train-10k.conll#24']) {
      const quoteText = rebuildDocument(defaultDataDir, doc).text;
      expect(quoteText.replace(/\n/g, ' ')).toBe(rebuildFigureDocument(defaultDataDir, doc).text);
      expect(quoteText).toMatch(/\n[–-] /);
    }
  });
});

describe('quote finder gate on the dev split', () => {
  it.skipIf(!existsSync(defaultDataDir))('keeps direct-quote P/R and speaker accuracy at their dev level (needs ../shared/data)', () => {
    const { total } = evaluateQuotes(defaultDataDir, { split: 'dev' });
    expect(total.direct.overlap.precision).toBeGreaterThanOrEqual(0.95);
    expect(total.direct.overlap.recall).toBeGreaterThanOrEqual(0.95);
    expect(total.speaker.accuracy).toBeGreaterThanOrEqual(0.88);
  }, 60_000);
});
