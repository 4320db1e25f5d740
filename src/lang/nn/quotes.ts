// How Norwegian Nynorsk marks and attributes speech.
import type { QuoteResources } from '../types.js';
import { nbQuotes } from '../nb/quotes.js';

export const nnQuotes: QuoteResources = {
  reportingVerbs: [...nbQuotes.reportingVerbs, 'seier', 'meiner', 'meinte', 'fortel', 'fortalde', 'stadfestar', 'stadfesta', 'legg til', 'skriv', 'spør', 'spurde', 'hevdar', 'hevda', 'påstår', 'påstod', 'forsikrar', 'forsikra', 'forklarar', 'påpeikar', 'påpeika', 'kommenterer', 'kommenterte', 'avsluttar', 'avslutta', 'held fram', 'heldt fram', 'understrekar', 'understreka', 'innrømmer', 'innrømde', 'svarar', 'svara', 'fortalde', 'opplyser', 'konstaterer', 'åtvarar', 'åtvara', 'lovar', 'lova', 'utdjupar'],
  accordingTo: ['ifølgje', 'ifylgje', 'ifølge'],
  complementisers: ['at'],
  pronouns: { han: 'm', ho: 'f', hun: 'f', dei: 'p', vi: 'p', eg: 'n', den: 'n', det: 'n' },
  speakerPhraseStops: [...nbQuotes.speakerPhraseStops, 'etter', 'laurdag', 'sundag', 'måndag', 'tysdag', 'frå', 'hos', 'for', 'med', 'til'],
  pointingSubjects: ['Det', 'Dette', 'Slik'],
  firstPerson: { singular: ['eg', 'meg', 'min', 'mitt', 'mine'], other: ['vi', 'me', 'oss', 'vår', 'vårt', 'våre', 'du', 'deg', 'de', 'dykk'] },
  questionVerbs: ['spør', 'spurde', 'undrar', 'undra'],
  roleNounSuffixes: ['en', 'a', 'et', 'i', 'ne', 'n'],
};
