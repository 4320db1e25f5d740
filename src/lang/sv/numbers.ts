// How Swedish writes quantities.
import type { NumberResources } from '../types.js';

export const svNumbers: NumberResources = {
  decimalMark: ',',
  cardinals: {
    noll: 0, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
    elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19,
    tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90,
  },
  weakCardinals: ['en', 'ett'],
  multipliers: { hundra: 100, tusen: 1000, miljon: 1e6, miljoner: 1e6, 'milj.': 1e6, miljard: 1e9, miljarder: 1e9, 'mdr.': 1e9 },
  unitsBeforeTensJoiner: null,
  vague: [
    { phrase: 'dussintals', min: 24, max: 99, approximate: true },
    { phrase: 'tiotals', min: 20, max: 99, approximate: true },
    { phrase: 'hundratals', min: 200, max: 999, approximate: true },
    { phrase: 'tusentals', min: 2000, max: 9999, approximate: true },
    { phrase: 'tiotusentals', min: 20000, max: 99999, approximate: true },
    { phrase: 'flera hundra', min: 200, max: 999, approximate: true },
    { phrase: 'flera tusen', min: 2000, max: 9999, approximate: true },
    { phrase: 'flera miljoner', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'flera tusental', min: 2000, max: 9999, approximate: true },
    { phrase: 'ett tusental', min: 1000, max: 1000, approximate: true },
    { phrase: 'miljoner', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'ett dussin', min: 12, max: 12, approximate: true },
    { phrase: 'ett tiotal', min: 10, max: 10, approximate: true },
    { phrase: 'ett tjugotal', min: 20, max: 20, approximate: true },
    { phrase: 'ett trettiotal', min: 30, max: 30, approximate: true },
    { phrase: 'ett hundratal', min: 100, max: 100, approximate: true },
    { phrase: 'ett par', min: 2, max: 3, approximate: true },
  ],
  hedges: [
    { phrase: 'mer än', effect: 'min' }, { phrase: 'fler än', effect: 'min' }, { phrase: 'över', effect: 'min' },
    { phrase: 'minst', effect: 'min' }, { phrase: 'åtminstone', effect: 'min' }, { phrase: 'uppemot', effect: 'approximate' },
    { phrase: 'upp till', effect: 'max' }, { phrase: 'högst', effect: 'max' }, { phrase: 'under', effect: 'max' }, { phrase: 'färre än', effect: 'max' }, { phrase: 'mindre än', effect: 'max' },
    { phrase: 'omkring', effect: 'approximate' }, { phrase: 'runt', effect: 'approximate' }, { phrase: 'cirka', effect: 'approximate' }, { phrase: 'ca.', effect: 'approximate' },
    { phrase: 'nära', effect: 'approximate' }, { phrase: 'nästan', effect: 'approximate' }, { phrase: 'knappt', effect: 'approximate' }, { phrase: 'drygt', effect: 'approximate' }, { phrase: 'uppskattningsvis', effect: 'approximate' },
  ],
  rangeBetween: ['mellan'],
  rangeAnd: ['och', 'till'],
};
