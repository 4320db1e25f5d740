// The pipeline's language stage: labels the whole article (title and body) and each sentence,
// letting a sentence differ from its article only when it clearly is another language.
import type { Article } from '../../doc/model.js';
import type { Component } from '../pipeline.js';
import { UNDETERMINED, type DetailedGuess, type LanguageIdentifier } from './identify.js';

export interface LangidOptions {
  /** Sentences with fewer words than this are short: they switch only at `shortSwitchConfidence`. */
  minSentenceWords: number;
  /** Confidence a sentence needs to take a label other than its article's. */
  switchConfidence: number;
  shortSwitchConfidence: number;
  /** A language the input declared is kept while the model's own confidence is below this. */
  keepDeclaredBelow: number;
}

export const DEFAULT_LANGID_OPTIONS: LangidOptions = {
  minSentenceWords: 5,
  switchConfidence: 0.9,
  shortSwitchConfidence: 0.98,
  keepDeclaredBelow: 0.6,
};

// Declared labels come as BCP 47 tags, ISO 639-2 codes or bare `no`.
const DECLARED_ALIASES: Record<string, string> = {
  nob: 'nb',
  nno: 'nn',
  nor: 'no',
  dan: 'da',
  swe: 'sv',
  eng: 'en',
};

/** `nb-NO` → `nb`, `dan` → `da`; `no` stays `no` (the caller picks Bokmål or Nynorsk). */
export function normalizeDeclaredLang(declared: string | null | undefined): string | null {
  if (declared === null || declared === undefined) return null;
  const primary = declared.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === '' || primary === UNDETERMINED) return null;
  return DECLARED_ALIASES[primary] ?? primary;
}

/** The article label: the model's, unless it is unsure and the input declared one. */
export function decideArticleLanguage(
  guess: DetailedGuess,
  declared: string | null,
  options: LangidOptions,
): { lang: string; confidence: number } {
  if (declared === null || guess.confidence >= options.keepDeclaredBelow) {
    if (guess.lang !== UNDETERMINED || declared === null) return { lang: guess.lang, confidence: guess.confidence };
  }
  if (declared === 'no') {
    // Norwegian is never labelled `no`: the written standard the model finds likelier wins.
    const bokmal = guess.probabilities.nb ?? 0;
    const nynorsk = guess.probabilities.nn ?? 0;
    return nynorsk > bokmal ? { lang: 'nn', confidence: nynorsk } : { lang: 'nb', confidence: bokmal };
  }
  // A declared label the model has no probability for (German, say) gets an even chance.
  return { lang: declared, confidence: guess.probabilities[declared] ?? 0.5 };
}

/** A sentence's label given its own guess and its article's label. */
export function decideSentenceLanguage(guess: DetailedGuess, articleLang: string, options: LangidOptions): string {
  if (guess.lang === UNDETERMINED || guess.lang === articleLang || articleLang === UNDETERMINED) {
    return guess.lang === UNDETERMINED ? articleLang : guess.lang;
  }
  const needed = guess.words < options.minSentenceWords ? options.shortSwitchConfidence : options.switchConfidence;
  return guess.confidence >= needed ? guess.lang : articleLang;
}

export function labelArticle(article: Article, identifier: LanguageIdentifier, options: LangidOptions): Article {
  const whole = article.title ? `${article.title}\n${article.text}` : article.text;
  const declared = normalizeDeclaredLang(article.lang);
  const { lang, confidence } = decideArticleLanguage(identifier.identifyDetailed(whole), declared, options);
  const sentences = article.sentences.map((sentence) => ({
    ...sentence,
    lang: decideSentenceLanguage(identifier.identifyDetailed(article.text.slice(sentence.start, sentence.end)), lang, options),
  }));
  return { ...article, lang, langConfidence: confidence, sentences };
}

/** Builds the component around an identifier getter, so the model loads on first article, not at import. */
export function makeLangidComponent(getIdentifier: () => LanguageIdentifier): Component<LangidOptions> {
  return {
    name: 'langid',
    requires: ['text', 'sentences'],
    assigns: ['lang'],
    defaults: DEFAULT_LANGID_OPTIONS,
    create(options) {
      const settings = { ...DEFAULT_LANGID_OPTIONS, ...options };
      return (article) => labelArticle(article, getIdentifier(), settings);
    },
  };
}
