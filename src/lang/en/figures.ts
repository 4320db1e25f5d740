// English words for figures.
import type { FigureResources } from '../types.js';

export const enFigures: FigureResources = {
  kinds: [
    { kind: 'killed', words: ['killed', 'dead', 'died', 'deaths', 'lost their lives', 'fatalities', 'lives', 'perished', 'slain', 'executed', 'murdered', 'kills'] },
    { kind: 'injured', words: ['injured', 'wounded', 'hurt', 'injuries'] },
    { kind: 'arrested', words: ['arrested', 'detained', 'arrests', 'detentions', 'taken into custody', 'jailed', 'imprisoned', 'taken prisoner', 'captured'] },
    { kind: 'hospitalized', words: ['hospitalised', 'hospitalized', 'in hospital', 'to hospital', 'in intensive care', 'being treated', 'treated in hospital'] },
    { kind: 'missing', words: ['missing', 'unaccounted for'] },
    // Look-alikes that are no figure: "lives saved", "homes without power".
    { kind: 'other', words: ['lives saved', 'lives were saved', 'without power', 'missing out'] },
    { kind: 'displaced', words: ['displaced', 'homeless', 'fled', 'flee', 'refugees'] },
    { kind: 'evacuated', words: ['evacuated', 'evacuees'] },
    { kind: 'deployed', words: ['deployed', 'stationed'] },
  ],
  groups: [
    { group: 'people', words: ['people', 'persons', 'person', 'residents', 'inhabitants'] },
    { group: 'protesters', words: ['protesters', 'demonstrators', 'activists'] },
    { group: 'civilians', words: ['civilians'] },
    { group: 'soldiers', words: ['soldiers', 'troops', 'servicemen', 'service members'] },
    { group: 'police', words: ['police officers', 'officers', 'policemen'] },
    { group: 'security forces', words: ['security forces'] },
    { group: 'passengers', words: ['passengers'] },
    { group: 'children', words: ['children', 'girls', 'boys'] },
    { group: 'crew', words: ['crew members', 'crew'] },
  ],
  deployVerbs: ['send', 'sends', 'sending', 'deploy', 'deploys', 'contribute', 'contributes', 'provide', 'station'],
  tolls: [{ kind: 'killed', words: ['death toll', 'toll'] }],
  nonCountUnits: ['years', 'year', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'percent', 'per cent', '%', 'euros', 'dollars', 'minutes', 'hours', 'days', 'weeks', 'months', 'degrees', 'aircraft', 'planes', 'cars', 'houses', 'tonnes', 'times', 'points', 'goals', 'occasions', 'cases', // animals and blows: counts that are no casualty figure
    'whales', 'animals', 'dogs', 'cats', 'cows', 'sheep', 'pigs', 'horses', 'birds', 'wolves', 'bears', 'cattle', 'horse', 'dog', 'cat', 'shots', 'stab wounds'],
  sourceCues: ['according to', 'said', 'says', 'told', 'reported', 'reports', 'confirmed', 'announced'],
};
