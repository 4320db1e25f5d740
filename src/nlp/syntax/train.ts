// Trains the role tagger: an averaged perceptron over the features of features.ts, decoded greedily
// left to right as it will run, so training sees its own earlier mistakes in the history features.
import { historyFeatures, sentenceRoleFeatures, subjectAmong, type LexiconEntry } from './features.js';
import { ROLE_LABELS } from './labels.js';
import type { RoleSentence } from './ndt.js';
import { seededRandom } from '../seeded-random.js';

export interface RoleTrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped (they only memorise). */
  minFeatureCount: number;
  /** Words seen fewer times than this are left out of the lexicon, so training meets unknown words as tagging will. */
  minLexiconCount: number;
}

export const defaultRoleTrainOptions: RoleTrainOptions = { epochs: 6, seed: 13, minFeatureCount: 2, minLexiconCount: 2 };

export interface TrainedRoles {
  features: string[];
  weights: Float32Array;
  lexicon: Map<string, LexiconEntry>;
}

/** Each word's most frequent tag and its two most frequent tags, for words seen often enough. */
export function buildLexicon(sentences: readonly RoleSentence[], minCount: number): Map<string, LexiconEntry> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    s.forms.forEach((form, i) => {
      const word = form.toLowerCase();
      let tags = counts.get(word);
      if (!tags) counts.set(word, (tags = new Map()));
      tags.set(s.tags[i], (tags.get(s.tags[i]) ?? 0) + 1);
    });
  }
  const lexicon = new Map<string, LexiconEntry>();
  for (const [word, tags] of counts) {
    const ranked = [...tags].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const total = ranked.reduce((sum, [, n]) => sum + n, 0);
    if (total < minCount) continue;
    // A second tag counts when it is more than a stray annotation.
    const second = ranked[1] && ranked[1][1] >= Math.max(2, total * 0.05) ? ranked[1][0] : null;
    lexicon.set(word, { tag: ranked[0][0], ambiguity: second ? [ranked[0][0], second].sort().join('/') : ranked[0][0] });
  }
  return lexicon;
}


export function trainRoleTagger(sentences: readonly RoleSentence[], options: RoleTrainOptions = defaultRoleTrainOptions, log: (line: string) => void = () => {}): TrainedRoles {
  const L = ROLE_LABELS.length;
  const lexicon = buildLexicon(sentences, options.minLexiconCount);
  const counts = new Map<string, number>();
  for (const s of sentences) for (const token of sentenceRoleFeatures(s.forms, lexicon).features) for (const f of token) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  const names: string[] = [];
  const intern = (f: string): number => {
    let id = index.get(f);
    if (id === undefined) {
      id = names.length;
      index.set(f, id);
      names.push(f);
    }
    return id;
  };
  for (const [f, n] of counts) if (n >= options.minFeatureCount) intern(f);
  counts.clear();
  const encoded = sentences.map((s) => {
    const { features, tags, clauseStarts } = sentenceRoleFeatures(s.forms, lexicon);
    return { ids: features.map((token) => Int32Array.from(token.flatMap((f) => { const id = index.get(f); return id === undefined ? [] : [id]; }))), tags, clauseStarts, gold: s.roles.map((r) => ROLE_LABELS.indexOf(r)) };
  });
  log(`${sentences.length} sentences, ${names.length} features, lexicon ${lexicon.size} words`);

  let weights = new Float32Array(0);
  let accumulated = new Float64Array(0);
  const ensure = (): void => {
    if (weights.length >= names.length * L) return;
    const size = Math.max(names.length * L, Math.ceil(weights.length * 1.5));
    const w = new Float32Array(size);
    w.set(weights);
    const a = new Float64Array(size);
    a.set(accumulated);
    weights = w;
    accumulated = a;
  };
  ensure();
  let step = 1;
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  const scores = new Float64Array(L);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let correct = 0;
    let total = 0;
    for (const at of order) {
      const { ids, tags, clauseStarts, gold } = encoded[at];
      const predicted: number[] = [];
      const predictedRoles: string[] = [];
      for (let i = 0; i < ids.length; i++) {
        const history = historyFeatures(predicted[i - 1] === undefined ? '<s>' : ROLE_LABELS[predicted[i - 1]], predicted[i - 2] === undefined ? '<s>' : ROLE_LABELS[predicted[i - 2]], tags[i], subjectAmong(predictedRoles, clauseStarts[i], i)).map(intern);
        ensure();
        const all = [...ids[i], ...history];
        scores.fill(0);
        for (const id of all) for (let l = 0; l < L; l++) scores[l] += weights[id * L + l];
        let best = 0;
        for (let l = 1; l < L; l++) if (scores[l] > scores[best]) best = l;
        if (best !== gold[i]) {
          for (const id of all) {
            weights[id * L + gold[i]] += 1;
            accumulated[id * L + gold[i]] += step;
            weights[id * L + best] -= 1;
            accumulated[id * L + best] -= step;
          }
        } else correct++;
        total++;
        predicted.push(best);
        predictedRoles.push(ROLE_LABELS[best]);
        step++;
      }
    }
    log(`epoch ${epoch + 1}: train accuracy ${(correct / total).toFixed(4)}`);
  }
  const averaged = new Float32Array(names.length * L);
  for (let i = 0; i < averaged.length; i++) averaged[i] = weights[i] - accumulated[i] / step;
  return { features: names, weights: averaged, lexicon };
}
