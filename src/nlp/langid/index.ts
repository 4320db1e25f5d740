// Language identification: which of da/nb/nn/sv/en (or another language) a text is written in,
// for whole articles and single sentences. The model file loads on first use.
import { makeLangidComponent, type LangidOptions } from './component.js';
import { createLanguageIdentifier, loadModelFile, type LanguageGuess, type LanguageIdentifier } from './identify.js';
import type { Component } from '../pipeline.js';
import { runLangidEvaluation, type LangidEvaluation } from './evaluate.js';

export type { LangidOptions } from './component.js';
export { DEFAULT_LANGID_OPTIONS, labelArticle, normalizeDeclaredLang } from './component.js';
export type { DetailedGuess, IdentifierOptions, LanguageGuess, LanguageIdentifier } from './identify.js';
export { createLanguageIdentifier, loadModelFile, DEFAULT_MODEL_URL, UNDETERMINED } from './identify.js';
export { LangidModelError } from './model.js';
export type { LangidEvaluation, SetScores, SystemEvaluation } from './evaluate.js';
export { formatLangidEvaluation, LangidDataError } from './evaluate.js';

// One identifier per process, made on first call: reading and unpacking the model costs ~50 ms,
// too much per call and not wanted at import time.
let defaultIdentifier: LanguageIdentifier | undefined;

export function getDefaultIdentifier(): LanguageIdentifier {
  defaultIdentifier ??= createLanguageIdentifier(loadModelFile());
  return defaultIdentifier;
}

/** The language of a text with the shipped model: `{ lang: 'da', confidence: 0.98 }`. */
export function identifyLanguage(text: string): LanguageGuess {
  return getDefaultIdentifier().identify(text);
}

export const langidComponent: Component<LangidOptions> = makeLangidComponent(getDefaultIdentifier);

/**
 * The evaluation of the shipped model (or the model file `modelPath`) over the shared
 * data folder, CLD2, fastText (lid.176) and franc beside it where installed: test splits and NordicDSL by default, or the dev splits alone.
 * Throws `LangidDataError` when the data is absent.
 */
export async function evaluateLangid(
  dataDir: string,
  options: { split?: 'dev' | 'test'; modelPath?: string; peers?: boolean } = {},
): Promise<LangidEvaluation> {
  const split = options.split ?? 'test';
  const identifier = options.modelPath === undefined ? getDefaultIdentifier() : createLanguageIdentifier(loadModelFile(options.modelPath));
  return runLangidEvaluation(dataDir, { split, identifier, peers: options.peers ?? true, nordicDsl: split === 'test' });
}
