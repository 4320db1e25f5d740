// Training of the Nordic language model: multinomial logistic regression over hashed features,
// fitted by AdaGrad, quantised to int8, then calibrated with one temperature on held-out text.
import type { LabelledSentence } from './corpora.js';
import { countNormalizedWords, createFeatureBuffer, extractFeatures, normalizeForLangid, type FeatureConfig } from './features.js';
import { lexiconView, type PackedLexicon } from './lexicon.js';
import { createScorer, markKnownWord, MODEL_FORMAT, softmax, type LangidModel } from './model.js';
import { seededRandom } from '../seeded-random.js';

export interface TrainingOptions {
  classes: string[];
  features: FeatureConfig;
  epochs: number;
  learningRate: number;
  lengthExponent: number;
  /** 0 = every sentence weighs 1; 1 = every class weighs the same in total; between = a mix. */
  classBalance: number;

  /** Add a random short fragment of each longer sentence, so short texts are seen in training. */
  fragments: boolean;
  knownWordBits: number;
  /** Word lists whose membership patterns become features (null: none). */
  lexicon: PackedLexicon | null;
  seed: number;
  /** Called after each epoch (progress output is the caller's business). */
  onEpoch?: (epoch: number, loss: number) => void;
}

export const DEFAULT_TRAINING_OPTIONS: Omit<TrainingOptions, 'classes' | 'features'> = {
  epochs: 6,
  learningRate: 0.2,
  lengthExponent: 0.5,
  classBalance: 1,
  fragments: true,
  knownWordBits: 20,
  lexicon: null,
  seed: 20240601,
};

export { seededRandom } from '../seeded-random.js';

interface Example {
  buckets: Int32Array;
  label: number;
  weight: number;
}

function randomFragment(normalized: string, random: () => number): string | null {
  const words = normalized.trim().split(' ');
  if (words.length < 4) return null;
  const length = 1 + Math.floor(random() * Math.min(5, words.length - 2));
  const start = Math.floor(random() * (words.length - length + 1));
  return ` ${words.slice(start, start + length).join(' ')} `;
}

function toExamples(sentences: readonly LabelledSentence[], options: TrainingOptions, random: () => number): Example[] {
  const classIndex = new Map(options.classes.map((lang, index) => [lang, index]));
  const perClass = new Array<number>(options.classes.length).fill(0);
  for (const sentence of sentences) {
    const index = classIndex.get(sentence.lang);
    if (index !== undefined) perClass[index]++;
  }
  const mean = sentences.length / options.classes.length;
  const classWeight = perClass.map((count) => (count === 0 ? 0 : (mean / count) ** options.classBalance));
  const scratch = createFeatureBuffer();
  const lexicon = options.lexicon === null ? null : lexiconView(options.lexicon);
  const examples: Example[] = [];
  const add = (normalized: string, label: number, weight: number) => {
    extractFeatures(normalized, options.features, scratch, lexicon);
    if (scratch.count > 0) examples.push({ buckets: scratch.buckets.slice(0, scratch.count), label, weight });
  };
  for (const sentence of sentences) {
    const label = classIndex.get(sentence.lang);
    if (label === undefined) continue;
    const normalized = normalizeForLangid(sentence.text);
    if (normalized === '') continue;
    const weight = classWeight[label];
    add(normalized, label, weight);
    if (options.fragments) {
      const fragment = randomFragment(normalized, random);
      if (fragment !== null) add(fragment, label, weight * 0.5);
    }
  }
  return examples;
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** Float weights as trained, before quantisation. */
export interface TrainedWeights {
  weights: Float32Array;
  bias: Float64Array;
}

export function fitWeights(sentences: readonly LabelledSentence[], options: TrainingOptions): TrainedWeights {
  const random = seededRandom(options.seed);
  const examples = toExamples(sentences, options, random);
  const classCount = options.classes.length;
  const buckets = 2 ** options.features.hashBits;
  const weights = new Float32Array(buckets * classCount);
  const squaredGradients = new Float32Array(buckets * classCount);
  const bias = new Float64Array(classCount);
  const biasSquared = new Float64Array(classCount);
  const logits = new Float64Array(classCount);
  const gradient = new Float64Array(classCount);
  const epsilon = 1e-8;

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(examples, random);
    let loss = 0;
    for (const example of examples) {
      const scale = 1 / Math.max(1, example.buckets.length) ** options.lengthExponent;
      for (let k = 0; k < classCount; k++) logits[k] = 0;
      for (const bucket of example.buckets) {
        const base = bucket * classCount;
        for (let k = 0; k < classCount; k++) logits[k] += weights[base + k];
      }
      for (let k = 0; k < classCount; k++) logits[k] = bias[k] + logits[k] * scale;
      const probabilities = softmax(logits, 1);
      loss -= example.weight * Math.log(Math.max(probabilities[example.label], 1e-12));
      for (let k = 0; k < classCount; k++) {
        gradient[k] = (probabilities[k] - (k === example.label ? 1 : 0)) * example.weight;
        biasSquared[k] += gradient[k] * gradient[k];
        bias[k] -= (options.learningRate * gradient[k]) / Math.sqrt(biasSquared[k] + epsilon);
      }
      for (const bucket of example.buckets) {
        const base = bucket * classCount;
        for (let k = 0; k < classCount; k++) {
          const g = gradient[k] * scale;
          if (g === 0) continue;
          squaredGradients[base + k] += g * g;
          weights[base + k] -= (options.learningRate * g) / Math.sqrt(squaredGradients[base + k] + epsilon);
        }
      }
    }
    options.onEpoch?.(epoch, loss / examples.length);
  }
  return { weights, bias };
}

/**
 * int8 weights: the scale clips the rarest extreme weights (a handful of very frequent
 * function-word buckets) so the bulk keeps its resolution.
 */
export function quantizeWeights(weights: Float32Array, clipQuantile = 0.99995): { weights: Int8Array; scale: number } {
  const magnitudes: number[] = [];
  for (const value of weights) if (value !== 0) magnitudes.push(Math.abs(value));
  magnitudes.sort((a, b) => a - b);
  const clip = magnitudes.length === 0 ? 1 : magnitudes[Math.min(magnitudes.length - 1, Math.floor(magnitudes.length * clipQuantile))];
  const scale = clip / 127;
  const quantized = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    quantized[i] = Math.max(-127, Math.min(127, Math.round(weights[i] / scale)));
  }
  return { weights: quantized, scale };
}

/**
 * The calibration T(words) = temperature + shortTextTemperature / sqrt(words) that minimises the
 * negative log-likelihood of held-out labelled text (a grid search: two parameters, one pass each).
 */
export function fitTemperature(
  logits: readonly Float64Array[],
  labels: readonly number[],
  words: readonly number[] = logits.map(() => 1e9),
): { temperature: number; shortTextTemperature: number } {
  const loss = (temperature: number, shortTextTemperature: number) => {
    let total = 0;
    for (let i = 0; i < logits.length; i++) {
      const t = temperature + shortTextTemperature / Math.sqrt(Math.max(1, words[i]));
      total -= Math.log(Math.max(softmax(logits[i], t)[labels[i]], 1e-12));
    }
    return total;
  };
  let best = { temperature: 1, shortTextTemperature: 0, loss: Infinity };
  for (let shortTextTemperature = 0; shortTextTemperature <= 4.001; shortTextTemperature += 0.25) {
    for (let temperature = 0.2; temperature <= 6; temperature *= 1.05) {
      const value = loss(temperature, shortTextTemperature);
      if (value < best.loss) best = { temperature, shortTextTemperature, loss: value };
    }
  }
  return { temperature: best.temperature, shortTextTemperature: best.shortTextTemperature };
}

/** Bit set of words seen at least twice in training (once is too often a name or typo). */
export function buildKnownWords(sentences: readonly LabelledSentence[], knownWordBits: number): Uint8Array {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of normalizeForLangid(sentence.text).trim().split(' ')) {
      if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const knownWords = new Uint8Array(2 ** knownWordBits / 8);
  for (const [word, count] of counts) if (count >= 2) markKnownWord(knownWords, word, knownWordBits);
  return knownWords;
}

/** Trains, quantises and calibrates a complete model. */
export function trainLangidModel(
  training: readonly LabelledSentence[],
  calibration: readonly LabelledSentence[],
  options: TrainingOptions,
  provenance: Record<string, unknown> = {},
): LangidModel {
  const trained = fitWeights(training, options);
  const quantized = quantizeWeights(trained.weights);
  const model: LangidModel = {
    header: {
      format: MODEL_FORMAT,
      classes: options.classes,
      features: options.features,
      weightScale: quantized.scale,
      lengthExponent: options.lengthExponent,
      temperature: 1,
      shortTextTemperature: 0,
      knownWordBits: options.knownWordBits,
      lexicon: options.lexicon === null ? null : { languages: options.lexicon.languages, probes: options.lexicon.probes, blocks: options.lexicon.blocks },
      provenance,
    },
    bias: Float32Array.from(trained.bias),
    weights: quantized.weights,
    knownWords: buildKnownWords(training, options.knownWordBits),
    lexicon: options.lexicon,
  };
  const scorer = createScorer(model);
  const classIndex = new Map(options.classes.map((lang, index) => [lang, index]));
  const logits: Float64Array[] = [];
  const labels: number[] = [];
  const words: number[] = [];
  for (const sentence of calibration) {
    const label = classIndex.get(sentence.lang);
    const normalized = normalizeForLangid(sentence.text);
    if (label === undefined || normalized === '') continue;
    logits.push(scorer.logits(normalized));
    labels.push(label);
    words.push(countNormalizedWords(normalized));
  }
  if (logits.length > 0) Object.assign(model.header, fitTemperature(logits, labels, words));
  return model;
}
