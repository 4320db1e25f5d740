// Prints strict entity-level F1 of the shipped NER model on the test splits (or --split dev):
// per type and micro, seven types and the 4-class collapse, with tokens/s and model load time.
// Usage: npx tsx scripts/eval-ner.ts [--data ../shared/data] [--split test|dev] [--model file.json.gz]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../src/nlp/entities/corpora.js';
import { evaluateNer } from '../src/nlp/entities/evaluate.js';
import { formatNerEvaluation } from '../src/nlp/entities/format.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, split: { type: 'string' }, model: { type: 'string' } } });
  const split = values.split === 'dev' ? 'dev' : 'test';
  const dataDir = values.data ?? defaultDataDir(fileURLToPath(new URL('..', import.meta.url)));
  console.log(formatNerEvaluation(await evaluateNer(dataDir, { split, modelPath: values.model })));
}

await main();
