// The reuse corpus stage: who copied whom, within and across the Nordic languages.
export { ReuseIndex, reuseDefaults, type ReuseArticle, type ReuseOptions, type ReusePair, type Passage } from './reuse-index.js';
export { neutralForm } from './neutral-form.js';
export { evaluateReuse, readReuseCases, type ReuseCase, type ReuseCaseResult, type ReuseEvaluation } from './evaluate.js';
