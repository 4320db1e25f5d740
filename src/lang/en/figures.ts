// English words for figures.
import type { FigureResources } from '../types.js';

export const enFigures: FigureResources = {
  kinds: [
    { kind: 'killed', words: ['killed', 'dead', 'died', 'deaths', 'lost their lives', 'fatalities', 'lives', 'perished', 'slain', 'executed'] },
    { kind: 'injured', words: ['injured', 'wounded', 'hurt', 'injuries'] },
    { kind: 'arrested', words: ['arrested', 'detained', 'arrests', 'detentions', 'taken into custody', 'held'] },
    { kind: 'hospitalized', words: ['hospitalised', 'hospitalized', 'in hospital', 'to hospital', 'in intensive care'] },
    { kind: 'missing', words: ['missing', 'unaccounted for'] },
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
    { group: 'children', words: ['children'] },
    { group: 'crew', words: ['crew members', 'crew'] },
  ],
  deployVerbs: ['send', 'sends', 'sending', 'deploy', 'deploys', 'contribute', 'contributes', 'provide', 'station'],
  tolls: [{ kind: 'killed', words: ['death toll', 'toll'] }],
  nonCountUnits: ['years', 'year', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'percent', 'per cent', '%', 'euros', 'dollars', 'minutes', 'hours', 'days', 'weeks', 'months', 'degrees', 'aircraft', 'planes', 'cars', 'houses', 'tonnes', 'times', 'points'],
  sourceCues: ['according to', 'said', 'says', 'told', 'reported', 'reports', 'confirmed', 'announced'],
};
