// Norwegian Nynorsk words for figures: Bokmål's, with Nynorsk forms added.
import type { FigureResources } from '../types.js';
import { nbFigures } from '../nb/figures.js';

const nynorskKindWords: Partial<Record<string, string[]>> = {
  killed: ['drepne', 'døydde', 'omkomne', 'miste livet', 'mista livet'],
  injured: ['skadde', 'skada'],
  arrested: ['arresterte', 'pågripne', 'sikta'],
  hospitalized: ['innlagde', 'på sjukehus', 'på sjukehuset'],
  missing: ['sakna', 'sakna'],
  evacuated: ['evakuerte'],
};

export const nnFigures: FigureResources = {
  ...nbFigures,
  kinds: nbFigures.kinds.map((k) => ({ kind: k.kind, words: [...k.words, ...(nynorskKindWords[k.kind] ?? [])] })),
  groups: nbFigures.groups.map((g) => (g.group === 'people' ? { group: g.group, words: [...g.words, 'menneske', 'innbyggjarar', 'bebuarar'] } : g)),
  sourceCues: [...nbFigures.sourceCues, 'ifølgje', 'ifylgje', 'seier', 'opplyser', 'fortel', 'stadfestar'],
};
