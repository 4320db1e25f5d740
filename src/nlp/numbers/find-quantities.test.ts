import { describe, expect, it } from 'vitest';
import { tokenize } from '../sentences/index.js';
import { findQuantities, parseDigits } from './index.js';

/** The quantities of a text as [text, min, max, approximate]. */
function quantities(text: string, lang: string): [string, number | null, number | null, boolean][] {
  return findQuantities(text, tokenize(text), lang)
    .filter((q) => !q.weak)
    .map((q) => [text.slice(q.start, q.end), q.min, q.max, q.approximate]);
}

const first = (text: string, lang: string) => quantities(text, lang)[0];

describe('parseDigits', () => {
  it.each([
    ['1.347', ',', 1347],
    ['1 347', ',', 1347],
    ['4.712.000', ',', 4712000],
    ['3,5', ',', 3.5],
    ['1,347', '.', 1347],
    ['1.5', '.', 1.5],
    ['2,100,000', '.', 2100000],
    ['40', ',', 40],
  ] as const)('%s with decimal mark %s is %d', (text, mark, value) => {
    expect(parseDigits(text, mark)).toBe(value);
  });
});

describe('findQuantities: digits and multipliers', () => {
  it('reads Nordic and English separators by language', () => {
    expect(first('1.347 personer er anholdt', 'da')).toEqual(['1.347', 1347, 1347, false]);
    expect(first('mer enn 2 100 pågrepne', 'nb')).toEqual(['mer enn 2 100', 2100, null, false]);
    expect(first('1,347 people were arrested', 'en')).toEqual(['1,347', 1347, 1347, false]);
    expect(first('det koster 3,5 mio. kr.', 'da')).toEqual(['3,5 mio.', 3500000, 3500000, false]);
    expect(first('2,1 millioner innbyggere', 'nb')).toEqual(['2,1 millioner', 2100000, 2100000, false]);
  });

  it('does not count ordinals', () => {
    expect(quantities('den 23. januar', 'da')).toEqual([]);
  });
});

describe('findQuantities: number words', () => {
  it.each([
    ['da', 'tolv dræbte', 12],
    ['da', 'enogtyve sårede', 21],
    ['da', 'halvtreds anholdte', 50],
    ['da', 'to hundrede soldater', 200],
    ['da', 'tre tusind demonstranter', 3000],
    ['nb', 'tjue drepte', 20],
    ['nb', 'tjueen skadde', 21],
    ['nb', 'hundre evakuerte', 100],
    ['nn', 'tolv drepne', 12],
    ['nn', 'tretti skadde', 30],
    ['sv', 'tjugo döda', 20],
    ['sv', 'tjugoen skadade', 21],
    ['sv', 'två hundra soldater', 200],
    ['sv', 'fyra saknade', 4],
    ['en', 'twelve people', 12],
    ['en', 'two hundred troops', 200],
    ['en', 'five million people', 5000000],
  ])('%s: %s → %d', (lang, text, value) => {
    const [, min, max] = first(text, lang);
    expect([min, max]).toEqual([value, value]);
  });

  it('marks article-like cardinals as weak', () => {
    const text = 'en person er død';
    expect(findQuantities(text, tokenize(text), 'da')[0]).toMatchObject({ min: 1, max: 1, weak: true });
  });
});

describe('findQuantities: vague quantities', () => {
  it.each([
    ['da', 'dusinvis af sårede', 24, 99],
    ['nb', 'dusinvis av skadde', 24, 99],
    ['sv', 'dussintals skadade', 24, 99],
    ['nb', 'titalls drepte', 20, 99],
    ['sv', 'tiotals döda', 20, 99],
    ['da', 'snesevis af anholdte', 20, 99],
    ['da', 'hundredvis af evakuerede', 200, 999],
    ['nb', 'hundrevis av evakuerte', 200, 999],
    ['sv', 'hundratals gripna', 200, 999],
    ['da', 'tusindvis af demonstranter', 2000, 9999],
    ['nb', 'tusenvis av demonstranter', 2000, 9999],
    ['sv', 'tusentals demonstranter', 2000, 9999],
    ['nb', 'flere hundre skadde', 200, 999],
    ['nn', 'fleire hundre skadde', 200, 999],
    ['da', 'flere hundrede sårede', 200, 999],
    ['sv', 'flera hundra skadade', 200, 999],
    ['en', 'hundreds of people', 200, 999],
    ['en', 'dozens of people', 24, 99],
    ['da', 'et dusin soldater', 12, 12],
    ['sv', 'ett dussin soldater', 12, 12],
    ['nb', 'et titall soldater', 10, 10],
    ['sv', 'ett tiotal soldater', 10, 10],
  ])('%s: %s → %d–%d', (lang, text, min, max) => {
    expect(first(text, lang)).toEqual([expect.any(String), min, max, true]);
  });

  it('gives no number for "flere" or "mange" alone', () => {
    expect(quantities('flere er såret, og mange er anholdt', 'da')).toEqual([]);
    expect(quantities('många skadades', 'sv')).toEqual([]);
  });
});

describe('findQuantities: hedges', () => {
  it.each([
    ['da', 'mere end 1.000 anholdte', 1000, null, false],
    ['da', 'mindst 40 dræbt', 40, null, false],
    ['da', 'op til 50 sårede', null, 50, false],
    ['da', 'højst 30 anholdte', null, 30, false],
    ['da', 'omkring 40 sårede', 40, 40, true],
    ['da', 'cirka 300 soldater', 300, 300, true],
    ['da', 'ca. 300 soldater', 300, 300, true],
    ['da', 'knap 200 evakuerede', 200, 200, true],
    ['nb', 'mer enn 2 100 pågrepne', 2100, null, false],
    ['nb', 'minst 12 drepte', 12, null, false],
    ['nb', 'opp til 500 evakuerte', null, 500, false],
    ['nb', 'rundt 350 evakuerte', 350, 350, true],
    ['nb', 'nær 40 skadde', 40, 40, true],
    ['nb', 'nesten 40 skadde', 40, 40, true],
    ['nb', 'over 100 skadde', 100, null, false],
    ['nn', 'meir enn 100 skadde', 100, null, false],
    ['nn', 'om lag 40 skadde', 40, 40, true],
    ['sv', 'mer än 100 gripna', 100, null, false],
    ['sv', 'minst 5 döda', 5, null, false],
    ['sv', 'upp till 30 skadade', null, 30, false],
    ['sv', 'omkring 60 000 demonstranter', 60000, 60000, true],
    ['en', 'more than 2,100 people', 2100, null, false],
    ['en', 'at least 7 people', 7, null, false],
    ['en', 'up to 40 people', null, 40, false],
    ['en', 'about 40 people', 40, 40, true],
    ['en', 'nearly 300 troops', 300, 300, true],
  ])('%s: %s', (lang, text, min, max, approximate) => {
    expect(first(text, lang).slice(1)).toEqual([min, max, approximate]);
  });

  it('reads ranges', () => {
    expect(first('mellem 20 og 30 sårede', 'da')).toEqual(['mellem 20 og 30', 20, 30, false]);
    expect(first('mellom 20 og 30 skadde', 'nb')).toEqual(['mellom 20 og 30', 20, 30, false]);
    expect(first('mellan 20 och 30 skadade', 'sv')).toEqual(['mellan 20 och 30', 20, 30, false]);
    expect(first('between 20 and 30 people', 'en')).toEqual(['between 20 and 30', 20, 30, false]);
    expect(first('20–30 sårede', 'da')).toEqual(['20–30', 20, 30, false]);
  });
});
