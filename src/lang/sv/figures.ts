// Swedish words for figures.
import type { FigureResources } from '../types.js';

export const svFigures: FigureResources = {
  kinds: [
    { kind: 'killed', words: ['dödad', 'dödade', 'dödats', 'döda', 'död', 'dog', 'omkom', 'omkommit', 'omkomna', 'omkommna', 'miste livet', 'mist livet', 'dödsoffer', 'liv', 'människoliv', 'livet'] },
    { kind: 'injured', words: ['skadad', 'skadade', 'skadats', 'sårad', 'sårade', 'skadades', 'lättare skadade', 'svårt skadade'] },
    { kind: 'arrested', words: ['gripen', 'gripna', 'greps', 'gripits', 'anhållen', 'anhållna', 'anhölls', 'frihetsberövad', 'frihetsberövade', 'frihetsberövats', 'arresterad', 'arresterade', 'häktad', 'häktade', 'omhändertagna', 'omhändertogs', 'gripanden', 'fängslade'] },
    { kind: 'hospitalized', words: ['på sjukhus', 'till sjukhus', 'sjukhusvård', 'inlagd', 'inlagda', 'på intensiven', 'intensivvård'] },
    { kind: 'missing', words: ['saknas', 'saknad', 'saknade', 'försvunna', 'försvunnen'] },
    { kind: 'displaced', words: ['fördrivna', 'hemlösa', 'på flykt', 'flytt', 'flyktingar', 'flyktingarna'] },
    { kind: 'evacuated', words: ['evakuerad', 'evakuerade', 'evakuerats', 'evakuer*'] },
    // Look-alikes that are no figure: "hittats vid liv" (found alive).
    { kind: 'other', words: ['vid liv', 'i livet', 'livet ur sig'] },
    { kind: 'deployed', words: ['utplacerade', 'utsända', 'stationerade'] },
  ],
  groups: [
    { group: 'people', words: ['personer', 'person', 'människor', 'människa', 'invånare', 'boende'] },
    { group: 'protesters', words: ['demonstranter', 'demonstrant', 'aktivister'] },
    { group: 'civilians', words: ['civila'] },
    { group: 'soldiers', words: ['soldater', 'soldat', 'trupper', 'militärer', 'värnpliktiga'] },
    { group: 'police', words: ['poliser', 'polis', 'polismän'] },
    { group: 'security forces', words: ['säkerhetsstyrkor'] },
    { group: 'passengers', words: ['passagerare'] },
    { group: 'children', words: ['barn'] },
    { group: 'crew', words: ['besättningsmän', 'besättningsmedlemmar'] },
  ],
  deployVerbs: ['skickar', 'skicka', 'skickas', 'sänder', 'sända', 'bidrar med', 'bidra med', 'placerar', 'stationerar', 'stationera'],
  tolls: [{ kind: 'killed', words: ['dödssiffran', 'dödstalet', 'dödsfall'] }],
  nonCountUnits: ['år', 'åring', 'km', 'kilometer', 'meter', 'm', 'procent', '%', 'kr', 'kronor', 'euro', 'dollar', 'minuter', 'timmar', 'dagar', 'dygn', 'veckor', 'månader', 'grader', 'flyg', 'bilar', 'hus', 'mm', 'cm', 'ton', 'kg', 'sekunder', 'gånger', 'poäng', 'dagars', 'dygns', 'veckors', 'timmars', 'månaders', 'års', 'nätter', 'natt'],
  sourceCues: ['enligt', 'uppger', 'uppgav', 'säger', 'sa', 'sade', 'meddelar', 'meddelade', 'skriver', 'skrev', 'berättar', 'berättade', 'bekräftar', 'bekräftade', 'rapporterar'],
};
