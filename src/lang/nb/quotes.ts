// How Norwegian Bokmål marks and attributes speech.
import type { QuoteResources } from '../types.js';

export const nbQuotes: QuoteResources = {
  reportingVerbs: ['kritiserer', 'kritiserte', 'sier', 'sa', 'sa', 'forteller', 'fortalte', 'mener', 'mente', 'legger til', 'la til', 'understreker', 'understreket', 'opplyser', 'opplyste', 'uttaler', 'uttalte', 'skriver', 'skrev', 'forklarer', 'forklarte', 'påpeker', 'påpekte', 'advarer', 'advarte', 'lover', 'lovet', 'svarer', 'svarte', 'melder', 'meldte', 'bekrefter', 'bekreftet', 'tvitrer', 'tvitret', 'heter det', 'het det', 'spør', 'spurte', 'undrer', 'undret', 'hevder', 'hevdet', 'påstår', 'påsto', 'innrømmer', 'innrømmet', 'hvisker', 'hvisket', 'freser', 'freste', 'utdyper', 'utdypet', 'kommenterer', 'kommenterte', 'avslutter', 'avsluttet', 'konstaterer', 'konstaterte', 'fastslår', 'fastslo', 'slår fast', 'slo fast', 'roper', 'ropte', 'fortsetter', 'fortsatte', 'presiserer', 'presiserte', 'poengterer', 'poengterte', 'erkjenner', 'erkjente', 'forsikrer', 'forsikret', 'sukker', 'sukket', 'ler', 'lo', 'smiler', 'avslører', 'avslørte', 'spøker', 'spøkte', 'medgir', 'medga', 'vedgår', 'vedgikk',
    // Objections and retorts in dialogue ("…, innvender Linda", "…, belærer Nore oss").
    'innvender', 'innvendte', 'protesterer', 'protesterte', 'parerer', 'parerte', 'repliserer', 'repliserte', 'belærer', 'belærte',
    // Forecasts, estimates and pointers to evidence report a source's words as news writes them
    // ("…, spår Nordeas sjeføkonom Steinar Juel", "Han anslår at …", "Han viser til at …").
    'spår', 'spådde', 'anslår', 'anslo', 'framholder', 'framholdt', 'fremholder', 'fremholdt', 'minner om', 'minnet om', 'viser til', 'viste til', 'peker på', 'pekte på'],
  // Found closing dash quotes in NDT (", VERB Name." where VERB was no cue yet); thought verbs only
  // attribute: "…, tror Avløyp" is his, "Han tror at …" is no reported speech by the gold's rules.
  attributionOnlyVerbs: ['bemerker', 'bemerket', 'erklærer', 'erklærte', 'kontrer', 'kontret', 'insisterer', 'insisterte', 'oppsummerer', 'oppsummerte', 'flirer', 'flirte',
    'skryter', 'skrøt', 'jubler', 'jublet', 'humrer', 'humret', 'nikker', 'nikket', 'gliser', 'gliste', 'smilte', 'stønner', 'stønnet', 'konkluderer', 'konkluderte',
    'spekulerer', 'spekulerte', 'reflekterer', 'reflekterte', 'oppfordrer', 'oppfordret', 'informerer', 'informerte', 'tror', 'trodde', 'synes', 'syntes', 'tenker', 'tenkte',
    'minnes', 'mintes', 'husker', 'husket', 'synger', 'sang'],
  reporterMeetings: ['treffer vi', 'vi treffer', 'traff vi', 'vi traff', 'møter vi', 'vi møter', 'møtte vi', 'vi møtte', 'ringer vi', 'vi ringer', 'ringte vi', 'vi ringte',
    'besøker vi', 'vi besøker', 'snakker vi med', 'vi snakker med', 'snakket vi med', 'vi snakket med', 'spør vi', 'vi spør'],
  accordingTo: ['ifølge'],
  complementisers: ['at'],
  // Object forms name a speaker after "ifølge" ("ifølge ham selv", "ifølge henne").
  pronouns: { han: 'm', hun: 'f', de: 'p', vi: 'p', jeg: 'n', den: 'n', det: 'n', ham: 'm', henne: 'f', dem: 'p' },
  speakerPhraseStops: ['til', 'i', 'på', 'under', 'etter', 'ved', 'om', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'og', 'fra', 'hos', 'for', 'med'],
  pointingSubjects: ['Det', 'Dette', 'Slik'],
  clauseAdverbs: ['også', 'likevel', 'fortsatt', 'derfor', 'dessuten', 'nå'],
  finiteAuxiliaries: ['ikke', 'er', 'var', 'har', 'hadde', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør', 'burde', 'blir', 'ble'],
  firstPerson: { singular: ['jeg', 'meg', 'min', 'mitt', 'mine'], other: ['vi', 'oss', 'vår', 'vårt', 'våre', 'du', 'deg', 'dere'] },
  questionVerbs: ['spør', 'spurte', 'undrer', 'undret'],
  roleNounSynonyms: { statsråd: ['minister'], regjeringssjef: ['statsminister'] },
  institutionNouns: ['politiet', 'kommunen', 'regjeringen', 'departementet', 'direktoratet', 'tilsynet', 'retten', 'styret', 'selskapet', 'forbundet', 'sykehuset', 'universitetet', 'konsernet', 'forsvaret', 'påtalemyndigheten', 'fylkesmannen'],
  roleNounSuffixes: ['en', 'a', 'et', 'ne', 'n'],
  organisationAnaphors: ['selskap', 'kanal', 'avis', 'parti', 'forbund', 'konsern', 'hotell', 'bedrift', 'firma', 'organisasjon', 'klubb', 'forening', 'bank', 'byrå', 'kjede', 'stiftelse', 'foretak', 'nettsted', 'magasin', 'tidsskrift'],
};
