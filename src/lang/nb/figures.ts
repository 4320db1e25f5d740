// Norwegian Bokmål words for figures.
import type { FigureResources } from '../types.js';

export const nbFigures: FigureResources = {
  kinds: [
    { kind: 'killed', words: ['drept', 'drepte', 'døde', 'død', 'omkom', 'omkommet', 'omkomne', 'mistet livet', 'mistet livet', 'dødsofre', 'eliminert', 'liv', 'menneskeliv', 'livet', 'dødd', 'henrettet', 'drapet på', 'drap på', 'dreper', 'myrdet', 'myrdede', 'skutt i hjel', 'skutt ihjel', 'skjøt ihjel', 'skjøt i hjel', 'druknet', 'druknede', 'til døde', 'drap på'] },
    { kind: 'injured', words: ['skadd', 'skadde', 'skadet', 'såret', 'sårede', 'kom til skade', 'lettere skadd', 'alvorlig skadd'] },
    { kind: 'arrested', words: ['pågrepet', 'pågrepne', 'pågrepet', 'arrestert', 'arresterte', 'anholdt', 'anholdte', 'siktet', 'siktede', 'varetektsfengslet', 'innbrakt', 'innbrakte', 'fengslet', 'fengslede', 'pågripelser', 'arrestasjoner', 'tatt til fange', 'tok til fange'] },
    { kind: 'hospitalized', words: ['innlagt', 'innlagte', 'på sykehus', 'på sykehuset', 'på intensiv', 'sykehusinnlagt', 'fraktet til sykehus', 'til sykehus', 'til sykehuset', 'til legevakten'] },
    { kind: 'missing', words: ['savnet', 'savnede', 'savnes', 'forsvunnet'] },
    { kind: 'displaced', words: ['fordrevet', 'fordrevne', 'hjemløse', 'på flukt', 'flyktet', 'flyktninger', 'flyktningene', 'flykte', 'internflyktninger'] },
    { kind: 'evacuated', words: ['evakuert', 'evakuerte', 'evakueres', 'evakuer*'] },
    // Look-alikes that are no figure: "løpe livet av seg" (wear oneself out).
    { kind: 'other', words: ['i live', 'i livet', 'livet av seg', 'livet av meg', 'livet av oss', 'livet av dem', 'liv reddet', 'liv reddes', 'liv spart', 'savnet strøm', 'uten strøm', 'forsøkte å drepe', 'forsøk på å drepe', 'prøvde å drepe'] },
    { kind: 'deployed', words: ['utplassert', 'utplasserte', 'utsendt', 'utsendte', 'stasjonert', 'stasjonerte', 'tjenestegjorde', 'tjenestegjort', 'tjenestegjør'] },
  ],
  groups: [
    { group: 'people', words: ['personer', 'person', 'mennesker', 'menneske', 'folk', 'innbyggere', 'beboere'] },
    { group: 'protesters', words: ['demonstranter', 'demonstrant', 'aktivister', 'markeringsdeltakere'] },
    { group: 'civilians', words: ['sivile'] },
    { group: 'soldiers', words: ['soldater', 'soldat', 'tropper', 'militære', 'vernepliktige'] },
    { group: 'police', words: ['politifolk', 'polititjenestemenn', 'politibetjenter', 'politiansatte'] },
    { group: 'security forces', words: ['sikkerhetsstyrker', 'sikkerhetsfolk'] },
    { group: 'passengers', words: ['passasjerer', 'passasjer'] },
    { group: 'children', words: ['barn', 'jenter', 'gutter'] },
    { group: 'crew', words: ['besetningsmedlemmer', 'mannskap'] },
  ],
  deployVerbs: ['sette inn', 'setter inn', 'sender', 'sende', 'sendes', 'utplasserer', 'utplassere', 'stiller med', 'bidrar med', 'bidra med', 'stasjonerer', 'stasjonere', 'deployerer'],
  tolls: [
    { kind: 'killed', words: ['dødstallet', 'dødstall', 'dødsfall', 'dødsofrene', 'antall døde', 'antallet døde', 'antallet drepte'] },
    { kind: 'injured', words: ['antallet skadde'] },
  ],
  nonCountUnits: ['år', 'årig', 'årige', 'km', 'kilometer', 'meter', 'm', 'prosent', '%', 'kr.', 'kroner', 'euro', 'dollar', 'minutter', 'timer', 'dager', 'døgn', 'uker', 'måneder', 'grader', 'fly', 'biler', 'hus', 'mm', 'cm', 'tonn', 'kg', 'sekunder', 'ganger', 'poeng', 'mål', 'tilfeller', 'årene', 'dagene', 'ukene', 'månedene', 'timene', 'minuttene', 'dagers', 'døgns', 'ukers', 'timers', 'måneders', 'års', 'netter', 'netters', 'natt', // animals and blows: counts that are no casualty figure
    'hvaler', 'dyr', 'hunder', 'katter', 'kuer', 'sauer', 'griser', 'hester', 'fugler', 'elger', 'ulver', 'bjørner', 'reinsdyr', 'kalver', 'knivstikk', 'skudd', 'abonnenter', 'husstander', 'husholdninger', 'kunder', 'personbiler', 'lastebiler', 'busser', 'kjøretøy', 'båter', 'voldtekter', 'forbrytelser', 'ran', 'patruljer'],
  sourceCues: ['ifølge', 'opplyser', 'opplyste', 'sier', 'sa', 'melder', 'meldte', 'skriver', 'skrev', 'forteller', 'fortalte', 'bekrefter', 'bekreftet', 'rapporterer', 'heter det'],
};
