// Figures: a quantity bound to an event of a kind (killed, injured, arrested, …) with the group
// counted, the place, who reported it and when. A quantity becomes a figure only when a kind word
// (or a running-count noun such as "dødstallet") stands near it in the same sentence; counts of
// years, money, distances and the like are left out by the unit after them.
import type { Article, EntityMention, Figure, FigureKind, Token } from '../../doc/model.js';
import { resourcesFor, type FigureResources } from '../../lang/index.js';
import { findQuantities, type Quantity } from '../numbers/index.js';

interface Phrase<T> {
  words: string[];
  /** The last word matches as a prefix ("evakuer*"). */
  prefix: boolean;
  value: T;
}

interface CompiledFigures {
  kinds: Phrase<FigureKind>[];
  tolls: Phrase<FigureKind>[];
  groups: Phrase<string>[];
  deployVerbs: Phrase<true>[];
  sourceCues: Phrase<true>[];
  nonCountUnits: Set<string>;
}

const compiledByLang = new Map<string, CompiledFigures>();

function phrases<T>(entries: readonly { words: readonly string[]; value: T }[]): Phrase<T>[] {
  return entries
    .flatMap(({ words, value }) =>
      words.map((w) => {
        const prefix = w.endsWith('*');
        return { words: (prefix ? w.slice(0, -1) : w).split(' '), prefix, value };
      }),
    )
    .sort((a, b) => b.words.length - a.words.length);
}

function compile(lang: string): CompiledFigures | null {
  const cached = compiledByLang.get(lang);
  if (cached) return cached;
  const resources: FigureResources | undefined = resourcesFor(lang)?.figures;
  if (!resources) return null;
  const compiled: CompiledFigures = {
    kinds: phrases(resources.kinds.map((k) => ({ words: k.words, value: k.kind }))),
    tolls: phrases(resources.tolls.map((k) => ({ words: k.words, value: k.kind }))),
    groups: phrases(resources.groups.map((g) => ({ words: g.words, value: g.group }))),
    deployVerbs: phrases([{ words: resources.deployVerbs, value: true as const }]),
    sourceCues: phrases([{ words: resources.sourceCues, value: true as const }]),
    nonCountUnits: new Set(resources.nonCountUnits),
  };
  compiledByLang.set(lang, compiled);
  return compiled;
}

/** The phrase starting at word `at`, longest first, and how many words it takes. */
function phraseAt<T>(words: readonly string[], at: number, list: readonly Phrase<T>[]): Phrase<T> | null {
  for (const phrase of list) {
    const n = phrase.words.length;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const word = words[at + k];
      if (word === undefined) ok = false;
      else if (k === n - 1 && phrase.prefix) ok = word.startsWith(phrase.words[k]);
      else ok = word === phrase.words[k];
    }
    if (ok) return phrase;
  }
  return null;
}

interface Found<T> {
  at: number;
  length: number;
  value: T;
}

/** The nearest phrase of `list` to the token range [from, to), searched within `before`/`after` words. */
function nearest<T>(words: readonly string[], from: number, to: number, before: number, after: number, list: readonly Phrase<T>[]): Found<T> | null {
  for (let distance = 0; distance <= Math.max(before, after); distance++) {
    const right = to + distance;
    if (distance <= after && right < words.length) {
      const phrase = phraseAt(words, right, list);
      if (phrase) return { at: right, length: phrase.words.length, value: phrase.value };
    }
    const left = from - 1 - distance;
    if (distance < before && left >= 0) {
      const phrase = phraseAt(words, left, list);
      if (phrase && left + phrase.words.length <= from) return { at: left, length: phrase.words.length, value: phrase.value };
    }
  }
  return null;
}

const CLAUSE_BREAK = new Set([';', ':', '?', '!', '(', ')']);
const KIND_AFTER = 7;
const KIND_BEFORE = 5;
const TOLL_BEFORE = 6;
const GROUP_AFTER = 3;

/** Who reported the figures of a sentence: the words after a cue ("ifølge politiet"), or before
 * an English "said". Returns a token range, or null. */
function sourceIn(words: readonly string[], tokens: readonly Token[], text: string, cues: readonly Phrase<true>[]): [number, number] | null {
  for (let i = 0; i < words.length; i++) {
    const cue = phraseAt(words, i, cues);
    if (!cue) continue;
    let start = i + cue.words.length;
    // "oplyser Syd- og Sønderjyllands Politi", "ifølge politiet", "enligt Kustbevakningen"
    let end = start;
    while (end < words.length && end - start < 5) {
      const ch = text[tokens[end].start];
      const capital = ch !== ch.toLowerCase();
      if (end === start ? tokens[end].kind === 'word' && !PRONOUNS.has(words[end]) : capital || words[end] === 'og' || words[end] === '-') end++;
      else break;
    }
    if (end > start) return [start, end];
    // English "police said": the noun phrase before the cue.
    start = i;
    while (start > 0 && tokens[start - 1].kind === 'word' && i - start < 3 && !PRONOUNS.has(words[start - 1])) start--;
    if (start < i && /^(said|says|reported|confirmed|announced|told)$/.test(words[i])) return [start, i];
  }
  return null;
}

const PRONOUNS = new Set(['han', 'hun', 'ho', 'hon', 'de', 'dei', 'den', 'det', 'vi', 'jeg', 'eg', 'jag', 'he', 'she', 'they', 'it', 'we', 'i', 'at', 'att', 'that', 'der', 'som', 'man', 'en', 'et', 'ett', 'ein', 'eit']);

function mentionIn(mentions: readonly EntityMention[], start: number, end: number, types: readonly string[]): number | null {
  let best: number | null = null;
  mentions.forEach((m, index) => {
    if (m.start >= start && m.end <= end && types.includes(m.type) && best === null) best = index;
  });
  return best;
}

export function findFigures(article: Article): Figure[] {
  const figures: Figure[] = [];
  const resources = compile(article.lang) ?? compile('en');
  if (resources === null) return figures;
  const { text, tokens } = article;
  let tokenIndex = 0;
  for (const sentence of article.sentences) {
    while (tokenIndex < tokens.length && tokens[tokenIndex].start < sentence.start) tokenIndex++;
    const first = tokenIndex;
    while (tokenIndex < tokens.length && tokens[tokenIndex].end <= sentence.end) tokenIndex++;
    const sentenceTokens = tokens.slice(first, tokenIndex);
    if (sentenceTokens.length === 0) continue;
    const quantities = findQuantities(text, sentenceTokens, article.lang);
    if (quantities.length === 0) continue;
    const words = sentenceTokens.map((t) => text.slice(t.start, t.end).toLowerCase());
    const indexOf = (offset: number): number => sentenceTokens.findIndex((t) => t.start >= offset);
    const source = sourceIn(words, sentenceTokens, text, resources.sourceCues);
    for (const quantity of quantities) {
      const figure = figureAt(quantity, indexOf(quantity.start), words, sentenceTokens, resources, text);
      if (!figure) continue;
      const sourceSpan = source ? { start: sentenceTokens[source[0]].start, end: sentenceTokens[source[1] - 1].end } : null;
      figures.push({
        ...figure,
        sourceText: sourceSpan ? text.slice(sourceSpan.start, sourceSpan.end) : null,
        sourceMention: sourceSpan ? mentionIn(article.mentions, sourceSpan.start, sourceSpan.end, ['PER', 'ORG', 'GPE', 'MISC']) : null,
        placeMention: mentionIn(article.mentions, sentence.start, sentence.end, ['GPE', 'LOC']),
        date: article.published,
      });
    }
  }
  return figures;
}

type FigureCore = Omit<Figure, 'sourceText' | 'sourceMention' | 'placeMention' | 'date'>;

function figureAt(quantity: Quantity, at: number, words: readonly string[], tokens: readonly Token[], resources: CompiledFigures, text: string): FigureCore | null {
  let end = at;
  while (end < tokens.length && tokens[end].end <= quantity.end) end++;
  const next = words[end];
  if (next !== undefined && (resources.nonCountUnits.has(next) || /^-?år/.test(next))) return null;
  const previous = words[at - 1];
  if (previous === 'kl.' || previous === 'klokken' || previous === 'klockan' || previous === 'klokka' || previous === 'nr.' || previous === 'år' || previous === 'i') {
    if (quantity.min !== null && quantity.min >= 1900 && quantity.min <= 2100) return null;
    if (previous !== 'i') return null;
  }
  // Keep the search inside the clause: a colon or bracket starts another statement.
  let clauseStart = at;
  while (clauseStart > 0 && !CLAUSE_BREAK.has(words[clauseStart - 1])) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < words.length && !CLAUSE_BREAK.has(words[clauseEnd])) clauseEnd++;
  const clause = words.slice(0, clauseEnd);

  const group = nearest(clause, at, end, 0, GROUP_AFTER, resources.groups);
  if (quantity.weak && !(group && group.at === end)) return null;
  const toll = nearest(clause, at, end, Math.min(TOLL_BEFORE, at - clauseStart), 0, resources.tolls);
  let kind = toll ?? nearest(clause, at, end, Math.min(KIND_BEFORE, at - clauseStart), KIND_AFTER, resources.kinds);
  if (!kind && group?.value === 'soldiers') {
    const deploy = nearest(clause, at, end, Math.min(8, at - clauseStart), 6, resources.deployVerbs);
    if (deploy) kind = { at: deploy.at, length: deploy.length, value: 'deployed' };
  }
  if (!kind) return null;
  // A year standing alone ("i 2023 døde …") is a date, not a count.
  if (!group && quantity.min !== null && quantity.min === quantity.max && quantity.min >= 1900 && quantity.min <= 2100 && Number.isInteger(quantity.min)) return null;

  const spanFrom = Math.min(at, kind.at);
  const spanTo = Math.max(end, kind.at + kind.length, group ? group.at + group.length : end);
  const start = tokens[spanFrom].start;
  const stop = tokens[spanTo - 1].end;
  return {
    start,
    end: stop,
    text: text.slice(start, stop),
    kind: kind.value,
    min: quantity.min,
    max: quantity.max,
    approximate: quantity.approximate,
    group: group?.value ?? (kind.value === 'deployed' ? 'soldiers' : 'people'),
  };
}
