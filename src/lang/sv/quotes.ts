// How Swedish marks and attributes speech.
import type { QuoteResources } from '../types.js';

export const svQuotes: QuoteResources = {
  reportingVerbs: ['säger', 'sa', 'sade', 'berättar', 'berättade', 'menar', 'menade', 'uppger', 'uppgav', 'skriver', 'skrev', 'tillägger', 'tillade', 'understryker', 'underströk', 'förklarar', 'förklarade', 'påpekar', 'påpekade', 'varnar', 'varnade', 'lovar', 'lovade', 'svarar', 'svarade', 'meddelar', 'meddelade', 'bekräftar', 'bekräftade', 'konstaterar', 'konstaterade', 'twittrar', 'twittrade', 'frågar', 'frågade', 'hävdar', 'hävdade', 'fortsätter', 'fortsatte', 'fastslår', 'fastslog', 'medger', 'medgav', 'anser', 'ansåg', 'framhåller', 'framhöll', 'betonar', 'betonade', 'erkänner', 'erkände', 'rapporterar', 'rapporterade', 'avslöjar', 'avslöjade', 'kommenterar', 'kommenterade', 'försäkrar', 'försäkrade', 'utbrister', 'utbrast', 'upplyser', 'upplyste', 'heter det',
    // Forecasts and pointers to evidence. Present "spår" is left out: it is also the noun "track,
    // trace" ("…, spår av blod"), which would read as a cue after a comma.
    'spådde', 'förutspår', 'förutspådde', 'påminner om', 'påminde om', 'hänvisar till', 'hänvisade till', 'pekar på', 'pekade på'],
  accordingTo: ['enligt'],
  complementisers: ['att'],
  // Object forms name a speaker after "enligt" ("enligt honom", "enligt henne själv").
  pronouns: { han: 'm', hon: 'f', de: 'p', vi: 'p', jag: 'n', den: 'n', det: 'n', hen: 'n', honom: 'm', henne: 'f', dem: 'p' },
  speakerPhraseStops: ['till', 'i', 'på', 'under', 'efter', 'vid', 'om', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'och', 'från', 'hos', 'för', 'med'],
  pointingSubjects: ['Det', 'Detta', 'Så'],
  clauseAdverbs: ['också', 'ändå', 'fortfarande', 'därför', 'dessutom', 'nu'],
  finiteAuxiliaries: ['inte', 'är', 'var', 'har', 'hade', 'vill', 'ville', 'ska', 'skall', 'skulle', 'kan', 'kunde', 'måste', 'bör', 'borde', 'blir', 'blev'],
  firstPerson: { singular: ['jag', 'mig', 'min', 'mitt', 'mina'], other: ['vi', 'oss', 'vår', 'vårt', 'våra', 'du', 'dig', 'ni', 'er'] },
  questionVerbs: ['frågar', 'frågade', 'undrar', 'undrade'],
  roleNounSuffixes: ['en', 'et', 'n', 'na', 'a'],
  organisationAnaphors: ['bolag', 'företag', 'kanal', 'tidning', 'parti', 'förbund', 'koncern', 'hotell', 'firma', 'organisation', 'klubb', 'förening', 'bank', 'byrå', 'kedja', 'kedj', 'stiftelse', 'tidskrift'],
};
