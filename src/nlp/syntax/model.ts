// The trained role tagger as it runs: feature weights and the word lexicon, read from one gzipped
// JSON file, and the greedy left-to-right decoder that labels a tokenised sentence.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { historyFeatures, sentenceRoleFeatures, subjectAmong, type LexiconEntry } from './features.js';
import { ROLE_LABELS, type RoleLabel } from './labels.js';

export const ROLE_MODEL_FORMAT = 'tidende-role-perceptron';

export interface RoleModelFile {
  format: typeof ROLE_MODEL_FORMAT;
  version: 1;
  created: string;
  /** What the model was trained on, for the README and the eval output. */
  trainedOn: string;
  labels: readonly string[];
  /** Feature strings, newline-joined. */
  features: string;
  /** int16 weights, features × labels, base64; multiply by `scale`. */
  weights: string;
  scale: number;
  /** word → [most frequent tag, ambiguity class] */
  lexicon: [string, string, string][];
}

export interface RoleModel {
  trainedOn: string;
  featureIndex: Map<string, number>;
  weights: Float32Array;
  lexicon: Map<string, LexiconEntry>;
}

const L = ROLE_LABELS.length;

/** Adds a feature's weights to the label scores; unknown features weigh nothing. */
function addFeature(model: Pick<RoleModel, 'featureIndex' | 'weights'>, feature: string, scores: Float64Array): void {
  const row = model.featureIndex.get(feature);
  if (row === undefined) return;
  for (let l = 0; l < L; l++) scores[l] += model.weights[row * L + l];
}

/** The role of each word of a sentence, decided left to right. */
export function tagRoles(model: RoleModel, forms: readonly string[]): RoleLabel[] {
  const { features, tags, clauseStarts } = sentenceRoleFeatures(forms, model.lexicon);
  const roles: RoleLabel[] = [];
  const scores = new Float64Array(L);
  for (let i = 0; i < forms.length; i++) {
    scores.fill(0);
    for (const f of features[i]) addFeature(model, f, scores);
    for (const f of historyFeatures(roles[i - 1] ?? '<s>', roles[i - 2] ?? '<s>', tags[i], subjectAmong(roles, clauseStarts[i], i))) addFeature(model, f, scores);
    let best = 0;
    for (let l = 1; l < L; l++) if (scores[l] > scores[best]) best = l;
    roles.push(ROLE_LABELS[best]);
  }
  return roles;
}

export function modelFromFile(file: RoleModelFile): RoleModel {
  if (file.format !== ROLE_MODEL_FORMAT) throw new Error(`not a role model: format ${String(file.format)}`);
  const names = file.features.split('\n');
  const raw = Buffer.from(file.weights, 'base64');
  const quantised = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = quantised[i] * file.scale;
  return {
    trainedOn: file.trainedOn,
    featureIndex: new Map(names.map((name, i) => [name, i])),
    weights,
    lexicon: new Map(file.lexicon.map(([word, tag, ambiguity]) => [word, { tag, ambiguity }])),
  };
}

/** The file form of trained weights: int16 with one scale, features whose weights all round to zero left out. */
export function modelToFile(trainedOn: string, features: readonly string[], weights: Float32Array, lexicon: ReadonlyMap<string, LexiconEntry>): RoleModelFile {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  const kept: string[] = [];
  const rows: number[] = [];
  for (let row = 0; row < features.length; row++) {
    let any = false;
    for (let l = 0; l < L; l++) if (Math.round(weights[row * L + l] / scale) !== 0) any = true;
    if (any) {
      kept.push(features[row]);
      for (let l = 0; l < L; l++) rows.push(Math.round(weights[row * L + l] / scale));
    }
  }
  return {
    format: ROLE_MODEL_FORMAT,
    version: 1,
    created: new Date().toISOString(),
    trainedOn,
    labels: ROLE_LABELS,
    features: kept.join('\n'),
    weights: Buffer.from(Int16Array.from(rows).buffer).toString('base64'),
    scale,
    lexicon: [...lexicon].map(([word, entry]) => [word, entry.tag, entry.ambiguity]),
  };
}

export async function saveRoleModel(path: string, file: RoleModelFile): Promise<void> {
  await writeFile(path, gzipSync(JSON.stringify(file), { level: 9 }));
}

export function loadRoleModelSync(path: string | URL): RoleModel {
  return modelFromFile(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as RoleModelFile);
}
