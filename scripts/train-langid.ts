// Trains the Nordic language model from ../shared/data (train splits, plus the training half of
// NordicDSL) and writes models/langid/: the gzip model, baseline.json and dev-evaluation.md (dev scores).
// Needs Debian's word lists (apt-get install wdanish wnorwegian wswedish) unless --without-word-lists.
// Run: npx tsx scripts/train-langid.ts [--data DIR] [--out DIR] [--dict /usr/share/dict]
//   [--without-word-lists] [--hash-bits 20] [--min-gram 1] [--max-gram 5] [--epochs 6]
//   (the defaults train the shipped model)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  hasLangidData,
  nordicDslHalf,
  NORDIC_DSL_PATH,
  readNordicDsl,
  readTrainingSentences,
  readUdSplit,
  readWordLists,
  type LabelledSentence,
} from '../src/nlp/langid/corpora.js';
import { packLexicon } from '../src/nlp/langid/lexicon.js';
import { formatLangidEvaluation, runLangidEvaluation } from '../src/nlp/langid/evaluate.js';
import { countNormalizedWords, DEFAULT_FEATURE_CONFIG, hashWord, normalizeForLangid } from '../src/nlp/langid/features.js';
import { createLanguageIdentifier } from '../src/nlp/langid/identify.js';
import { serializeModel } from '../src/nlp/langid/model.js';
import { DEFAULT_TRAINING_OPTIONS, trainLangidModel, type TrainingOptions } from '../src/nlp/langid/train.js';

export const LANGID_CLASSES = ['da', 'nb', 'nn', 'sv', 'en', 'is', 'fo'];
export const MODEL_FILE = 'nordic-langid.bin.gz';
// 6 bits and 3 probes per word: a ~6% false-positive rate cost nothing on dev against exact lists.
const LEXICON_BITS_PER_WORD = 6;
const LEXICON_PROBES = 3;

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Training sentences with how many came from each source, for the README. */
export function collectTrainingData(dataDir: string): { sentences: LabelledSentence[]; counts: Record<string, number> } {
  const treebanks = readTrainingSentences(dataDir).flat();
  const nordicDsl = readNordicDsl(join(dataDir, NORDIC_DSL_PATH)).filter((row) => nordicDslHalf(row.text) === 'train');
  // No dev or test sentence may be trained on, even where corpora overlap (NorNE is rebuilt
  // from NDT files; DDT train and test come from one treebank).
  // Compared as the model sees them; sentences under 4 words ("Ja.") are common, not leaks.
  const heldOut = new Set<string>();
  for (const split of ['dev', 'test'] as const) {
    for (const s of readUdSplit(dataDir, split).flat()) {
      const normalized = normalizeForLangid(s.text);
      if (countNormalizedWords(normalized) >= 4) heldOut.add(normalized);
    }
  }
  const sentences = [...treebanks, ...nordicDsl].filter((s) => !heldOut.has(normalizeForLangid(s.text)));
  const counts: Record<string, number> = {};
  for (const s of sentences) counts[s.lang] = (counts[s.lang] ?? 0) + 1;
  counts.droppedAsHeldOut = treebanks.length + nordicDsl.length - sentences.length;
  return { sentences, counts };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: process.env.TIDENDE_DATA ?? join(projectRoot, '..', 'shared', 'data') },
      out: { type: 'string', default: join(projectRoot, 'models', 'langid') },
      dict: { type: 'string', default: '/usr/share/dict' },
      'without-word-lists': { type: 'boolean', default: false },
      'hash-bits': { type: 'string', default: String(DEFAULT_FEATURE_CONFIG.hashBits) },
      'min-gram': { type: 'string', default: String(DEFAULT_FEATURE_CONFIG.minCharGram) },
      'max-gram': { type: 'string', default: String(DEFAULT_FEATURE_CONFIG.maxCharGram) },
      epochs: { type: 'string', default: String(DEFAULT_TRAINING_OPTIONS.epochs) },
    },
  });
  const features = {
    ...DEFAULT_FEATURE_CONFIG,
    hashBits: Number(values['hash-bits']),
    minCharGram: Number(values['min-gram']),
    maxCharGram: Number(values['max-gram']),
  };
  const dataDir = resolve(values.data);
  const outDir = resolve(values.out);
  if (!hasLangidData(dataDir)) throw new Error(`training data not found under ${dataDir}`);

  const { sentences, counts } = collectTrainingData(dataDir);
  // Debian's wdanish, wnorwegian and wswedish (GPL-2+): which lists hold a word is a feature.
  const wordLists = values['without-word-lists'] ? new Map<string, string[]>() : readWordLists(resolve(values.dict));
  const lexicon =
    wordLists.size === 0
      ? null
      : packLexicon(new Map([...wordLists].map(([lang, words]) => [lang, words.map(hashWord)])), LEXICON_BITS_PER_WORD, LEXICON_PROBES);
  const wordListSizes = Object.fromEntries([...wordLists].map(([lang, words]) => [lang, words.length]));
  console.error(`word lists: ${JSON.stringify(wordListSizes)}`);
  const dev = readUdSplit(dataDir, 'dev').flat();
  console.error(`training on ${sentences.length} sentences: ${JSON.stringify(counts)}`);
  const options: TrainingOptions = {
    ...DEFAULT_TRAINING_OPTIONS,
    classes: LANGID_CLASSES,
    features,
    lexicon,
    epochs: Number(values.epochs),
    onEpoch: (epoch, loss) => console.error(`epoch ${epoch}: loss ${loss.toFixed(4)}`),
  };
  const date = new Date().toISOString().slice(0, 10);
  const { onEpoch: _onEpoch, lexicon: _lexicon, ...recordedOptions } = options;
  const model = trainLangidModel(sentences, dev, options, {
    date,
    trainingSentences: counts,
    wordLists: lexicon === null ? null : { source: 'Debian wdanish, wnorwegian, wswedish (GPL-2+)', words: wordListSizes, bitsPerWord: LEXICON_BITS_PER_WORD },
    options: recordedOptions,
  });

  const identifier = createLanguageIdentifier(model);
  const evaluation = await runLangidEvaluation(dataDir, { split: 'dev', identifier, peers: false, nordicDsl: false });
  const ours = evaluation.systems[0];
  const baseline = {
    split: 'dev',
    date,
    sentenceAccuracy: ours.sentences?.accuracy,
    nordicSentenceAccuracy: ours.nordicSentences?.accuracy,
    documentAccuracy: ours.documents?.accuracy,
    temperature: model.header.temperature,
    shortTextTemperature: model.header.shortTextTemperature,
  };
  // Provenance inside the model carries the dev scores too, so a model file explains itself.
  model.header.provenance.dev = baseline;
  const file = serializeModel(model);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, MODEL_FILE), file);
  writeFileSync(join(outDir, 'baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
  writeFileSync(join(outDir, 'dev-evaluation.md'), formatLangidEvaluation(evaluation));
  console.error(`wrote ${join(outDir, MODEL_FILE)} (${(file.length / 1e6).toFixed(2)} MB)`);
  process.stdout.write(formatLangidEvaluation(evaluation));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
