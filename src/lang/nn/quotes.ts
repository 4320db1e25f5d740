// How Norwegian Nynorsk marks and attributes speech.
import type { QuoteResources } from '../types.js';
import { nbQuotes } from '../nb/quotes.js';

export const nnQuotes: QuoteResources = {
  reportingVerbs: [...nbQuotes.reportingVerbs, 'seier', 'meiner', 'meinte', 'fortel', 'fortalde', 'stadfestar', 'stadfesta', 'legg til', 'skriv', 'spør', 'spurde', 'hevdar', 'hevda', 'påstår', 'påstod', 'forsikrar', 'forsikra', 'forklarar', 'påpeikar', 'påpeika', 'kommenterer', 'kommenterte', 'avsluttar', 'avslutta', 'held fram', 'heldt fram', 'understrekar', 'understreka', 'innrømmer', 'innrømde', 'svarar', 'svara', 'fortalde', 'opplyser', 'konstaterer', 'åtvarar', 'åtvara', 'lovar', 'lova', 'utdjupar', 'fresar',
    // Past tenses the list lacked: Nynorsk "skreiv", "forklarte", "utdjupa", "fresa", "uttalte"/"uttala".
    'skreiv', 'forklarte', 'forklara', 'utdjupa', 'fresa', 'uttalar', 'uttala', 'avslører', 'avslørte', 'spøkjer', 'spøkte', 'medgjev', 'medgav', 'vedgår', 'vedgjekk',
    // As in Bokmål: forecasts, estimates and pointers to evidence ("Han minner om at …").
    'minte om', 'peikar på', 'peika på', 'peiker på', 'peikte på'],
  attributionOnlyVerbs: [...(nbQuotes.attributionOnlyVerbs ?? []), 'humrar', 'humra', 'nikkar', 'nikka', 'fortvilar', 'fortvila', 'trur', 'trudde', 'synest', 'syntest',
    'tenkjer', 'minnest', 'mintest', 'hugsar', 'hugsa', 'undrar', 'undra', 'oppfordrar', 'oppfordra', 'påpeiker', 'skryt', 'skrytte', 'replisserte', 'rettleiar', 'rettleia',
    'ytrar', 'ytra', 'refsar', 'refsa', 'fortset', 'jublar', 'jubla', 'smiler', 'ler', 'lo', 'sukkar', 'sukka'],
  reporterMeetings: [...(nbQuotes.reporterMeetings ?? []), 'treff vi', 'vi treff', 'treff me', 'me treff', 'møter me', 'me møter', 'møtte me', 'me møtte', 'ringjer vi', 'vi ringjer',
    'ringjer me', 'me ringjer', 'snakkar vi med', 'vi snakkar med', 'snakkar me med', 'me snakkar med', 'spør me', 'me spør'],
  accordingTo: ['ifølgje', 'ifylgje', 'ifølge'],
  complementisers: ['at'],
  // "han" and "ho" are object forms too; "henne" ("ifølgje henne") and "ham" also occur.
  pronouns: { han: 'm', ho: 'f', hun: 'f', dei: 'p', vi: 'p', eg: 'n', den: 'n', det: 'n', ham: 'm', henne: 'f' },
  speakerPhraseStops: [...nbQuotes.speakerPhraseStops, 'etter', 'laurdag', 'sundag', 'måndag', 'tysdag', 'frå', 'hos', 'for', 'med', 'til'],
  pointingSubjects: ['Det', 'Dette', 'Slik'],
  clauseAdverbs: ['også', 'òg', 'likevel', 'framleis', 'difor', 'dessutan', 'no'],
  finiteAuxiliaries: ['ikkje', 'er', 'var', 'har', 'hadde', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør', 'burde', 'blir', 'blei', 'vert', 'vart'],
  firstPerson: { singular: ['eg', 'meg', 'min', 'mitt', 'mine'], other: ['vi', 'me', 'oss', 'vår', 'vårt', 'våre', 'du', 'deg', 'de', 'dykk'] },
  questionVerbs: ['spør', 'spurde', 'undrar', 'undra'],
  roleNounSynonyms: { statsråd: ['minister'], regjeringssjef: ['statsminister'] },
  institutionNouns: ['politiet', 'kommunen', 'regjeringa', 'departementet', 'direktoratet', 'tilsynet', 'retten', 'styret', 'selskapet', 'forbundet', 'sjukehuset', 'sykehuset', 'universitetet', 'konsernet', 'forsvaret', 'påtalemakta', 'fylkesmannen'],
  roleNounSuffixes: ['en', 'a', 'et', 'i', 'ne', 'n'],
  organisationAnaphors: ['selskap', 'kanal', 'avis', 'parti', 'forbund', 'konsern', 'hotell', 'bedrift', 'firma', 'organisasjon', 'klubb', 'foreining', 'forening', 'bank', 'byrå', 'kjede', 'stifting', 'føretak', 'nettstad', 'magasin', 'tidsskrift'],
};
