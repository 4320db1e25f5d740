// How Norwegian Bokmål writes quantities.
import type { NumberResources } from '../types.js';

export const nbNumbers: NumberResources = {
  decimalMark: ',',
  cardinals: {
    null: 0, én: 1, ett: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10,
    elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19,
    tjue: 20, tyve: 20, tretti: 30, tredve: 30, førti: 40, femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90,
  },
  weakCardinals: ['en', 'et', 'ei'],
  multipliers: { hundre: 100, hundretalls: 100, tusen: 1000, million: 1e6, millioner: 1e6, 'mill.': 1e6, 'mio.': 1e6, milliard: 1e9, milliarder: 1e9, 'mrd.': 1e9 },
  unitsBeforeTensJoiner: null,
  vague: [
    { phrase: 'dusinvis', min: 24, max: 99, approximate: true },
    { phrase: 'titalls', min: 20, max: 99, approximate: true },
    { phrase: 'hundrevis', min: 200, max: 999, approximate: true },
    { phrase: 'hundretalls', min: 200, max: 999, approximate: true },
    { phrase: 'tusenvis', min: 2000, max: 9999, approximate: true },
    { phrase: 'titusenvis', min: 20000, max: 99999, approximate: true },
    { phrase: 'flere hundre', min: 200, max: 999, approximate: true },
    { phrase: 'flere tusen', min: 2000, max: 9999, approximate: true },
    { phrase: 'titusener', min: 20000, max: 99999, approximate: true },
    { phrase: 'flere millioner', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'millioner', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'et dusin', min: 12, max: 12, approximate: true },
    { phrase: 'et titall', min: 10, max: 10, approximate: true },
    { phrase: 'et tjuetall', min: 20, max: 20, approximate: true },
    { phrase: 'et par', min: 2, max: 3, approximate: true },
  ],
  hedges: [
    { phrase: 'mer enn', effect: 'min' }, { phrase: 'flere enn', effect: 'min' }, { phrase: 'over', effect: 'min' },
    { phrase: 'minst', effect: 'min' }, { phrase: 'i hvert fall', effect: 'min' }, { phrase: 'opp mot', effect: 'approximate' },
    { phrase: 'opp til', effect: 'max' }, { phrase: 'høyst', effect: 'max' }, { phrase: 'under', effect: 'max' }, { phrase: 'færre enn', effect: 'max' }, { phrase: 'mindre enn', effect: 'max' },
    { phrase: 'omkring', effect: 'approximate' }, { phrase: 'rundt', effect: 'approximate' }, { phrase: 'cirka', effect: 'approximate' }, { phrase: 'ca.', effect: 'approximate' },
    { phrase: 'nær', effect: 'approximate' }, { phrase: 'nærmere', effect: 'approximate' }, { phrase: 'nesten', effect: 'approximate' }, { phrase: 'knapt', effect: 'approximate' },
    { phrase: 'drøyt', effect: 'approximate' }, { phrase: 'om lag', effect: 'approximate' }, { phrase: 'anslagsvis', effect: 'approximate' },
  ],
  rangeBetween: ['mellom'],
  rangeAnd: ['og', 'til'],
};
