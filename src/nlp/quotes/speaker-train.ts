// Trains the speaker model: a softmax over each quote's candidates (conditional logit) with an L2
// penalty, by full-batch gradient descent with Adam steps from zero weights, so the same data gives
// the same weights. Pure; scripts/train-speakers.ts collects the data and writes speaker-model.json.
import { bestCandidate, modelDecides, type SpeakerChoice, type SpeakerModel, type SpeakerModelScope } from './speaker-model.js';

/** One quote to learn from: its candidates and which of them name the gold speaker. */
export interface SpeakerExample {
  doc: string;
  choice: SpeakerChoice;
  correct: boolean[];
  /** Scored by the evaluation (the gold names a speaker), not only trained on. */
  scored: boolean;
}

export interface SpeakerTrainingOptions {
  scope: SpeakerModelScope;
  /** L2 penalty per example. */
  l2: number;
  /** Whether the rules' own choice is a feature (else the model decides from the evidence alone);
   * `attributed`: only where a pronoun or role noun is resolved (speakers.ts), not the interview guesses. */
  ruleFeature: boolean | 'attributed';
  /** Learn "nobody" from quotes whose gold has no speaker (interviewers' questions). */
  learnNobody: boolean;
  /** Also learn each feature per attribution kind ("pronoun:previous"), not only shared. */
  perKind: boolean;
  /** Leave the rules' own choice out of the penalty: the model then only overrules them on evidence. */
  freeRule: boolean;
  iterations: number;
}

export const DEFAULT_SPEAKER_TRAINING: SpeakerTrainingOptions = { scope: 'all', l2: 0.01, ruleFeature: true, learnNobody: true, perKind: true, freeRule: false, iterations: 400 };

const isRule = (name: string): boolean => /(?:^|:)rule(?:&|$)/.test(name);
const ruleAllowed = (name: string, options: SpeakerTrainingOptions): boolean =>
  options.ruleFeature === true || (options.ruleFeature === 'attributed' && /^(?:pronoun|role|plural):rule$/.test(name));
const usable = (name: string, options: SpeakerTrainingOptions): boolean =>
  (!isRule(name) || ruleAllowed(name, options)) && (options.perKind || !name.includes(':') || isRule(name));

export const inScope = (example: SpeakerExample, scope: SpeakerModelScope): boolean => modelDecides(scope, example.choice);

export function trainSpeakerModel(examples: readonly SpeakerExample[], options: SpeakerTrainingOptions = DEFAULT_SPEAKER_TRAINING): SpeakerModel {
  const training = examples.filter((e) => inScope(e, options.scope) && e.correct.some(Boolean) && (e.scored || options.learnNobody));
  const names = [...new Set(training.flatMap((e) => e.choice.features.flatMap((f) => [...f.keys()])))].filter((n) => usable(n, options)).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = training.map((e) => ({
    candidates: e.choice.features.map((f) => [...f].filter(([n]) => index.has(n)).map(([n, v]) => [index.get(n) as number, v] as const)),
    correct: e.correct,
  }));
  const penalty = names.map((n) => (options.freeRule && isRule(n) ? 0 : options.l2));
  const w = new Float64Array(names.length);
  const m = new Float64Array(names.length);
  const v = new Float64Array(names.length);
  const [rate, beta1, beta2] = [0.05, 0.9, 0.999];
  for (let step = 1; step <= options.iterations; step++) {
    const gradient = new Float64Array(names.length);
    for (const row of rows) {
      const scores = row.candidates.map((f) => f.reduce((s, [i, x]) => s + w[i] * x, 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const total = exp.reduce((a, b) => a + b, 0);
      const goldTotal = exp.reduce((a, b, i) => a + (row.correct[i] ? b : 0), 0);
      // Maximises the probability of any correct candidate (a name can appear as several).
      row.candidates.forEach((f, c) => {
        const coefficient = exp[c] / total - (row.correct[c] ? exp[c] / goldTotal : 0);
        for (const [i, x] of f) gradient[i] += coefficient * x;
      });
    }
    for (let i = 0; i < names.length; i++) {
      const g = gradient[i] / Math.max(1, rows.length) + penalty[i] * w[i];
      m[i] = beta1 * m[i] + (1 - beta1) * g;
      v[i] = beta2 * v[i] + (1 - beta2) * g * g;
      w[i] -= (rate * (m[i] / (1 - beta1 ** step))) / (Math.sqrt(v[i] / (1 - beta2 ** step)) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((n, i) => {
    if (Math.abs(w[i]) >= 1e-4) weights[n] = Number(w[i].toFixed(4));
  });
  return { scope: options.scope, weights };
}

/** Whether the model (or, where out of scope, the rules) names the gold speaker. */
export function decidesCorrectly(model: SpeakerModel, example: SpeakerExample): boolean {
  if (!inScope(example, model.scope)) return ruleCorrect(example);
  return example.correct[bestCandidate(model, example.choice)] ?? false;
}

export function ruleCorrect(example: SpeakerExample): boolean {
  const rule = example.choice.candidates.findIndex((c) => c.rule);
  return rule >= 0 && example.correct[rule];
}

/** Folds by document: documents sorted by name, dealt round-robin, so a fold never shares a text. */
export function documentFolds(examples: readonly SpeakerExample[], folds: number): string[][] {
  const docs = [...new Set(examples.map((e) => e.doc))].sort();
  return Array.from({ length: folds }, (_, k) => docs.filter((_, i) => i % folds === k));
}

/** For each margin, whether each example is decided correctly by a model trained without its document. */
export function crossValidatedDecisions(examples: readonly SpeakerExample[], options: SpeakerTrainingOptions, margins: readonly number[], folds = 5): Map<number, Map<SpeakerExample, boolean>> {
  const decisions = new Map(margins.map((margin) => [margin, new Map<SpeakerExample, boolean>()]));
  for (const held of documentFolds(examples, folds)) {
    const heldOut = new Set(held);
    const trained = trainSpeakerModel(examples.filter((e) => !heldOut.has(e.doc)), options);
    for (const margin of margins) {
      const model = { ...trained, margin };
      for (const e of examples.filter((x) => heldOut.has(x.doc))) decisions.get(margin)?.set(e, decidesCorrectly(model, e));
    }
  }
  return decisions;
}

export interface CrossValidation {
  scored: number;
  rules: number;
  model: number;
}

export function crossValidate(examples: readonly SpeakerExample[], options: SpeakerTrainingOptions, folds = 5): CrossValidation {
  let rules = 0;
  let model = 0;
  let scored = 0;
  for (const held of documentFolds(examples, folds)) {
    const heldOut = new Set(held);
    const trained = trainSpeakerModel(examples.filter((e) => !heldOut.has(e.doc)), options);
    for (const e of examples.filter((x) => heldOut.has(x.doc) && x.scored)) {
      scored++;
      if (ruleCorrect(e)) rules++;
      if (decidesCorrectly(trained, e)) model++;
    }
  }
  return { scored, rules: rules / scored, model: model / scored };
}
