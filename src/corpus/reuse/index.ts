// The reuse corpus stage: who copied whom, within and across the Nordic languages.
export { ReuseIndex, reuseDefaults, type ReuseArticle, type ReuseOptions, type ReusePair, type Passage } from './reuse-index.js';
export { neutralForm } from './neutral-form.js';
export { reuseForm, reuseFormId, foldSpelling } from './reuse-form.js';
export {
  evaluateReuse,
  readReuseCases,
  readReuseSources,
  type FalsePair,
  type ReuseCase,
  type ReuseCaseResult,
  type ReuseEvaluation,
  type ReuseEvaluationOptions,
  type ReuseSource,
  type ReuseSplit,
} from './evaluate.js';
