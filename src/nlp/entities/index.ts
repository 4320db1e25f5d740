// The entities component: tags named-entity mentions in each sentence with the trained tagger
// and writes them as spans into the article text. The model is read on first use, not on import.
import type { Article, EntityMention, Sentence, Token } from '../../doc/model.js';
import type { Component } from '../pipeline.js';
import { isBegin, isInside, typeOfLabel } from './labels.js';
import { propagateNames } from './document-pass.js';
import { loadNerModelSync } from './load.js';
import { tagSentence, type NerModel } from './model.js';

export { evaluateNer, NerDataMissingError, type NerEvaluation, type CorpusEvaluation, type EntityScores, type TypeScore } from './evaluate.js';
export { formatNerEvaluation } from './format.js';
export { loadNerModel, loadNerModelSync, shippedModelUrl } from './load.js';
export type { NerModel } from './model.js';

export interface EntitiesOptions {
  /** A model file to use instead of the shipped one. */
  modelPath: string | null;
  /** Languages to tag; others (and unlabelled text) get no mentions. The model was trained on
   * da/nb/nn/sv. English is off by default: the shared part of the model finds English names,
   * but English capitalises titles and weekdays ("Prime Minister", "Monday"), which it tags. */
  languages: readonly string[];
  /** Tag again, across the article, words the tagger named elsewhere in it (see document-pass.ts). */
  documentPass: boolean;
}

export const defaultEntitiesOptions: EntitiesOptions = {
  modelPath: null,
  languages: ['da', 'nb', 'nn', 'sv'],
  documentPass: true,
};

/** Language labels the model knows under another code. */
const MODEL_LANG: Readonly<Record<string, string>> = { no: 'nb' };

/** Mentions in `text`, sentence by sentence. Each sentence is tagged in its own language when it
 * has one, else in the article's. */
export function findMentions(
  model: NerModel,
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  articleLang: string,
  options: Pick<EntitiesOptions, 'languages' | 'documentPass'> = defaultEntitiesOptions,
): EntityMention[] {
  const tagged: { tokens: Token[]; forms: string[]; labels: Int32Array }[] = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < tokens.length && tokens[next].start < sentence.start) next++;
    const first = next;
    while (next < tokens.length && tokens[next].end <= sentence.end) next++;
    if (next === first) continue;
    const own = sentence.lang !== 'und' && sentence.lang !== '' ? sentence.lang : articleLang;
    const lang = MODEL_LANG[own] ?? own;
    if (!options.languages.includes(lang)) continue;
    const sentenceTokens = tokens.slice(first, next);
    const forms = sentenceTokens.map((token) => text.slice(token.start, token.end));
    tagged.push({ tokens: sentenceTokens, forms, labels: tagSentence(model, forms, lang) });
  }
  const labels = options.documentPass
    ? propagateNames(tagged.map((sentence) => ({ tokens: sentence.forms, labels: sentence.labels })), model.resources)
    : tagged.map((sentence) => sentence.labels);
  return tagged.flatMap((sentence, index) => mentionsOfLabels(text, sentence.tokens, labels[index]));
}

function mentionsOfLabels(text: string, tokens: readonly Token[], labels: Int32Array): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (!isBegin(labels[i])) continue;
    let end = i + 1;
    while (end < labels.length && isInside(labels[end]) && typeOfLabel(labels[end]) === typeOfLabel(labels[i])) end++;
    const start = tokens[i].start;
    const stop = tokens[end - 1].end;
    mentions.push({ type: typeOfLabel(labels[i]), start, end: stop, text: text.slice(start, stop) });
  }
  return mentions;
}

export const entitiesComponent: Component<EntitiesOptions> = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'lang'],
  assigns: ['mentions'],
  defaults: defaultEntitiesOptions,
  create(options) {
    // Loaded on the first article, so building a pipeline that never sees one costs nothing.
    let model: NerModel | null = null;
    return (article: Article): Article => {
      model ??= options.modelPath === null ? loadNerModelSync() : loadNerModelSync(options.modelPath);
      article.mentions = findMentions(model, article.text, article.tokens, article.sentences, article.lang, options);
      return article;
    };
  },
};
