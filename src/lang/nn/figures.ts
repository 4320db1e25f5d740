// Norwegian Nynorsk words for figures: Bokmål's, with Nynorsk forms added.
import type { FigureResources } from '../types.js';
import { nbFigures } from '../nb/figures.js';

const nynorskKindWords: Partial<Record<string, string[]>> = {
  other: ['livet av seg', 'livet av meg', 'livet av oss', 'livet av dei'],
  killed: ['drepne', 'drepen', 'døydde', 'døydd', 'omkomne', 'omkomme', 'miste livet', 'mista livet', 'avretta', 'drapet på', 'drep', 'myrda', 'myrde', 'skoten i hel', 'skotne i hel', 'skaut i hel'],
  injured: ['skadde', 'skada'],
  arrested: ['arresterte', 'pågripne', 'sikta', 'fengsla', 'teke til fange', 'tekne til fange', 'tatt til fange'],
  hospitalized: ['innlagde', 'på sjukehus', 'på sjukehuset', 'til sjukehus', 'til sjukehuset'],
  missing: ['sakna', 'saknast'],
  evacuated: ['evakuerte'],
  displaced: ['flyktningar', 'flykta', 'flykte'],
  deployed: ['tenestegjort', 'tenestegjorde'],
};

const nynorskGroupWords: Partial<Record<string, string[]>> = {
  people: ['menneske', 'innbyggjarar', 'bebuarar', 'personar'],
  protesters: ['demonstrantar', 'aktivistar'],
  soldiers: ['soldatar', 'troppar', 'militære', 'vernepliktige'],
  police: ['politifolk', 'polititenestemenn', 'politibetjentar'],
  'security forces': ['tryggingsstyrkar'],
  passengers: ['passasjerar'],
  children: ['born', 'ungar', 'gutar'],
  crew: ['mannskapet'],
};

export const nnFigures: FigureResources = {
  ...nbFigures,
  kinds: nbFigures.kinds.map((k) => ({ kind: k.kind, words: [...k.words, ...(nynorskKindWords[k.kind] ?? [])] })),
  groups: nbFigures.groups.map((g) => ({ group: g.group, words: [...g.words, ...(nynorskGroupWords[g.group] ?? [])] })),
  deployVerbs: [...nbFigures.deployVerbs, 'setje inn', 'sende', 'sender'],
  nonCountUnits: [...nbFigures.nonCountUnits, 'veker', 'dagar', 'timar', 'månader', 'gonger', 'åra', 'prosent', 'kroner', 'stykk', 'dagane', 'vekene', 'månadene', 'timane', 'tilfelle', 'kvalar', 'hundar', 'kattar', 'kyr', 'grisar', 'hestar', 'fuglar', 'elgar', 'ulvar', 'knivstikk'],
  sourceCues: [...nbFigures.sourceCues, 'ifølgje', 'i følgje', 'ifylgje', 'seier', 'opplyser', 'fortel', 'stadfestar'],
};
