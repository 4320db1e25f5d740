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
    ['nn', 'fleire titals drepne', 20, 99],
    ['nb', 'flere titalls drepte', 20, 99],
    ['sv', 'flera tiotals döda', 20, 99],
    ['en', 'several dozen people', 24, 99],
    ['da', 'mange tusinde sårede', 2000, 9999],
    ['sv', 'många tusen skadade', 2000, 9999],
    ['sv', 'ett 20-tal soldater', 20, 20],
    ['nb', 'et 30-talls personer', 30, 30],
  ])('%s: %s → %d–%d', (lang, text, min, max) => {
    expect(first(text, lang)).toEqual([expect.any(String), min, max, true]);
  });

  it('reads "på 90-talet" as a decade, not a round count', () => {
    expect(quantities('på 90-talet', 'sv')).toEqual([]);
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

// The vocabulary issue 7 names, language by language: every word must read as the issue says.
describe('findQuantities: the named vocabulary in all five languages', () => {
  const value = (text: string, lang: string): [number | null, number | null, boolean] | undefined => {
    const q = findQuantities(text, tokenize(text), lang)[0];
    return q ? [q.min, q.max, q.approximate] : undefined;
  };

  it.each([
    ['da', ['én', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv']],
    ['nb', ['én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv']],
    ['nn', ['eitt', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv']],
    ['sv', ['en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv']],
    ['en', ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']],
  ] as const)('%s: one to twelve in words', (lang, words) => {
    words.forEach((word, index) => expect(value(`${word} personer`, lang)?.slice(0, 2)).toEqual([index + 1, index + 1]));
  });

  it.each([
    ['da', 'en person', 1, true],
    ['da', 'et barn', 1, true],
    ['nb', 'en person', 1, true],
    ['nb', 'ett barn', 1, false],
    ['nn', 'ein person', 1, true],
    ['nn', 'eit barn', 1, true],
    ['sv', 'ett barn', 1, true],
    ['en', 'a person', 1, true],
  ] as const)('%s: "%s" is 1, weak (an article too) = %s', (lang, text, one, weak) => {
    expect(findQuantities(text, tokenize(text), lang)[0]).toMatchObject({ min: one, max: one, weak });
  });

  it.each([
    ['da', 'tyve', 20], ['da', 'halvtreds', 50], ['da', 'hundrede', 100], ['da', 'tusind', 1000], ['da', 'en million', 1e6], ['da', 'to millioner', 2e6],
    ['nb', 'tjue', 20], ['nb', 'tyve', 20], ['nb', 'hundre', 100], ['nb', 'tusen', 1000], ['nb', 'en million', 1e6], ['nb', 'to millioner', 2e6],
    ['nn', 'tjue', 20], ['nn', 'hundre', 100], ['nn', 'tusen', 1000], ['nn', 'to millionar', 2e6],
    ['sv', 'tjugo', 20], ['sv', 'hundra', 100], ['sv', 'tusen', 1000], ['sv', 'en miljon', 1e6], ['sv', 'två miljoner', 2e6],
    ['en', 'twenty', 20], ['en', 'fifty', 50], ['en', 'hundred', 100], ['en', 'thousand', 1000], ['en', 'a million', 1e6],
  ] as const)('%s: %s → %d', (lang, text, n) => {
    expect(value(`${text} personer`, lang)?.slice(0, 2)).toEqual([n, n]);
  });

  it.each([
    ['da', 'dusinvis', 24, 99], ['nb', 'dusinvis', 24, 99], ['nn', 'dusinvis', 24, 99], ['sv', 'dussintals', 24, 99], ['en', 'dozens', 24, 99],
    ['nb', 'titalls', 20, 99], ['nn', 'titals', 20, 99], ['sv', 'tiotals', 20, 99], ['da', 'snesevis', 20, 99],
    ['da', 'hundredvis', 200, 999], ['nb', 'hundrevis', 200, 999], ['nn', 'hundrevis', 200, 999], ['sv', 'hundratals', 200, 999], ['en', 'hundreds', 200, 999],
    ['da', 'tusindvis', 2000, 9999], ['nb', 'tusenvis', 2000, 9999], ['nn', 'tusenvis', 2000, 9999], ['sv', 'tusentals', 2000, 9999], ['en', 'thousands', 2000, 9999],
    ['sv', 'flera tusental', 2000, 9999], ['sv', 'ett tusental', 1000, 1000],
    ['da', 'titusindvis', 20000, 99999], ['nb', 'titusenvis', 20000, 99999], ['nn', 'titusenar', 20000, 99999], ['sv', 'tiotusentals', 20000, 99999], ['en', 'tens of thousands', 20000, 99999],
    ['da', 'hundredtusindvis', 200000, 999999], ['nb', 'hundretusenvis', 200000, 999999], ['sv', 'hundratusentals', 200000, 999999], ['en', 'hundreds of thousands', 200000, 999999],
    ['da', 'flere hundrede', 200, 999], ['nb', 'flere hundre', 200, 999], ['nn', 'fleire hundre', 200, 999], ['sv', 'flera hundra', 200, 999], ['en', 'several hundred', 200, 999],
    ['da', 'flere millioner', 2e6, 9999999], ['nb', 'flere millioner', 2e6, 9999999], ['nn', 'fleire millionar', 2e6, 9999999], ['sv', 'flera miljoner', 2e6, 9999999], ['en', 'millions', 2e6, 9999999],
    ['da', 'et dusin', 12, 12], ['nb', 'et dusin', 12, 12], ['nn', 'eit dusin', 12, 12], ['sv', 'ett dussin', 12, 12], ['en', 'a dozen', 12, 12],
    ['nb', 'et titall', 10, 10], ['sv', 'ett tiotal', 10, 10], ['da', 'en snes', 20, 20],
  ] as const)('%s: %s → %d–%d, approximate', (lang, text, min, max) => {
    expect(value(`${text} personer`, lang)).toEqual([min, max, true]);
  });

  it.each([['da', 'flere'], ['da', 'mange'], ['nb', 'flere'], ['nb', 'mange'], ['nn', 'fleire'], ['nn', 'mange'], ['sv', 'flera'], ['sv', 'många'], ['en', 'several'], ['en', 'many']] as const)(
    '%s: "%s" alone gives no number',
    (lang, word) => {
      expect(value(`${word} personer`, lang)).toBeUndefined();
    },
  );

  it.each([
    ['da', 'mere end'], ['da', 'over'], ['da', 'mindst'],
    ['nb', 'mer enn'], ['nb', 'over'], ['nb', 'minst'],
    ['nn', 'meir enn'], ['nn', 'over'], ['nn', 'minst'],
    ['sv', 'mer än'], ['sv', 'över'], ['sv', 'minst'],
    ['en', 'more than'], ['en', 'over'], ['en', 'at least'],
  ] as const)('%s: "%s 40" → at least 40', (lang, hedge) => {
    expect(value(`${hedge} 40 personer`, lang)).toEqual([40, null, false]);
  });

  it.each([['da', 'op til'], ['da', 'højst'], ['nb', 'opp til'], ['nb', 'høyst'], ['nn', 'opp til'], ['nn', 'høgst'], ['sv', 'upp till'], ['sv', 'högst'], ['en', 'up to'], ['en', 'at most']] as const)(
    '%s: "%s 40" → at most 40',
    (lang, hedge) => {
      expect(value(`${hedge} 40 personer`, lang)).toEqual([null, 40, false]);
    },
  );

  it.each([
    ['da', 'omkring'], ['da', 'cirka'], ['da', 'ca.'], ['da', 'knap'], ['da', 'næsten'], ['da', 'nær ved'],
    ['nb', 'rundt'], ['nb', 'omkring'], ['nb', 'cirka'], ['nb', 'ca.'], ['nb', 'nær'], ['nb', 'nesten'], ['nb', 'knapt'],
    ['nn', 'rundt'], ['nn', 'kring'], ['nn', 'om lag'], ['nn', 'nær'], ['nn', 'nesten'],
    ['sv', 'runt'], ['sv', 'omkring'], ['sv', 'cirka'], ['sv', 'ca.'], ['sv', 'nära'], ['sv', 'nästan'], ['sv', 'knappt'],
    ['en', 'about'], ['en', 'around'], ['en', 'nearly'], ['en', 'almost'],
  ] as const)('%s: "%s 40" → about 40', (lang, hedge) => {
    expect(value(`${hedge} 40 personer`, lang)).toEqual([40, 40, true]);
  });

  it('scales the first end of a range by the multiplier of the second', () => {
    expect(value('12 til 15 millionar drepne', 'nn')).toEqual([12e6, 15e6, false]);
    expect(value('2-3 millioner flyktninger', 'nb')).toEqual([2e6, 3e6, false]);
    expect(value('mellom 20 og 30 skadde', 'nb')).toEqual([20, 30, false]);
  });

  it('reads "eit tre" as a tree, not three', () => {
    expect(value('fall frå eit tre', 'nn')).toEqual([1, 1, false]);
    expect(findQuantities('fall frå eit tre', tokenize('fall frå eit tre'), 'nn')).toHaveLength(1);
  });
});
