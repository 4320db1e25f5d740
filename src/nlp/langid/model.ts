// The Nordic language model: its file format (gzip of a JSON header and quantised weights) and
// scoring: a linear softmax classifier over hashed n-gram features, calibrated by one temperature.
import { gunzipSync, gzipSync } from 'node:zlib';
import { createFeatureBuffer, extractFeatures, hashWord, type FeatureConfig } from './features.js';
import { lexiconView, type PackedLexicon } from './lexicon.js';

export const MODEL_FORMAT = 'tidende-langid/1';
const MAGIC = 'TLID';

export interface LangidModelHeader {
  format: typeof MODEL_FORMAT;
  /** Labels in weight order (ISO 639-1). */
  classes: string[];
  features: FeatureConfig;
  /** Multiply a stored int8 weight by this to get the trained weight. */
  weightScale: number;
  /** Features are summed and divided by (count ** lengthExponent), as in training. */
  lengthExponent: number;
  /**
   * Logits are divided by temperature + shortTextTemperature / sqrt(words) before the softmax,
   * so probabilities match held-out accuracy at every length (short texts are overconfident).
   */
  temperature: number;
  shortTextTemperature: number;
  /** log2 size of the bit set of words seen in training. */
  knownWordBits: number;
  /** Layout of the packed word lists stored after the known-word set (null: none). */
  lexicon: Omit<PackedLexicon, 'bits'> | null;
  /** Free-form provenance: data, date, scores at training time. */
  provenance: Record<string, unknown>;
}

export interface LangidModel {
  header: LangidModelHeader;
  bias: Float32Array;
  /** bucket-major: weights[bucket * classes + class]. */
  weights: Int8Array;
  /** Bit set of hashed words seen in training: low coverage means the text is none of ours. */
  knownWords: Uint8Array;
  /** Word lists whose membership patterns are features, when the model was trained with them. */
  lexicon: PackedLexicon | null;
}

export function serializeModel(model: LangidModel): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(model.header), 'utf8');
  const padding = (4 - ((8 + headerBytes.length) % 4)) % 4;
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(headerBytes.length + padding, 4);
  const raw = Buffer.concat([
    prefix,
    headerBytes,
    Buffer.alloc(padding, 0x20),
    Buffer.from(model.bias.buffer, model.bias.byteOffset, model.bias.byteLength),
    Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength),
    Buffer.from(model.knownWords.buffer, model.knownWords.byteOffset, model.knownWords.byteLength),
    model.lexicon === null ? Buffer.alloc(0) : Buffer.from(model.lexicon.bits.buffer, model.lexicon.bits.byteOffset, model.lexicon.bits.byteLength),
  ]);
  return gzipSync(raw, { level: 9 });
}

export class LangidModelError extends Error {
  readonly code = 'E_LANGID_MODEL';
}

export function parseModel(file: Uint8Array): LangidModel {
  const raw = gunzipSync(file);
  if (raw.toString('latin1', 0, 4) !== MAGIC) throw new LangidModelError('not a Tidende language model file');
  const headerLength = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString('utf8', 8, 8 + headerLength)) as LangidModelHeader;
  if (header.format !== MODEL_FORMAT) {
    throw new LangidModelError(`language model format ${String(header.format)}, expected ${MODEL_FORMAT}`);
  }
  const classCount = header.classes.length;
  const buckets = 2 ** header.features.hashBits;
  let offset = 8 + headerLength;
  // Copies, so typed-array alignment never depends on where the header ended.
  const bias = new Float32Array(raw.buffer.slice(raw.byteOffset + offset, raw.byteOffset + offset + classCount * 4));
  offset += classCount * 4;
  const weights = new Int8Array(raw.buffer.slice(raw.byteOffset + offset, raw.byteOffset + offset + buckets * classCount));
  offset += buckets * classCount;
  const knownBytes = 2 ** header.knownWordBits / 8;
  const knownWords = new Uint8Array(raw.buffer.slice(raw.byteOffset + offset, raw.byteOffset + offset + knownBytes));
  offset += knownBytes;
  let lexicon: PackedLexicon | null = null;
  let lexiconBytes = 0;
  if (header.lexicon !== null && header.lexicon !== undefined) {
    lexiconBytes = header.lexicon.blocks.reduce((a, b) => a + b, 0) * 8;
    const bits = new Uint8Array(raw.buffer.slice(raw.byteOffset + offset, raw.byteOffset + offset + lexiconBytes));
    lexicon = { ...header.lexicon, bits };
  }
  if (weights.length !== buckets * classCount || knownWords.length !== knownBytes || (lexicon !== null && lexicon.bits.length !== lexiconBytes)) {
    throw new LangidModelError('language model file is truncated');
  }
  return { header, bias, weights, knownWords, lexicon };
}

/** What the model says about one normalised text. */
export interface ModelScores {
  /** Calibrated probabilities in `header.classes` order. */
  probabilities: Float64Array;
  /** Share of the text's words seen in training (0..1). */
  knownWordShare: number;
  words: number;
}

/** A scorer bound to one model, with its own scratch space (not shared between scorers). */
export interface ModelScorer {
  readonly classes: readonly string[];
  score(normalized: string): ModelScores;
  /** Uncalibrated logits, for training-time calibration. */
  logits(normalized: string): Float64Array;
}

// Weights are scored from a copy padded to 8 classes per bucket: one bucket then sits in one
// cache line at an aligned offset, and the unrolled sum below needs no inner loop.
const STRIDE = 8;

export function createScorer(model: LangidModel): ModelScorer {
  const { header, bias, knownWords } = model;
  const classCount = header.classes.length;
  if (classCount > STRIDE) throw new LangidModelError(`at most ${STRIDE} classes are supported`);
  const buckets = 2 ** header.features.hashBits;
  const weights = new Int8Array(buckets * STRIDE);
  for (let b = 0; b < buckets; b++) {
    for (let k = 0; k < classCount; k++) weights[b * STRIDE + k] = model.weights[b * classCount + k];
  }
  const scratch = createFeatureBuffer();
  const lexicon = model.lexicon === null ? null : lexiconView(model.lexicon);
  const knownMask = 2 ** header.knownWordBits - 1;
  const sums = new Float64Array(STRIDE);

  function accumulate(normalized: string): number {
    extractFeatures(normalized, header.features, scratch, lexicon);
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    const indices = scratch.buckets;
    for (let i = 0; i < scratch.count; i++) {
      const base = indices[i] << 3;
      s0 += weights[base];
      s1 += weights[base + 1];
      s2 += weights[base + 2];
      s3 += weights[base + 3];
      s4 += weights[base + 4];
      s5 += weights[base + 5];
      s6 += weights[base + 6];
      s7 += weights[base + 7];
    }
    sums[0] = s0; sums[1] = s1; sums[2] = s2; sums[3] = s3;
    sums[4] = s4; sums[5] = s5; sums[6] = s6; sums[7] = s7;
    return scratch.count;
  }

  function logits(normalized: string): Float64Array {
    const count = accumulate(normalized);
    const scale = header.weightScale / Math.max(1, count) ** header.lengthExponent;
    const result = new Float64Array(classCount);
    for (let k = 0; k < classCount; k++) result[k] = bias[k] + sums[k] * scale;
    return result;
  }

  return {
    classes: header.classes,
    logits,
    score(normalized) {
      const raw = logits(normalized);
      const probabilities = softmax(raw, temperatureFor(header, scratch.wordCount));
      let known = 0;
      for (let i = 0; i < scratch.wordCount; i++) {
        const bucket = scratch.wordHashes[i] & knownMask;
        if ((knownWords[bucket >>> 3] & (1 << (bucket & 7))) !== 0) known++;
      }
      const words = scratch.wordCount;
      return { probabilities, knownWordShare: words === 0 ? 0 : known / words, words };
    },
  };
}

export function temperatureFor(header: LangidModelHeader, words: number): number {
  return header.temperature + (header.shortTextTemperature ?? 0) / Math.sqrt(Math.max(1, words));
}

export function softmax(logits: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (const value of logits) if (value > max) max = value;
  const out = new Float64Array(logits.length);
  let total = 0;
  for (let k = 0; k < logits.length; k++) {
    out[k] = Math.exp((logits[k] - max) / temperature);
    total += out[k];
  }
  for (let k = 0; k < logits.length; k++) out[k] /= total;
  return out;
}

/** Sets a word's bit in a known-word set (training side of `knownShare`). */
export function markKnownWord(knownWords: Uint8Array, word: string, knownWordBits: number): void {
  const bucket = hashWord(word) & (2 ** knownWordBits - 1);
  knownWords[bucket >>> 3] |= 1 << (bucket & 7);
}
