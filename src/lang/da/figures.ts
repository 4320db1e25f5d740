// Danish words for figures: what happened to how many of whom, and who said so.
import type { FigureResources } from '../types.js';

export const daFigures: FigureResources = {
  kinds: [
    { kind: 'killed', words: ['dræbt', 'dræbte', 'døde', 'død', 'omkom', 'omkommet', 'omkomne', 'mistet livet', 'mistede livet', 'dødsofre', 'dræbes', 'dræbtes', 'liv', 'menneskeliv', 'livet', 'henrettet', 'drabet på', 'dræber', 'myrdet', 'myrdede', 'skudt ihjel', 'skød ihjel', 'afgik ved døden', 'afgået ved døden', 'druknet', 'druknede', 'til døde'] },
    { kind: 'injured', words: ['såret', 'sårede', 'kvæstet', 'kvæstede', 'skadet', 'skadede', 'tilskadekomne', 'kom til skade'] },
    { kind: 'arrested', words: ['anholdt', 'anholdte', 'anholdes', 'arresteret', 'arresterede', 'varetægtsfængslet', 'varetægtsfængslede', 'sigtet', 'sigtede', 'tilbageholdt', 'fængslet', 'fængslede', 'anholdelser', 'arrestationer', 'taget til fange', 'tog til fange'] },
    { kind: 'hospitalized', words: ['indlagt', 'indlagte', 'på hospitalet', 'på sygehuset', 'på intensiv', 'hospitalsindlagt', 'bragt på hospitalet', 'til hospitalet', 'på hospital', 'på sygehus', 'til sygehuset', 'på skadestuen', 'til skadestuen'] },
    { kind: 'missing', words: ['savnet', 'savnede', 'savnes', 'forsvundet', 'forsvundne'] },
    { kind: 'displaced', words: ['fordrevet', 'fordrevne', 'hjemløse', 'på flugt', 'flygtet', 'flygtninge', 'flygtningene'] },
    { kind: 'evacuated', words: ['evakueret', 'evakuerede', 'evakueres', 'evakuer*'] },
    // Look-alikes that are no figure: "løbe livet af sig" (wear oneself out).
    { kind: 'other', words: ['i live', 'i livet', 'livet af sig', 'livet af mig', 'livet af os', 'livet af dem', 'liv reddet', 'liv reddes', 'uden strøm', 'forsøgte at dræbe', 'forsøg på at dræbe'] },
    { kind: 'deployed', words: ['udsendt', 'udsendte', 'udstationeret', 'udstationerede'] },
  ],
  groups: [
    { group: 'people', words: ['personer', 'person', 'mennesker', 'menneske', 'folk', 'borgere', 'beboere', 'indbyggere'] },
    { group: 'protesters', words: ['demonstranter', 'demonstrant', 'aktivister', 'protesterende'] },
    { group: 'civilians', words: ['civile'] },
    { group: 'soldiers', words: ['soldater', 'soldat', 'tropper', 'militærfolk', 'værnepligtige'] },
    { group: 'police', words: ['politifolk', 'politibetjente', 'betjente', 'politibetjent'] },
    { group: 'security forces', words: ['sikkerhedsstyrker', 'sikkerhedsfolk'] },
    { group: 'passengers', words: ['passagerer', 'passager'] },
    { group: 'children', words: ['børn', 'barn', 'piger', 'drenge'] },
    { group: 'crew', words: ['besætningsmedlemmer', 'besætning'] },
    { group: 'residents', words: ['husstande', 'familier'] },
  ],
  deployVerbs: ['sætter ind', 'sætte ind', 'sender', 'sende', 'sendes', 'udsender', 'udsende', 'udstationerer', 'udstationere', 'stiller med', 'bidrager med', 'bidrage med', 'deployerer', 'indsætter', 'indsættes'],
  tolls: [
    { kind: 'killed', words: ['dødstallet', 'dødstal', 'dødsfald', 'dødstallene', 'dødsofrene', 'antallet af dræbte', 'antallet af døde'] },
    { kind: 'injured', words: ['antallet af sårede'] },
  ],
  nonCountUnits: ['år', 'årig', 'årige', 'km', 'kilometer', 'meter', 'm', 'procent', 'pct.', 'pct', '%', 'kr.', 'kroner', 'euro', 'dollar', 'mio.', 'minutter', 'timer', 'dage', 'døgn', 'uger', 'måneder', 'grader', 'fly', 'biler', 'huse', 'mm', 'cm', 'ton', 'kg', 'sekunder', 'gange', 'point', 'mål', 'tilfælde', 'årene', 'dagene', 'ugerne', 'månederne', 'timerne', 'minutterne', 'dages', 'døgns', 'ugers', 'timers', 'måneders', 'års', 'nætter', 'nætters', 'nat', // animals and blows: counts that are no casualty figure
    'hvaler', 'dyr', 'hunde', 'katte', 'køer', 'får', 'grise', 'heste', 'fugle', 'ulve', 'kalve', 'knivstik', 'skud', 'abonnenter', 'husholdninger', 'kunder', 'personbiler', 'lastbiler', 'busser', 'køretøjer', 'både', 'voldtægter', 'forbrydelser', 'røverier', 'patruljer'],
  sourceCues: ['ifølge', 'oplyser', 'oplyste', 'siger', 'sagde', 'meddeler', 'meddelte', 'skriver', 'skrev', 'fortæller', 'fortalte', 'melder', 'meldte', 'bekræfter', 'bekræftede', 'rapporterer', 'lyder det fra'],
};
