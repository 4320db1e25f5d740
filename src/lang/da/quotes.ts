// How Danish marks and attributes speech.
import type { QuoteResources } from '../types.js';

export const daQuotes: QuoteResources = {
  reportingVerbs: ['kritiserer', 'kritiserede', 'siger', 'sagde', 'fortæller', 'fortalte', 'mener', 'mente', 'tilføjer', 'tilføjede', 'understreger', 'understregede', 'oplyser', 'oplyste', 'udtaler', 'udtalte', 'skriver', 'skrev', 'forklarer', 'forklarede', 'påpeger', 'påpegede', 'vurderer', 'vurderede', 'erkender', 'erkendte', 'advarer', 'advarede', 'lover', 'lovede', 'svarer', 'svarede', 'meddeler', 'meddelte', 'bekræfter', 'bekræftede', 'konstaterer', 'konstaterede', 'tweeter', 'tweetede', 'lyder det fra', 'lød det fra', 'spørger', 'spurgte', 'pointerer', 'pointerede', 'rapporterer', 'rapporterede', 'fastslår', 'fastslog', 'slår fast', 'slog fast', 'hævder', 'hævdede', 'fortsætter', 'fortsatte', 'mumler', 'mumlede', 'udbryder', 'udbrød', 'foreslår', 'foreslog', 'råber', 'råbte', 'indrømmer', 'indrømmede', 'forsikrer', 'forsikrede', 'smiler', 'griner', 'erklærer', 'erklærede', 'fremhæver', 'fremhævede', 'fastholder', 'fastholdt', 'betror', 'betroede', 'hedder det', 'hed det', 'lyder det',
    // Forecasts, estimates and pointers to evidence ("…, spår økonomen", "Han anslår, at …").
    'spår', 'spåede', 'anslår', 'anslog', 'forudsiger', 'forudsagde', 'minder om', 'mindede om', 'henviser til', 'henviste til', 'peger på', 'pegede på'],
  accordingTo: ['ifølge', 'i følge'],
  complementisers: ['at'],
  // Object forms name a speaker after "ifølge" ("ifølge ham selv", "ifølge hende").
  pronouns: { han: 'm', hun: 'f', de: 'p', vi: 'p', jeg: 'n', den: 'n', det: 'n', ham: 'm', hende: 'f', dem: 'p' },
  speakerPhraseStops: ['til', 'i', 'på', 'under', 'efter', 'ved', 'om', 'onsdag', 'mandag', 'tirsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'og', 'fra', 'hos', 'for', 'med'],
  pointingSubjects: ['Det', 'Dette', 'Sådan'],
  clauseAdverbs: ['også', 'stadig', 'derfor', 'desuden', 'nu'],
  finiteAuxiliaries: ['ikke', 'er', 'var', 'har', 'havde', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør', 'burde', 'bliver', 'blev'],
  firstPerson: { singular: ['jeg', 'mig', 'min', 'mit', 'mine'], other: ['vi', 'os', 'vores', 'du', 'dig', 'I', 'jer'] },
  questionVerbs: ['spørger', 'spurgte'],
  roleNounSuffixes: ['en', 'et', 'n', 'ne'],
  organisationAnaphors: ['selskab', 'kanal', 'avis', 'parti', 'forbund', 'koncern', 'hotel', 'virksomhed', 'firma', 'organisation', 'klub', 'forening', 'bank', 'bureau', 'kæde', 'fond', 'magasin'],
};
