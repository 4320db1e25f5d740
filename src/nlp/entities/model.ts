// The trained tagger as it runs: feature weights, label-pair scores and the lexicons the features
// consult, read from one gzipped JSON file, and the function that labels a tokenised sentence.
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BloomFilter } from './bloom-filter.js';
import { viterbi } from './decode.js';
import { FeatureTable, type SentenceFeatures } from './feature-table.js';
import { sentenceFeatures, type FeatureResources } from './features.js';
import { LABELS, LABEL_COUNT } from './labels.js';

export const MODEL_FORMAT = 'tidende-ner-perceptron';
export const MODEL_VERSION = 3;

/** What is written to disk: feature keys, int16 weights with one float32 scale per feature, all
 * base64 inside gzipped JSON. */
export interface NerModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  created: string;
  labels: readonly string[];
  /** int32 key halves per feature, base64. */
  keysA: string;
  keysB: string;
  /** int16 weights, featureCount × labels, base64. */
  weights: string;
  /** float32 scale per feature row, base64. */
  rowScales: string;
  transitions: number[];
  resources: {
    nameLexicon: [string, number][];
    countries: string[];
    countryParts: string[];
    lowerCaseShare: [string, number][];
    clusters: [string, string][];
    properNouns: [string, number][];
    commonWords: { bits: string; hashCount: number };
    /** Absent in models trained before the place gazetteer. */
    places?: [string, number][];
    namePhrases?: [string, number][];
  };
  /** Free-form facts about training (data, epochs, dev scores). */
  training: Record<string, unknown>;
}

/** The feature resources as the model carries them (the common-word filter is written out). */
export type ShippedResources = FeatureResources & { commonWords: BloomFilter };

export interface NerModel {
  features: FeatureTable;
  /** featureCount × LABEL_COUNT. */
  weights: Float32Array;
  /** (1 + LABEL_COUNT) × LABEL_COUNT: start row, then one row per previous label. */
  transitions: Float32Array;
  resources: ShippedResources;
  training: Record<string, unknown>;
}

/** Emission scores (tokens × labels) of a sentence's features. */
export function emissionScores(model: NerModel, features: SentenceFeatures, tokens: number): Float32Array {
  const L = LABEL_COUNT;
  const emissions = new Float32Array(tokens * L);
  const { weights } = model;
  const { keysA, keysB, offsets } = features;
  for (let i = 0; i < tokens; i++) {
    const base = i * L;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const row = model.features.get(keysA[k], keysB[k]);
      if (row < 0) continue;
      const offset = row * L;
      for (let label = 0; label < L; label++) emissions[base + label] += weights[offset + label];
    }
  }
  return emissions;
}

/** Label ids (see LABELS) for a tokenised sentence. */
export function tagSentence(model: NerModel, tokens: readonly string[], lang: string): Int32Array {
  const features = sentenceFeatures(tokens, lang, model.resources);
  return viterbi(emissionScores(model, features, tokens.length), tokens.length, model.transitions);
}

const toBase64 = (array: Int32Array | Int16Array | Float32Array): string =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

function fromBase64<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function modelToFile(model: NerModel, created: string): NerModelFile {
  const L = LABEL_COUNT;
  const keysA: number[] = [];
  const keysB: number[] = [];
  const rowScales: number[] = [];
  const quantised: number[] = [];
  for (let row = 0; row < model.features.size; row++) {
    // One scale per feature: weights differ by orders of magnitude between features (the bias
    // feature fires on every token), so a global scale would round most of them to zero.
    let maxAbs = 0;
    for (let label = 0; label < L; label++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[row * L + label]));
    if (maxAbs === 0) continue;
    const scale = maxAbs / 32767;
    keysA.push(model.features.keysA[row]);
    keysB.push(model.features.keysB[row]);
    rowScales.push(scale);
    for (let label = 0; label < L; label++) quantised.push(Math.round(model.weights[row * L + label] / scale));
  }
  const resources = model.resources;
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    created,
    labels: LABELS,
    keysA: toBase64(Int32Array.from(keysA)),
    keysB: toBase64(Int32Array.from(keysB)),
    weights: toBase64(Int16Array.from(quantised)),
    rowScales: toBase64(Float32Array.from(rowScales)),
    transitions: [...model.transitions],
    resources: {
      nameLexicon: [...resources.nameLexicon],
      countries: [...resources.countries],
      countryParts: [...resources.countryParts],
      lowerCaseShare: [...resources.lowerCaseShare],
      clusters: [...resources.clusters],
      properNouns: [...resources.properNouns],
      commonWords: { bits: Buffer.from(resources.commonWords.bits).toString('base64'), hashCount: resources.commonWords.hashCount },
      places: [...resources.places],
      namePhrases: [...resources.namePhrases],
    },
    training: model.training,
  };
}

export function modelFromFile(file: NerModelFile): NerModel {
  if (file.format !== MODEL_FORMAT || file.version !== MODEL_VERSION) {
    throw new Error(`NER model: expected ${MODEL_FORMAT} v${MODEL_VERSION}, got ${file.format} v${file.version}`);
  }
  if (file.labels.join(' ') !== LABELS.join(' ')) throw new Error('NER model: its label set differs from this code');
  const L = LABEL_COUNT;
  const keysA = fromBase64(file.keysA, (buffer) => new Int32Array(buffer));
  const keysB = fromBase64(file.keysB, (buffer) => new Int32Array(buffer));
  const quantised = fromBase64(file.weights, (buffer) => new Int16Array(buffer));
  const rowScales = fromBase64(file.rowScales, (buffer) => new Float32Array(buffer));
  const weights = new Float32Array(quantised.length);
  for (let row = 0; row < keysA.length; row++) {
    const scale = rowScales[row];
    for (let label = 0; label < L; label++) weights[row * L + label] = quantised[row * L + label] * scale;
  }
  return {
    features: FeatureTable.fromKeys(keysA, keysB),
    weights,
    transitions: Float32Array.from(file.transitions),
    resources: {
      nameLexicon: new Map(file.resources.nameLexicon),
      countries: new Set(file.resources.countries),
      countryParts: new Set(file.resources.countryParts),
      lowerCaseShare: new Map(file.resources.lowerCaseShare),
      clusters: new Map(file.resources.clusters),
      properNouns: new Map(file.resources.properNouns),
      commonWords: new BloomFilter(
        new Uint8Array(Buffer.from(file.resources.commonWords.bits, 'base64')),
        file.resources.commonWords.hashCount,
      ),
      places: new Map(file.resources.places ?? []),
      namePhrases: new Map(file.resources.namePhrases ?? []),
    },
    training: file.training,
  };
}

export async function saveModel(model: NerModel, path: string | URL, created: string): Promise<number> {
  const bytes = gzipSync(JSON.stringify(modelToFile(model, created)), { level: 9 });
  await writeFile(path, bytes);
  return bytes.byteLength;
}

export async function loadModel(path: string | URL): Promise<NerModel> {
  const file = JSON.parse(gunzipSync(await readFile(path)).toString('utf8')) as NerModelFile;
  return modelFromFile(file);
}
