// The sentences component: tokens and sentence spans over the cleaned text.
import { normalizeDeclaredLang } from '../langid/component.js';
import type { Component } from '../pipeline.js';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';

export { tokenize, abbreviations } from './tokenize.js';
export { splitSentences } from './split-sentences.js';

export const sentencesComponent: Component<Record<string, never>> = {
  name: 'sentences',
  requires: ['text'],
  assigns: ['sentences', 'tokens'],
  defaults: {},
  create: () => (article) => {
    article.tokens = tokenize(article.text);
    // The language stage runs later: a declared language picks the splitter's conventions.
    article.sentences = splitSentences(article.text, article.tokens, normalizeDeclaredLang(article.lang) ?? undefined);
    return article;
  },
};
