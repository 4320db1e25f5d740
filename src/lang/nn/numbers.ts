// How Norwegian Nynorsk writes quantities.
import type { NumberResources } from '../types.js';
import { nbNumbers } from '../nb/numbers.js';

export const nnNumbers: NumberResources = {
  ...nbNumbers,
  cardinals: { ...nbNumbers.cardinals, eitt: 1, eín: 1 },
  weakCardinals: ['ein', 'eit', 'ei'],
  multipliers: { ...nbNumbers.multipliers, millionar: 1e6, milliardar: 1e9 },
  vague: [
    ...nbNumbers.vague.filter((v) => !v.phrase.startsWith('flere') && !v.phrase.startsWith('et ')),
    { phrase: 'fleire hundre', min: 200, max: 999, approximate: true },
    { phrase: 'fleire tusen', min: 2000, max: 9999, approximate: true },
    { phrase: 'titusenar', min: 20000, max: 99999, approximate: true },
    { phrase: 'titals', min: 20, max: 99, approximate: true },
    { phrase: 'hundretals', min: 200, max: 999, approximate: true },
    { phrase: 'tusenar', min: 2000, max: 9999, approximate: true },
    { phrase: 'fleire titals', min: 20, max: 99, approximate: true },
    { phrase: 'fleire titall', min: 20, max: 99, approximate: true },
    { phrase: 'fleire dusin', min: 24, max: 99, approximate: true },
    { phrase: 'mange tusen', min: 2000, max: 9999, approximate: true },
    { phrase: 'fleire millionar', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'millionar', min: 2e6, max: 9999999, approximate: true },
    { phrase: 'eit dusin', min: 12, max: 12, approximate: true },
    { phrase: 'eit titals', min: 10, max: 10, approximate: true },
    { phrase: 'eit par', min: 2, max: 3, approximate: true },
  ],
  hedges: [
    ...nbNumbers.hedges.filter((h) => !['mer enn', 'flere enn', 'høyst', 'færre enn', 'nesten'].includes(h.phrase)),
    { phrase: 'meir enn', effect: 'min' }, { phrase: 'meire enn', effect: 'min' }, { phrase: 'fleire enn', effect: 'min' }, { phrase: 'høgst', effect: 'max' },
    { phrase: 'færre enn', effect: 'max' }, { phrase: 'nesten', effect: 'approximate' }, { phrase: 'kring', effect: 'approximate' },
  ],
};
