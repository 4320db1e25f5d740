// Norwegian Nynorsk words for figures: Bokmål's, with Nynorsk forms added.
import type { FigureResources } from '../types.js';
import { nbFigures } from '../nb/figures.js';

const nynorskKindWords: Partial<Record<string, string[]>> = {
  other: ['livet av seg', 'livet av meg', 'livet av oss', 'livet av dei'],
  killed: ['drepne', 'drepen', 'døydde', 'døydd', 'omkomne', 'omkomme', 'miste livet', 'mista livet', 'avretta', 'drapet på'],
  injured: ['skadde', 'skada'],
  arrested: ['arresterte', 'pågripne', 'sikta', 'fengsla'],
  hospitalized: ['innlagde', 'på sjukehus', 'på sjukehuset'],
  missing: ['sakna', 'sakna'],
  evacuated: ['evakuerte'],
  displaced: ['flyktningar', 'flykta', 'flykte'],
  deployed: ['tenestegjort', 'tenestegjorde'],
};

export const nnFigures: FigureResources = {
  ...nbFigures,
  kinds: nbFigures.kinds.map((k) => ({ kind: k.kind, words: [...k.words, ...(nynorskKindWords[k.kind] ?? [])] })),
  groups: nbFigures.groups.map((g) => (g.group === 'people' ? { group: g.group, words: [...g.words, 'menneske', 'innbyggjarar', 'bebuarar'] } : g)),
  deployVerbs: [...nbFigures.deployVerbs, 'setje inn', 'sende', 'sender'],
  nonCountUnits: [...nbFigures.nonCountUnits, 'veker', 'dagar', 'timar', 'månader', 'gonger', 'åra', 'prosent', 'kroner', 'stykk'],
  sourceCues: [...nbFigures.sourceCues, 'ifølgje', 'i følgje', 'ifylgje', 'seier', 'opplyser', 'fortel', 'stadfestar'],
};
