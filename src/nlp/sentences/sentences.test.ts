import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './index.js';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
const sentences = (text: string, lang?: string) => splitSentences(text, tokenize(text), lang).map((s) => text.slice(s.start, s.end));

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

  it('keeps section numbers and dotted dates whole, and a domain apart from the abbreviation "no."', () => {
    expect(words('3.5.2 Nye oppgåver den 12.03.2021 på Dagbladet.no.')).toEqual(['3.5.2', 'Nye', 'oppgåver', 'den', '12.03.2021', 'på', 'Dagbladet', '.', 'no', '.']);
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

  it('ends a headline run into the next sentence where a lower-case word turns up capitalised', () => {
    expect(sentences('Mødet sluttede sent. Nye udfordringer Året efter gentog hun succesen.', 'da')).toEqual([
      'Mødet sluttede sent.',
      'Nye udfordringer',
      'Året efter gentog hun succesen.',
    ]);
    expect(sentences('Han ble løslatt. Familiene ber om nåde for journalister Tirsdag morgen landet han.', 'nb')).toEqual([
      'Han ble løslatt.',
      'Familiene ber om nåde for journalister',
      'Tirsdag morgen landet han.',
    ]);
  });

  it('does not end a sentence inside a name or after a function word', () => {
    for (const text of ['Han ble lagt inn på Haukeland Universitetssykehus i går.', 'Ukemagasinet Der Spiegel inviterte tre studenter.', 'Hun reiste til Bergen i fjor.', 'Han husker pressekonferansen i Norges Bank i fjor.', 'Anne Strand siger, at byen er klar.']) {
      expect(sentences(text, 'nb'), text).toHaveLength(1);
    }
  });

  it('follows the treebank colon convention of the language', () => {
    const text = 'Han sa det slik: Vi må videre.';
    expect(sentences(text, 'nb')).toEqual(['Han sa det slik:', 'Vi må videre.']);
    expect(sentences(text, 'da')).toHaveLength(1);
    expect(sentences('Spillet heter «Guitar Hero: World Tour» og er nytt.', 'nb')).toHaveLength(1);
    expect(sentences("Budet löd: 'Du skall lyda din fader.' Ett av de viktigaste.", 'sv')).toEqual(['Budet löd:', "'Du skall lyda din fader.'", 'Ett av de viktigaste.']);
  });

  it('ends a sentence after an abbreviation or an initial only before a word that opens one', () => {
    expect(sentences('Det står 30 mill. kr. att. Budsjettet er 70 mill. kr. Dette kjem i tillegg.', 'nn')).toEqual(['Det står 30 mill. kr. att.', 'Budsjettet er 70 mill. kr.', 'Dette kjem i tillegg.']);
    expect(sentences('Han bor i Washington D.C. Tidligere i sommer reiste han hjem.', 'nb')).toEqual(['Han bor i Washington D.C.', 'Tidligere i sommer reiste han hjem.']);
    expect(sentences('Boken er skrevet af A. I. Rabin og H. C. Andersen.', 'da')).toHaveLength(1);
  });

  it('splits before a lower-case start in English web text only', () => {
    expect(sentences('are you kidding? why would you want one? call them.', 'en')).toEqual(['are you kidding?', 'why would you want one?', 'call them.']);
    expect(sentences('Han så det i str. 24. men ingen troede ham.', 'da')).toHaveLength(1);
  });

  it('reads headlines without a declared language, and none for a language without resources', () => {
    expect(sentences('Nye udfordringer Året efter gentog hun succesen.')).toHaveLength(2);
    expect(sentences('Neue Herausforderungen Das Jahr danach wiederholte sie den Erfolg.', 'de')).toHaveLength(1);
  });
});
