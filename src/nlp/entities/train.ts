// Training: a structured averaged perceptron over first-order BIO Viterbi. Sentences annotated
// with four coarse classes (Danish, Swedish) train towards the best fine reading their coarse
// labels permit, so one model learns all seven types from all four corpora.
import type { NerSentence } from './corpora.js';
import { viterbi } from './decode.js';
import { FeatureTable } from './feature-table.js';
import { WORD_IDENTITY_TEMPLATES, sentenceFeatures } from './features.js';
import { LABEL_COUNT, fineLabelsOfCoarse, labelId } from './labels.js';
import type { NerModel, ShippedResources } from './model.js';
import { buildLowerCaseShare, buildNameLexicon, buildNamePhrases } from './resources.js';
import { seededRandom } from '../seeded-random.js';

export interface TrainOptions {
  epochs: number;
  /** Features seen fewer times than this in training are dropped (smaller model, less noise). */
  minFeatureCount: number;
  /** How many times each sentence of a language is shown per epoch (small corpora weigh more). */
  repeats: Partial<Record<string, number>>;
  /** Folds for the name lexicon and case habits: a sentence's lexicon features come from the
   * other folds, so they are as unreliable in training as on unseen text. */
  lexiconFolds: number;
  /** Chance that a word-identity feature is hidden in one training pass over a sentence. */
  wordDropout: number;
  /** Loss added to every wrong label while decoding in training: the model must beat the
   * gold by this margin, not just tie it, which generalises better to unseen names. */
  margin: number;
  seed: number;
  /** Called after each epoch with the averaged model so far; returns a score to keep the best. */
  onEpoch?: (epoch: number, model: NerModel) => number;
}

export const defaultTrainOptions: TrainOptions = {
  epochs: 12,
  minFeatureCount: 2,
  repeats: { da: 3 },
  lexiconFolds: 5,
  wordDropout: 0.5,
  margin: 5,
  seed: 1,
};

interface EncodedSentence {
  /** Feature ids of all tokens, token i's in ids[offsets[i] .. offsets[i + 1]). */
  ids: Int32Array;
  offsets: Int32Array;
  length: number;
  /** Gold label per token for finely annotated sentences. */
  gold: Int32Array | null;
  /** Permitted fine labels per token for coarsely annotated ones. */
  permitted: number[][] | null;
}


/** Fold of a sentence: blocks of consecutive sentences, as names repeat within a text. */
const foldOf = (index: number, folds: number): number => Math.floor(index / 50) % folds;

/** Unlabeled text beyond the training sentences, for rebuilding per-fold resources. */
export interface FoldText {
  cased: readonly (readonly string[])[];
  lowerCased: readonly (readonly string[])[];
}

/** Trains on `sentences`. Each fold's case habits (and, with `foldClusters`, word clusters) are
 * rebuilt from `otherText` plus the other folds, like the name lexicon, so names seen in one
 * block of training text only look as unfamiliar in training as new names do later. */
export function trainTagger(
  sentences: readonly NerSentence[],
  resources: ShippedResources,
  options: TrainOptions,
  otherText: FoldText = { cased: [], lowerCased: [] },
  foldClusters?: (text: Iterable<readonly string[]>) => Map<string, string>,
): NerModel {
  const L = LABEL_COUNT;
  const foldResources: ShippedResources[] = [];
  for (let fold = 0; fold < options.lexiconFolds; fold++) {
    const others = sentences.filter((_, index) => foldOf(index, options.lexiconFolds) !== fold);
    foldResources.push({
      ...resources,
      nameLexicon: buildNameLexicon(others),
      namePhrases: resources.namePhrases.size === 0 ? resources.namePhrases : buildNamePhrases(others),
      lowerCaseShare: buildLowerCaseShare([...others.map((sentence) => sentence.tokens), ...otherText.cased]),
      clusters:
        foldClusters === undefined
          ? resources.clusters
          : foldClusters([...others.map((sentence) => sentence.tokens), ...otherText.cased, ...otherText.lowerCased]),
    });
  }
  const hashed = sentences.map((sentence, index) =>
    sentenceFeatures(sentence.tokens, sentence.lang, foldResources[foldOf(index, options.lexiconFolds)]),
  );
  // Count every key, then keep the frequent ones in a fresh table so rows are dense.
  const seen = new FeatureTable(1 << 20);
  let counts = new Int32Array(1 << 20);
  for (const features of hashed) {
    for (let k = 0; k < features.length; k++) {
      const row = seen.insert(features.keysA[k], features.keysB[k]);
      if (row >= counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
      counts[row]++;
    }
  }
  const table = new FeatureTable(seen.size);
  for (let row = 0; row < seen.size; row++) {
    if (counts[row] >= options.minFeatureCount) table.insert(seen.keysA[row], seen.keysB[row]);
  }
  const droppable = new Uint8Array(Math.max(table.size, 1));
  const identityTemplates = new Set(WORD_IDENTITY_TEMPLATES);

  const encoded: EncodedSentence[] = sentences.map((sentence, index) => {
    const features = hashed[index];
    const ids: number[] = [];
    const offsets = [0];
    for (let i = 0; i < sentence.tokens.length; i++) {
      for (let k = features.offsets[i]; k < features.offsets[i + 1]; k++) {
        const id = table.get(features.keysA[k], features.keysB[k]);
        if (id < 0) continue;
        ids.push(id);
        if (identityTemplates.has(features.templates[k])) droppable[id] = 1;
      }
      offsets.push(ids.length);
    }
    return {
      ids: Int32Array.from(ids),
      offsets: Int32Array.from(offsets),
      length: sentence.tokens.length,
      gold: sentence.coarse ? null : Int32Array.from(sentence.labels.map(labelId)),
      permitted: sentence.coarse ? sentence.labels.map((label) => [...fineLabelsOfCoarse(label)]) : null,
    };
  });
  hashed.length = 0;

  const F = table.size;
  const weights = new Float32Array(F * L);
  const weightSums = new Float64Array(F * L);
  const transitions = new Float64Array((L + 1) * L);
  const transitionSums = new Float64Array((L + 1) * L);
  let step = 1;

  const emissionsOf = (sentence: EncodedSentence, hidden: Uint8Array): Float64Array => {
    const emissions = new Float64Array(sentence.length * L);
    for (let i = 0; i < sentence.length; i++) {
      for (let k = sentence.offsets[i]; k < sentence.offsets[i + 1]; k++) {
        if (hidden[k] === 1) continue;
        const offset = sentence.ids[k] * L;
        for (let label = 0; label < L; label++) emissions[i * L + label] += weights[offset + label];
      }
    }
    return emissions;
  };

  const averaged = (): NerModel => {
    const averageWeights = new Float32Array(F * L);
    for (let i = 0; i < F * L; i++) averageWeights[i] = weights[i] - weightSums[i] / step;
    const averageTransitions = new Float32Array((L + 1) * L);
    for (let i = 0; i < averageTransitions.length; i++) averageTransitions[i] = transitions[i] - transitionSums[i] / step;
    return { features: table, weights: averageWeights, transitions: averageTransitions, resources, training: {} };
  };

  const order: number[] = [];
  sentences.forEach((sentence, index) => {
    for (let r = 0; r < (options.repeats[sentence.lang] ?? 1); r++) order.push(index);
  });
  const random = seededRandom(options.seed);
  let best: { score: number; model: NerModel } | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const index of order) {
      const sentence = encoded[index];
      const hidden = new Uint8Array(sentence.ids.length);
      if (options.wordDropout > 0) {
        for (let k = 0; k < hidden.length; k++) {
          if (droppable[sentence.ids[k]] === 1 && random() < options.wordDropout) hidden[k] = 1;
        }
      }
      const emissions = emissionsOf(sentence, hidden);
      const gold = sentence.gold ?? viterbi(emissions, sentence.length, transitions, sentence.permitted ?? undefined);
      if (options.margin > 0) {
        for (let i = 0; i < sentence.length; i++) {
          for (let label = 0; label < L; label++) if (label !== gold[i]) emissions[i * L + label] += options.margin;
        }
      }
      const predicted = viterbi(emissions, sentence.length, transitions);
      let differs = false;
      for (let i = 0; i < sentence.length; i++) if (predicted[i] !== gold[i]) differs = true;
      if (differs) {
        for (let i = 0; i < sentence.length; i++) {
          const right = gold[i];
          const wrong = predicted[i];
          if (right !== wrong) {
            for (let k = sentence.offsets[i]; k < sentence.offsets[i + 1]; k++) {
              if (hidden[k] === 1) continue;
              const offset = sentence.ids[k] * L;
              weights[offset + right] += 1;
              weightSums[offset + right] += step;
              weights[offset + wrong] -= 1;
              weightSums[offset + wrong] -= step;
            }
          }
          const rightPrevious = i === 0 ? 0 : gold[i - 1] + 1;
          const wrongPrevious = i === 0 ? 0 : predicted[i - 1] + 1;
          if (rightPrevious !== wrongPrevious || right !== wrong) {
            transitions[rightPrevious * L + right] += 1;
            transitionSums[rightPrevious * L + right] += step;
            transitions[wrongPrevious * L + wrong] -= 1;
            transitionSums[wrongPrevious * L + wrong] -= step;
          }
        }
      }
      step++;
    }
    if (options.onEpoch !== undefined) {
      const model = averaged();
      const score = options.onEpoch(epoch, model);
      if (best === null || score > best.score) best = { score, model };
    }
  }
  return best?.model ?? averaged();
}
