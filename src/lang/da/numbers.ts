// How Danish writes quantities.
import type { NumberResources } from '../types.js';

export const daNumbers: NumberResources = {
  decimalMark: ',',
  cardinals: {
    nul: 0, én: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10,
    elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19,
    tyve: 20, tredive: 30, fyrre: 40, fyrretyve: 40, halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90,
  },
  weakCardinals: ['en', 'et'],
  multipliers: { hundrede: 100, hundred: 100, tusind: 1000, tusinde: 1000, million: 1e6, millioner: 1e6, 'mio.': 1e6, mio: 1e6, milliard: 1e9, milliarder: 1e9, 'mia.': 1e9, 'mrd.': 1e9 },
  unitsBeforeTensJoiner: 'og',
  vague: [
    { phrase: 'dusinvis', min: 24, max: 99, approximate: true },
    { phrase: 'snesevis', min: 20, max: 99, approximate: true },
    { phrase: 'titusindvis', min: 20000, max: 99999, approximate: true },
    { phrase: 'hundredvis', min: 200, max: 999, approximate: true },
    { phrase: 'hundredevis', min: 200, max: 999, approximate: true },
    { phrase: 'tusindvis', min: 2000, max: 9999, approximate: true },
    { phrase: 'flere hundrede', min: 200, max: 999, approximate: true },
    { phrase: 'flere tusinde', min: 2000, max: 9999, approximate: true },
    { phrase: 'flere tusind', min: 2000, max: 9999, approximate: true },
    { phrase: 'titusinder', min: 20000, max: 99999, approximate: true },
    { phrase: 'flere millioner', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'millioner', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'et dusin', min: 12, max: 12, approximate: true },
    { phrase: 'en snes', min: 20, max: 20, approximate: true },
    { phrase: 'et par', min: 2, max: 3, approximate: true },
  ],
  hedges: [
    { phrase: 'mere end', effect: 'min' }, { phrase: 'flere end', effect: 'min' }, { phrase: 'over', effect: 'min' },
    { phrase: 'mindst', effect: 'min' }, { phrase: 'i hvert fald', effect: 'min' }, { phrase: 'op mod', effect: 'approximate' },
    { phrase: 'op til', effect: 'max' }, { phrase: 'højst', effect: 'max' }, { phrase: 'under', effect: 'max' }, { phrase: 'færre end', effect: 'max' }, { phrase: 'mindre end', effect: 'max' },
    { phrase: 'omkring', effect: 'approximate' }, { phrase: 'cirka', effect: 'approximate' }, { phrase: 'ca.', effect: 'approximate' },
    { phrase: 'knap', effect: 'approximate' }, { phrase: 'knapt', effect: 'approximate' }, { phrase: 'næsten', effect: 'approximate' },
    { phrase: 'godt', effect: 'approximate' }, { phrase: 'små', effect: 'approximate' }, { phrase: 'anslået', effect: 'approximate' }, { phrase: 'nær ved', effect: 'approximate' },
  ],
  rangeBetween: ['mellem'],
  rangeAnd: ['og', 'til'],
};
