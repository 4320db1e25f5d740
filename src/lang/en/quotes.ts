// How English marks and attributes speech.
import type { QuoteResources } from '../types.js';

export const enQuotes: QuoteResources = {
  reportingVerbs: ['says', 'said', 'told', 'tells', 'added', 'adds', 'stressed', 'explained', 'warned', 'wrote', 'writes', 'announced', 'confirmed', 'tweeted', 'stated', 'insisted', 'noted', 'argued', 'claimed', 'replied', 'asked', 'asks', 'continued', 'admitted', 'added', 'insists', 'recalled', 'reported', 'wrote', 'predicted', 'predicts', 'pointed out', 'points out', 'maintained', 'maintains'],
  accordingTo: ['according to'],
  complementisers: ['that'],
  // Object forms name a speaker after "according to" ("according to him"); "her" before a noun is a
  // possessive ("said her husband"), which the speaker resolver reads as such.
  pronouns: { he: 'm', she: 'f', they: 'p', we: 'p', i: 'n', it: 'n', him: 'm', her: 'f', them: 'p' },
  speakerPhraseStops: ['to', 'in', 'on', 'at', 'after', 'during', 'on', 'and', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'from', 'for', 'with'],
  pointingSubjects: ['That', 'This'],
  firstPerson: { singular: ['I', 'me', 'my', 'mine'], other: ['we', 'us', 'our', 'you', 'your'] },
  questionVerbs: ['asks', 'asked', 'wonders', 'wondered'],
};
