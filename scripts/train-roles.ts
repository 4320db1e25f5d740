// Trains the grammatical role tagger (src/nlp/syntax) on NorNE's NDT-format train files, Bokmål and
// Nynorsk together, leaving out the sentences of every NDT document the quote gold uses (and of any
// given with --hold-out-docs), prints its scores on UD dev and writes models/roles/roles.json.gz.
// Deterministic: the same data and options give the same weights.
// Run: npx tsx scripts/train-roles.ts [--data DIR] [--epochs 8] [--hold-out-docs a.conll,b.conll] [--dry-run]
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../src/cli/data-dir.js';
import { readGold } from '../src/nlp/quotes/evaluate.js';
import { readRoleSplit, sentenceKeysOfDocuments } from '../src/nlp/syntax/corpus.js';
import { evaluateRoles, formatRoleEvaluation } from '../src/nlp/syntax/evaluate.js';
import { modelFromFile, modelToFile, saveRoleModel } from '../src/nlp/syntax/model.js';
import { defaultRoleTrainOptions, trainRoleTagger } from '../src/nlp/syntax/train.js';

const modelPath = fileURLToPath(new URL('../models/roles/roles.json.gz', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, epochs: { type: 'string' }, 'hold-out-docs': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
  const dataDir = values.data ?? defaultDataDir;
  const docs = new Set(readGold().map((g) => g.doc));
  for (const doc of values['hold-out-docs']?.split(',').filter(Boolean) ?? []) docs.add(doc.startsWith('norne/') ? doc : `norne/ndt/${doc}`);
  const exclude = sentenceKeysOfDocuments(dataDir, docs);
  const train = [...readRoleSplit(dataDir, 'train', 'nb', exclude), ...readRoleSplit(dataDir, 'train', 'nn', exclude)];
  console.log(`held out of training: ${exclude.size} sentences of ${[...docs].filter((d) => d.startsWith('norne/ndt/')).length} quote-gold documents`);
  const options = { ...defaultRoleTrainOptions, ...(values.epochs ? { epochs: Number(values.epochs) } : {}) };
  const trained = trainRoleTagger(train, options, (line) => console.log(line));
  const file = modelToFile(`NorNE NDT train (nb+nn), ${train.length} sentences, quote-gold documents held out; ${options.epochs} epochs`, trained.features, trained.weights, trained.lexicon);
  const model = modelFromFile(file);
  for (const lang of ['nb', 'nn'] as const) console.log(formatRoleEvaluation(`dev ${lang}`, evaluateRoles(model, readRoleSplit(dataDir, 'dev', lang))));
  if (!values['dry-run']) {
    await saveRoleModel(modelPath, file);
    console.log(`wrote ${modelPath}`);
  }
}

await main();
