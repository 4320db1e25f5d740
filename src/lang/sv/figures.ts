// Swedish words for figures.
import type { FigureResources } from '../types.js';

export const svFigures: FigureResources = {
  kinds: [
    { kind: 'killed', words: ['dödad', 'dödade', 'dödats', 'döda', 'död', 'dog', 'omkom', 'omkommit', 'omkomna', 'omkommna', 'miste livet', 'mist livet', 'dödsoffer', 'liv', 'människoliv', 'livet', 'dödar', 'dödades', 'dödas', 'mördade', 'mördad', 'mördats', 'avled', 'avlidit', 'avlidna', 'avliden', 'sköt ihjäl', 'skjutits ihjäl', 'skjuten ihjäl', 'skjutna ihjäl', 'ihjälskjutna', 'dött', 'drunknade', 'drunknat', 'avrättades', 'avrättade', 'avrättats', 'avrättad', 'till döds', 'med sig i döden', 'mord på', 'morden på', 'dödat'] },
    { kind: 'injured', words: ['skadad', 'skadade', 'skadats', 'sårad', 'sårade', 'skadades', 'lättare skadade', 'svårt skadade', 'skadat', 'kom till skada'] },
    { kind: 'arrested', words: ['gripen', 'gripna', 'greps', 'gripits', 'anhållen', 'anhållna', 'anhölls', 'frihetsberövad', 'frihetsberövade', 'frihetsberövats', 'arresterad', 'arresterade', 'häktad', 'häktade', 'omhändertagna', 'omhändertogs', 'gripanden', 'fängslade', 'fängslad', 'anhållits', 'häktades', 'häktats', 'arresterats', 'arresterades', 'tillfångatagit', 'tillfångatagna', 'tagits till fånga', 'tagna till fånga', 'tog till fånga', 'gripit', 'grep', 'griper', 'anhållit', 'anhöll', 'häktat', 'kidnappade', 'kidnappats', 'kidnappad', 'bortförda'] },
    { kind: 'hospitalized', words: ['på sjukhus', 'till sjukhus', 'sjukhusvård', 'inlagd', 'inlagda', 'på intensiven', 'intensivvård', 'till sjukhuset', 'på sjukhuset', 'till sjukhusen', 'lagts in', 'läggas in', 'förts till sjukhus'] },
    { kind: 'missing', words: ['saknas', 'saknad', 'saknade', 'saknades', 'försvunna', 'försvunnen'] },
    { kind: 'displaced', words: ['fördrivna', 'hemlösa', 'på flykt', 'flytt', 'flyktingar', 'flyktingarna', 'internflyktingar'] },
    { kind: 'evacuated', words: ['evakuerad', 'evakuerade', 'evakuerats', 'evakuer*'] },
    // Look-alikes that are no figure: "hittats vid liv" (found alive).
    { kind: 'other', words: ['vid liv', 'i livet', 'livet ur sig', 'liv räddades', 'liv räddas', 'liv räddats', 'saknade ström', 'saknar ström', 'saknade el', 'saknar el', 'försökt döda', 'försökte döda', 'försöka döda', 'försök att döda', 'begärdes häktade', 'begärs häktade'] },
    { kind: 'deployed', words: ['utplacerade', 'utsända', 'stationerade'] },
  ],
  groups: [
    { group: 'people', words: ['personer', 'person', 'människor', 'människa', 'invånare', 'boende'] },
    { group: 'protesters', words: ['demonstranter', 'demonstrant', 'aktivister'] },
    { group: 'civilians', words: ['civila'] },
    { group: 'soldiers', words: ['soldater', 'soldat', 'trupper', 'militärer', 'värnpliktiga'] },
    { group: 'police', words: ['poliser', 'polis', 'polismän', 'kravallpoliser', 'polisman'] },
    { group: 'security forces', words: ['säkerhetsstyrkor'] },
    { group: 'passengers', words: ['passagerare'] },
    { group: 'children', words: ['barn', 'flickor', 'pojkar'] },
    { group: 'crew', words: ['besättningsmän', 'besättningsmedlemmar', 'sjömän', 'besättningen'] },
  ],
  deployVerbs: ['skickar', 'skicka', 'skickas', 'sänder', 'sända', 'bidrar med', 'bidra med', 'placerar', 'stationerar', 'stationera'],
  tolls: [
    { kind: 'killed', words: ['dödssiffran', 'dödstalet', 'dödsfall', 'dödsoffren', 'antalet döda', 'antalet dödade', 'antalet omkomna'] },
    { kind: 'injured', words: ['antalet skadade'] },
  ],
  nonCountUnits: ['år', 'åring', 'km', 'kilometer', 'meter', 'm', 'procent', '%', 'kr', 'kronor', 'euro', 'dollar', 'minuter', 'timmar', 'dagar', 'dygn', 'veckor', 'månader', 'grader', 'flyg', 'bilar', 'hus', 'mm', 'cm', 'ton', 'kg', 'sekunder', 'gånger', 'poäng', 'mål', 'fall', 'tillfällen', 'åren', 'dagarna', 'veckorna', 'månaderna', 'timmarna', 'minuterna', 'dagars', 'dygns', 'veckors', 'timmars', 'månaders', 'års', 'nätter', 'natt', // animals and blows: counts that are no casualty figure
    'valar', 'djur', 'viggar', 'änder', 'svanar', 'gäss', 'måsar', 'ejdrar', 'sälar', 'rådjur', 'får', 'getter', 'hundar', 'katter', 'kor', 'grisar', 'hästar', 'fåglar', 'fiskar', 'älgar', 'vargar', 'björnar', 'renar', 'kalvar', 'hugg', 'knivhugg', 'skott', 'abonnenter', 'hushåll', 'kunder', 'personbilar', 'lastbilar', 'bussar', 'fordon', 'båtar', 'fartyg', 'helikoptrar', 'flygplan', 'våldtäkter', 'brott', 'rån', 'stölder', 'anmälningar', 'patruller', 'polispatruller'],
  sourceCues: ['enligt', 'uppger', 'uppgav', 'säger', 'sa', 'sade', 'meddelar', 'meddelade', 'skriver', 'skrev', 'berättar', 'berättade', 'bekräftar', 'bekräftade', 'rapporterar'],
};
