// Norwegian Bokmål words for figures.
import type { FigureResources } from '../types.js';

export const nbFigures: FigureResources = {
  kinds: [
    { kind: 'killed', words: ['drept', 'drepte', 'døde', 'død', 'omkom', 'omkommet', 'omkomne', 'mistet livet', 'mistet livet', 'dødsofre', 'eliminert', 'liv', 'menneskeliv', 'livet'] },
    { kind: 'injured', words: ['skadd', 'skadde', 'skadet', 'såret', 'sårede', 'kom til skade', 'lettere skadd', 'alvorlig skadd'] },
    { kind: 'arrested', words: ['pågrepet', 'pågrepne', 'pågrepet', 'arrestert', 'arresterte', 'anholdt', 'anholdte', 'siktet', 'siktede', 'varetektsfengslet', 'innbrakt', 'innbrakte'] },
    { kind: 'hospitalized', words: ['innlagt', 'innlagte', 'på sykehus', 'på sykehuset', 'på intensiv', 'sykehusinnlagt', 'fraktet til sykehus'] },
    { kind: 'missing', words: ['savnet', 'savnede', 'forsvunnet'] },
    { kind: 'displaced', words: ['fordrevet', 'fordrevne', 'hjemløse', 'på flukt', 'flyktet'] },
    { kind: 'evacuated', words: ['evakuert', 'evakuerte', 'evakueres', 'evakuer*'] },
    { kind: 'deployed', words: ['utplassert', 'utplasserte', 'utsendt', 'utsendte', 'stasjonert', 'stasjonerte'] },
  ],
  groups: [
    { group: 'people', words: ['personer', 'person', 'mennesker', 'menneske', 'folk', 'innbyggere', 'beboere'] },
    { group: 'protesters', words: ['demonstranter', 'demonstrant', 'aktivister', 'markeringsdeltakere'] },
    { group: 'civilians', words: ['sivile'] },
    { group: 'soldiers', words: ['soldater', 'soldat', 'tropper', 'militære', 'vernepliktige'] },
    { group: 'police', words: ['politifolk', 'polititjenestemenn', 'politibetjenter', 'politiansatte'] },
    { group: 'security forces', words: ['sikkerhetsstyrker', 'sikkerhetsfolk'] },
    { group: 'passengers', words: ['passasjerer', 'passasjer'] },
    { group: 'children', words: ['barn'] },
    { group: 'crew', words: ['besetningsmedlemmer', 'mannskap'] },
  ],
  deployVerbs: ['sender', 'sende', 'sendes', 'utplasserer', 'utplassere', 'stiller med', 'bidrar med', 'bidra med', 'stasjonerer', 'stasjonere', 'deployerer'],
  tolls: [{ kind: 'killed', words: ['dødstallet', 'dødstall', 'dødsfall'] }],
  nonCountUnits: ['år', 'årig', 'årige', 'km', 'kilometer', 'meter', 'm', 'prosent', '%', 'kr.', 'kroner', 'euro', 'dollar', 'minutter', 'timer', 'dager', 'døgn', 'uker', 'måneder', 'grader', 'fly', 'biler', 'hus', 'mm', 'cm', 'tonn', 'kg', 'sekunder', 'ganger', 'poeng'],
  sourceCues: ['ifølge', 'opplyser', 'opplyste', 'sier', 'sa', 'melder', 'meldte', 'skriver', 'skrev', 'forteller', 'fortalte', 'bekrefter', 'bekreftet', 'rapporterer', 'heter det'],
};
