// A second pass over a whole article: a word the tagger named somewhere in the text is named
// again where the tagger missed it, so "Holm Jensen" after "Mette Holm Jensen" and the genitive
// "Zelenskyjs" at a sentence start (where capitals say nothing) are still tagged.
import type { FeatureResources } from './features.js';
import { genitiveBase } from './features.js';
import { isBegin, isInside, labelId, typeOfLabel } from './labels.js';
import type { EntityType } from '../../doc/model.js';

export interface TaggedSentence {
  tokens: readonly string[];
  labels: Int32Array;
}

const isCapitalised = (form: string): boolean => form.charAt(0) !== form.charAt(0).toLowerCase();

/** Words written in lower case at least this often (in fifths) are common words, never names. */
const COMMON_WORD_SHARE = 2;

/** Lower-case name words and the type they were tagged with: every capitalised word of a person's
 * name, and single-word names of other types. Multi-word organisations and places are left out,
 * their words alone ("Dansk", "Nye") are not names. */
function namedWords(sentences: readonly TaggedSentence[]): { named: Map<string, EntityType>; personParts: Set<string> } {
  const personParts = new Set<string>();
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (word: string, type: EntityType): void => {
    const byType = votes.get(word) ?? new Map<EntityType, number>();
    byType.set(type, (byType.get(type) ?? 0) + 1);
    votes.set(word, byType);
  };
  for (const { tokens, labels } of sentences) {
    for (let i = 0; i < labels.length; i++) {
      if (!isBegin(labels[i])) continue;
      const type = typeOfLabel(labels[i]);
      let end = i + 1;
      while (end < labels.length && isInside(labels[end])) end++;
      for (let k = i; k < end; k++) {
        if (type !== 'PER' && end - i > 1) break;
        if (!isCapitalised(tokens[k]) || tokens[k].length < 2) continue;
        const lower = tokens[k].toLowerCase();
        vote(lower, type);
        if (type === 'PER' && end - i > 1) personParts.add(lower);
        const base = genitiveBase(lower);
        // "Zelenskyjs" tagged, "Zelenskyj" not yet: both forms count as the name.
        if (base !== null && k === end - 1) vote(base, type);
      }
    }
  }
  const named = new Map<string, EntityType>();
  for (const [word, byType] of votes) {
    const [best] = [...byType].sort((a, b) => b[1] - a[1]);
    named.set(word, best[0]);
  }
  return { named, personParts };
}

/** Labels with names the tagger found elsewhere in the same article filled in, and lone parts
 * of a person's full name made persons. */
export function propagateNames(sentences: readonly TaggedSentence[], resources: FeatureResources): Int32Array[] {
  const { named, personParts } = namedWords(sentences);
  return sentences.map(({ tokens, labels }) => {
    const result = Int32Array.from(labels);
    if (named.size === 0) return result;
    // A lone name that is part of a person's full name elsewhere in the article is that person
    // ("Kristerssons" after "Ulf Kristersson"), whatever type the tagger gave it here.
    for (let i = 0; i < tokens.length; i++) {
      if (!isBegin(labels[i]) || typeOfLabel(labels[i]) === 'PER' || (i + 1 < labels.length && isInside(labels[i + 1]))) continue;
      const lower = tokens[i].toLowerCase();
      const base = genitiveBase(lower);
      if (personParts.has(lower) || (base !== null && personParts.has(base))) result[i] = labelId('B-PER');
    }
    const found: (EntityType | null)[] = tokens.map((form, i) => {
      if (labels[i] !== 0 || !isCapitalised(form) || form.length < 2) return null;
      const lower = form.toLowerCase();
      if ((resources.lowerCaseShare.get(lower) ?? 0) >= COMMON_WORD_SHARE) return null;
      const base = genitiveBase(lower);
      return named.get(lower) ?? (base !== null ? named.get(base) : undefined) ?? null;
    });
    for (let i = 0; i < tokens.length; i++) {
      const type = found[i];
      if (type === null) continue;
      const continuesPerson = type === 'PER' && i > 0 && result[i - 1] !== 0 && typeOfLabel(result[i - 1]) === 'PER';
      result[i] = labelId(`${continuesPerson ? 'I' : 'B'}-${type}`);
      // A person's name picked up right before a tagged surname is one mention with it.
      if (type === 'PER' && i + 1 < tokens.length && result[i + 1] === labelId('B-PER')) result[i + 1] = labelId('I-PER');
    }
    return result;
  });
}

