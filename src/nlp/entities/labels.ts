// The tag set of the tagger: BIO over our seven entity types, the mapping from each corpus's own
// labels onto them, and the 4-class collapse (PER/LOC/ORG/MISC) that ScandiNER reports.
import type { EntityType } from '../../doc/model.js';

export const ENTITY_TYPES_IN_ORDER: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'GPE', 'EVT', 'PROD', 'MISC'];

/** Label 0 is O; label 1 + 2k is B-type k, 2 + 2k is I-type k. */
export const LABELS: readonly string[] = [
  'O',
  ...ENTITY_TYPES_IN_ORDER.flatMap((type) => [`B-${type}`, `I-${type}`]),
];
export const LABEL_COUNT = LABELS.length;

const labelIndex = new Map(LABELS.map((label, index) => [label, index]));

export function labelId(label: string): number {
  const id = labelIndex.get(label);
  if (id === undefined) throw new Error(`unknown NER label "${label}"`);
  return id;
}

export const isBegin = (label: number): boolean => label > 0 && label % 2 === 1;
export const isInside = (label: number): boolean => label > 0 && label % 2 === 0;
export const typeOfLabel = (label: number): EntityType => ENTITY_TYPES_IN_ORDER[(label - 1) >> 1];

/** NorNE's nine types onto ours: a GPE in its locative sense is a GPE, in its organisational
 * sense an ORG (the government acting), and words derived from names (DRV) are MISC. */
export const NORNE_TYPE_MAP: Readonly<Record<string, EntityType>> = {
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  GPE_LOC: 'GPE',
  GPE_ORG: 'ORG',
  GPE: 'GPE',
  EVT: 'EVT',
  PROD: 'PROD',
  DRV: 'MISC',
  MISC: 'MISC',
};

export type CoarseType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** The ScandiNER collapse: places of either kind are LOC, events and products MISC. */
export const COARSE_TYPE: Readonly<Record<EntityType, CoarseType>> = {
  PER: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  GPE: 'LOC',
  EVT: 'MISC',
  PROD: 'MISC',
  MISC: 'MISC',
};

/** Fine labels a coarse gold label stands for: Danish and Swedish LOC may be our LOC or GPE,
 * their MISC our EVT, PROD or MISC. Training on those corpora picks the best fine label inside it. */
export function fineLabelsOfCoarse(label: string): readonly number[] {
  if (label === 'O') return [0];
  const [prefix, type] = label.split('-');
  const types: readonly EntityType[] =
    type === 'LOC' ? ['LOC', 'GPE'] : type === 'MISC' ? ['EVT', 'PROD', 'MISC'] : [type as EntityType];
  return types.map((fine) => labelId(`${prefix}-${fine}`));
}

/** Whether label `next` may follow label `previous` (-1 = sentence start) under BIO. */
export function allowedTransition(previous: number, next: number): boolean {
  if (!isInside(next)) return true;
  return previous > 0 && typeOfLabel(previous) === typeOfLabel(next);
}
