// How English writes quantities.
import type { NumberResources } from '../types.js';

export const enNumbers: NumberResources = {
  decimalMark: '.',
  cardinals: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  weakCardinals: ['a', 'an'],
  multipliers: { hundred: 100, thousand: 1000, million: 1e6, millions: 1e6, billion: 1e9, 'mln': 1e6, 'bn': 1e9 },
  unitsBeforeTensJoiner: null,
  vague: [
    { phrase: 'dozens', min: 24, max: 99, approximate: true },
    { phrase: 'scores', min: 40, max: 99, approximate: true },
    { phrase: 'hundreds', min: 200, max: 999, approximate: true },
    { phrase: 'thousands', min: 2000, max: 9999, approximate: true },
    { phrase: 'tens of thousands', min: 20000, max: 99999, approximate: true },
    { phrase: 'hundreds of thousands', min: 200000, max: 999999, approximate: true },
    { phrase: 'many thousands', min: 2000, max: 9999, approximate: true },
    { phrase: 'several dozen', min: 24, max: 99, approximate: true },
    { phrase: 'several hundred', min: 200, max: 999, approximate: true },
    { phrase: 'several thousand', min: 2000, max: 9999, approximate: true },
    { phrase: 'several million', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'millions', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'a dozen', min: 12, max: 12, approximate: true },
    { phrase: 'a couple of', min: 2, max: 3, approximate: true },
  ],
  hedges: [
    { phrase: 'more than', effect: 'min' }, { phrase: 'over', effect: 'min' }, { phrase: 'at least', effect: 'min' }, { phrase: 'upwards of', effect: 'min' },
    { phrase: 'up to', effect: 'max' }, { phrase: 'at most', effect: 'max' }, { phrase: 'fewer than', effect: 'max' }, { phrase: 'less than', effect: 'max' }, { phrase: 'under', effect: 'max' },
    { phrase: 'about', effect: 'approximate' }, { phrase: 'around', effect: 'approximate' }, { phrase: 'nearly', effect: 'approximate' }, { phrase: 'almost', effect: 'approximate' },
    { phrase: 'roughly', effect: 'approximate' }, { phrase: 'some', effect: 'approximate' }, { phrase: 'approximately', effect: 'approximate' }, { phrase: 'an estimated', effect: 'approximate' },
  ],
  rangeBetween: ['between'],
  rangeAnd: ['and', 'to'],
};
