// Trains the quote speaker model (src/nlp/quotes/speaker-model.ts) on the DEV half of the quote gold
// only, chooses its options by 5-fold cross-validation by document (rules vs model vs hybrid), and
// writes src/nlp/quotes/speaker-model.json. Deterministic: the same gold and data give the same file.
// Never reads the test split.
// Run: npx tsx scripts/train-speakers.ts [--data DIR] [--folds 5] [--dry-run]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../src/cli/data-dir.js';
import { collectExamples } from '../src/nlp/quotes/speaker-examples.js';
import { crossValidate, decidesCorrectly, documentFolds, ruleCorrect, trainSpeakerModel, type SpeakerExample, type SpeakerTrainingOptions } from '../src/nlp/quotes/speaker-train.js';

const modelPath = fileURLToPath(new URL('../src/nlp/quotes/speaker-model.json', import.meta.url));

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' }, folds: { type: 'string', default: '5' }, 'dry-run': { type: 'boolean', default: false }, quick: { type: 'boolean', default: false } } });
  const folds = Number(values.folds);
  const examples = collectExamples(values.data ?? defaultDataDir);
  const scored = examples.filter((e) => e.scored);
  const oracle = scored.filter((e) => e.correct.some(Boolean)).length;
  const rules = scored.filter(ruleCorrect).length;
  console.log(`dev: ${examples.length} quotes found, ${scored.length} with a gold speaker; rules ${(rules / scored.length).toFixed(3)}, candidate oracle ${(oracle / scored.length).toFixed(3)}`);

  const grid: SpeakerTrainingOptions[] = [];
  // Variants of the rules' own choice as a feature: none; only where a pronoun or role noun was
  // resolved (penalised, or free); everywhere and free. The last reproduces the rules on dev, where
  // they were tuned, so it is shown for comparison but not eligible: its CV score is in-sample.
  const ruleVariants: [SpeakerTrainingOptions['ruleFeature'], boolean][] = [[false, false], ['attributed', false], ['attributed', true], [true, true]];
  for (const scope of ['unnamed', 'all'] as const) {
    for (const [ruleFeature, freeRule] of ruleVariants) {
      for (const learnNobody of values.quick ? [false] : [false, true]) {
        for (const l2 of [0.02, 0.1, 0.3]) grid.push({ scope, ruleFeature, freeRule, perKind: true, learnNobody, l2, iterations: 300 });
      }
    }
  }
  let best: { options: SpeakerTrainingOptions; model: number } | null = null;
  console.log(`${folds}-fold cross-validation by document (speaker accuracy on dev quotes with a gold speaker)`);
  console.log('scope    rule        free  kind  nobody  l2     rules  model');
  for (const options of grid) {
    const cv = crossValidate(examples, options, folds);
    const flag = (b: boolean | string): string => (b === true ? 'yes' : b === false ? 'no' : b).padEnd(5);
    console.log(`${options.scope.padEnd(8)} ${flag(options.ruleFeature).padEnd(11)} ${flag(options.freeRule)} ${flag(options.perKind)} ${flag(options.learnNobody)}   ${String(options.l2).padEnd(6)} ${cv.rules.toFixed(3)}  ${cv.model.toFixed(3)}`);
    // Ties go to the earlier option.
    if (options.ruleFeature !== true && (best === null || cv.model > best.model + 1e-9)) best = { options, model: cv.model };
  }
  if (best === null) return;
  // Per attribution type and language, for the chosen options.
  const heldOutModel = new Map<SpeakerExample, boolean>();
  for (const held of documentFolds(examples, folds)) {
    const set = new Set(held);
    const model = trainSpeakerModel(examples.filter((e) => !set.has(e.doc)), best.options);
    for (const e of examples.filter((x) => set.has(x.doc))) heldOutModel.set(e, decidesCorrectly(model, e));
  }
  const groups: [string, (e: (typeof examples)[number]) => boolean][] = [
    ['named', (e) => e.type === 'named'], ['anaphoric', (e) => e.type === 'anaphoric'], ['continuation', (e) => e.type === 'continuation'],
    ['nb', (e) => e.lang === 'nb'], ['nn', (e) => e.lang === 'nn'], ['da', (e) => e.lang === 'da'],
  ];
  console.log(`chosen: ${JSON.stringify(best.options)}; cross-validated by group (rules / model):`);
  for (const [name, test] of groups) {
    const group = scored.filter(test);
    const r = group.filter(ruleCorrect).length;
    const m = group.filter((e) => heldOutModel.get(e)).length;
    console.log(`  ${name.padEnd(13)} n=${String(group.length).padStart(3)}  ${(r / group.length).toFixed(3)} / ${(m / group.length).toFixed(3)}`);
  }
  const model = trainSpeakerModel(examples, best.options);
  const fitted = scored.filter((e) => decidesCorrectly(model, e)).length / scored.length;
  console.log(`final model on all dev (training fit, not a score): ${fitted.toFixed(3)}, ${Object.keys(model.weights).length} weights`);
  if (!values['dry-run']) {
    const sorted = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(modelPath, `${JSON.stringify({ scope: model.scope, weights: sorted }, null, 1)}\n`);
    console.log(`wrote ${modelPath}`);
  }
}

main();
