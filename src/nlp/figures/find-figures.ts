// Figures: a quantity bound to an event of a kind (killed, injured, arrested, …) with the group
// counted, the place, who reported it and when. A quantity becomes a figure only when a kind word
// (or a running-count noun such as "dødstallet") stands near it in the same sentence; counts of
// years, money, distances and the like are left out by the unit after them.
import type { Article, EntityMention, Figure, FigureKind, Sentence, Token } from '../../doc/model.js';
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

/** Who reported the figures of a sentence: the noun phrase after a cue ("ifølge politiet",
 * "oplyser Syd- og Sønderjyllands Politi"), else the one before it ("Nerdal opplyser at",
 * "police said"). Returns a token range, or null. */
function sourceIn(words: readonly string[], tokens: readonly Token[], text: string, cues: readonly Phrase<true>[], lang: string, counted: ReadonlySet<number>): [number, number] | null {
  const capital = (k: number): boolean => {
    const ch = text[tokens[k].start];
    return ch !== ch.toLowerCase();
  };
  const isWord = (k: number): boolean => k < words.length && tokens[k].kind === 'word';
  const canStart = (k: number): boolean => k >= 0 && isWord(k) && !counted.has(k) && !PRONOUNS.has(words[k]) && !NOT_A_SOURCE.has(words[k]);
  /** The phrase before a cue: up to five words ("authorities in both countries said"). */
  const before = (cueAt: number): [number, number] | null => {
    let from = cueAt;
    while (cueAt - from < 5) {
      if (canStart(from - 1)) from--;
      else if (JOINERS.has(words[from - 1]) && canStart(from - 2) && cueAt - from < 4) from -= 2;
      else break;
    }
    return from < cueAt ? [from, cueAt] : null;
  };
  for (let i = 0; i < words.length; i++) {
    const cue = phraseAt(words, i, cues);
    if (!cue) continue;
    let start = i + cue.words.length;
    // "ifølge den svenske kystvagt": a determiner before a noun phrase.
    if (DETERMINERS.has(words[start]) && canStart(start + 1) && !capital(start)) start++;
    // English puts the source before its verb ("police said"); after it only a capitalised name
    // ("said Holm"), never "said the death toll …"; "according to the UN" reads on as Nordic cues do.
    const englishVerb = lang === 'en' && !cue.words.includes('according');
    // "were reported missing": a passive report, whoever made it.
    if (englishVerb && /^(missing|dead|killed|injured|wounded|arrested|hurt)$/.test(words[start] ?? '')) continue;
    if (englishVerb) {
      const phrase = before(i);
      if (phrase) return phrase;
    }
    const afterOk = canStart(start) && (!englishVerb || (capital(start) && !DETERMINERS.has(words[start - 1])));
    if (afterOk) {
      let end = start + 1;
      while (end < words.length && end - start < 6) {
        if (tokens[end].kind === 'punct' && words[end] !== '-') break;
        const joinsNext = JOINERS.has(words[end]) && canStart(end + 1);
        // "svenske myndigheter": a lower-case adjective and its noun.
        const nounAfterAdjective = end === start + 1 && !capital(start) && /e$/.test(words[start]) && canStart(end) && !capital(end);
        if (capital(end) || nounAfterAdjective) end++;
        else if (joinsNext) end += 2;
        else break;
      }
      return [start, end];
    }
    const phrase = before(i);
    if (phrase) return phrase;
  }
  return null;
}

const DETERMINERS = new Set(['den', 'det', 'de', 'dei', 'the', 'en', 'et', 'ett', 'ein', 'eit', 'a', 'an']);
const JOINERS = new Set(['og', 'och', 'and', '-', 'of', 'for', 'i', 'in']);
/** Words that cannot start a source: prepositions and times after a cue ("said on Tuesday"). */
const NOT_A_SOURCE = new Set([
  'on', 'in', 'at', 'to', 'last', 'yesterday', 'today', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'i', 'på', 'til', 'till', 'for', 'om', 'fra', 'frå', 'från', 'med', 'ved', 'vid', 'nå', 'no', 'nu', 'også', 'òg', 'dock', 'dog', 'derfor', 'videre', 'vidare',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'måndag', 'tysdag', 'laurdag', 'sundag', 'tisdag', 'lördag', 'söndag',
  'har', 'er', 'var', 'blev', 'ble', 'vart', 'blei', 'är', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'går', 'igår', 'i går',
]);

const PRONOUNS = new Set(['han', 'hun', 'ho', 'hon', 'de', 'dei', 'den', 'det', 'vi', 'jeg', 'eg', 'jag', 'he', 'she', 'they', 'it', 'we', 'i', 'at', 'att', 'that', 'der', 'som', 'man', 'en', 'et', 'ett', 'ein', 'eit']);

function mentionIn(mentions: readonly EntityMention[], start: number, end: number, types: readonly string[]): number | null {
  let best: number | null = null;
  mentions.forEach((m, index) => {
    if (m.start >= start && m.end <= end && types.includes(m.type) && best === null) best = index;
  });
  return best;
}

const PREPOSITIONS = new Set(['av', 'af', 'mot', 'mod', 'mellom', 'blant', 'bland', 'for', 'med', 'til', 'till', 'på', 'fra', 'frå', 'från', 'by', 'of', 'against', 'with', 'to', 'from', 'among']);
const MEASURE_PREPOSITIONS = new Set(['i', 'in', 'på', 'for']);
const CONJUNCTIONS = new Set(['og', 'och', 'and', 'samt', 'men', 'but', 'mens', 'medan', 'while']);

/** The kind word of a quantity: the nearer of the nearest before and after it, but not one before
 * across a conjunction when one follows ("450 ble arrestert og et titall ble skadet"). */
function kindNear(words: readonly string[], at: number, end: number, before: number, kinds: readonly Phrase<FigureKind>[]): Found<FigureKind> | null {
  const right = nearest(words, at, end, 0, KIND_AFTER, kinds);
  const left = nearest(words, at, end, before, 0, kinds);
  if (!right && !left) return relativeKind(words, end, kinds);
  if (!left) return right;
  if (!right) return left;
  const leftGap = at - (left.at + left.length);
  const rightGap = right.at - end;
  if (words.slice(left.at + left.length, at).some((w) => CONJUNCTIONS.has(w))) return right;
  return leftGap < rightGap ? left : right;
}

const RELATIVES = new Set(['som', 'der', 'who', 'that']);

/** "211 journalistar og pressefolk som har dødd": the kind in a relative clause on the counted
 * noun, which may stand further off than a kind in the main clause. */
function relativeKind(words: readonly string[], end: number, kinds: readonly Phrase<FigureKind>[]): Found<FigureKind> | null {
  for (let k = end; k < Math.min(words.length, end + KIND_AFTER + 2); k++) {
    if (/^\d/.test(words[k]) || CLAUSE_BREAK.has(words[k]) || words[k] === ',') return null;
    if (!RELATIVES.has(words[k])) continue;
    const found = nearest(words, k + 1, k + 1, 0, 3, kinds);
    return found;
  }
  return null;
}

export function findFigures(article: Article): Figure[] {
  const figures: Figure[] = [];
  const resources = compile(article.lang) ?? compile('en');
  if (resources === null) return figures;
  const { text, tokens } = article;
  let tokenIndex = 0;
  for (const sentence of linesOf(article.sentences, text)) {
    while (tokenIndex < tokens.length && tokens[tokenIndex].start < sentence.start) tokenIndex++;
    const first = tokenIndex;
    while (tokenIndex < tokens.length && tokens[tokenIndex].end <= sentence.end) tokenIndex++;
    const sentenceTokens = tokens.slice(first, tokenIndex);
    if (sentenceTokens.length === 0) continue;
    const quantities = findQuantities(text, sentenceTokens, article.lang);
    if (quantities.length === 0) continue;
    const words = sentenceTokens.map((t) => text.slice(t.start, t.end).toLowerCase());
    const indexOf = (offset: number): number => sentenceTokens.findIndex((t) => t.start >= offset);
    // Words inside a quantity ("Two passengers … reported") are never the source.
    const counted = new Set<number>();
    for (const q of quantities) sentenceTokens.forEach((t, k) => t.start >= q.start && t.end <= q.end && counted.add(k));
    const source = sourceIn(words, sentenceTokens, text, resources.sourceCues, article.lang, counted);
    for (const quantity of quantities) {
      const figure = figureAt(quantity, indexOf(quantity.start), words, sentenceTokens, resources, text);
      if (!figure) continue;
      // Inside a quote, the speaker reported the figure.
      const quote = article.quotes.find((q) => q.start <= quantity.start && quantity.end <= q.end && q.speakerText !== null);
      const sourceSpan = source ? { start: sentenceTokens[source[0]].start, end: sentenceTokens[source[1] - 1].end } : null;
      // A direct quote names its speaker; in reported speech our own cue phrase is read first.
      const bySpeaker = quote !== undefined && (quote.direct || sourceSpan === null);
      const sourceText = bySpeaker ? quote.speakerText : sourceSpan ? text.slice(sourceSpan.start, sourceSpan.end) : null;
      figures.push({
        ...figure,
        sourceText,
        sourceMention: bySpeaker ? quote.speakerMention : sourceSpan ? mentionIn(article.mentions, sourceSpan.start, sourceSpan.end, ['PER', 'ORG', 'GPE', 'MISC']) : null,
        placeMention: mentionIn(article.mentions, sentence.start, sentence.end, ['GPE', 'LOC']),
        date: article.published,
      });
    }
  }
  return figures;
}

/** Sentences cut again at line breaks: a headline without a full stop is not the lead's subject. */
function linesOf(sentences: readonly Sentence[], text: string): Sentence[] {
  const lines: Sentence[] = [];
  for (const sentence of sentences) {
    let start = sentence.start;
    for (let at = text.indexOf('\n', start); at !== -1 && at < sentence.end; at = text.indexOf('\n', at + 1)) {
      if (at > start) lines.push({ ...sentence, start, end: at });
      start = at + 1;
    }
    if (start < sentence.end) lines.push({ ...sentence, start, end: sentence.end });
  }
  return lines;
}

type FigureCore = Omit<Figure, 'sourceText' | 'sourceMention' | 'placeMention' | 'date'>;

function figureAt(quantity: Quantity, at: number, words: readonly string[], tokens: readonly Token[], resources: CompiledFigures, text: string): FigureCore | null {
  let end = at;
  while (end < tokens.length && tokens[end].end <= quantity.end) end++;
  const next = words[end];
  if (next !== undefined && (resources.nonCountUnits.has(next) || /^-?år/.test(next))) return null;
  // "[15:12:11]", "15.30": a clock time.
  if (next === ':' && tokens[end].start === tokens[end - 1].end && /^\d/.test(text.slice(tokens[end].end, tokens[end].end + 1))) return null;
  // "fire nye uker", "to lange dagar": a unit after one adjective.
  const afterNext = words[end + 1];
  if (afterNext !== undefined && tokens[end].kind === 'word' && resources.nonCountUnits.has(afterNext) && !phraseAt(words, end, resources.groups) && !phraseAt(words, end, resources.kinds)) return null;
  const previous = words[at - 1];
  if (previous === 'kl.' || previous === 'klokken' || previous === 'klockan' || previous === 'klokka' || previous === 'nr.' || previous === 'år' || previous === 'i') {
    if (quantity.min !== null && quantity.min >= 1900 && quantity.min <= 2100) return null;
    if (previous !== 'i') return null;
  }
  // "pågrepet i ti politidistrikter", "en landsby på 400 sjeler", "tiltalt for elleve forbrytelser":
  // after these prepositions a number counts the noun after it, and that noun is no group of people.
  const countsPeople = (k: number): boolean => k < words.length && (phraseAt(words, k, resources.groups) !== null || phraseAt(words, k, resources.kinds) !== null);
  if (MEASURE_PREPOSITIONS.has(previous) && next !== undefined && tokens[end].kind === 'word' && !countsPeople(end) && !countsPeople(end + 1)) return null;
  // Keep the search inside the clause: a colon or bracket starts another statement.
  let clauseStart = at;
  while (clauseStart > 0 && !CLAUSE_BREAK.has(words[clauseStart - 1])) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < words.length && !CLAUSE_BREAK.has(words[clauseEnd])) clauseEnd++;
  const clause = words.slice(0, clauseEnd);
  // A capitalised word inside the sentence is a name ("Liv Signe Navarsete"), never a kind word.
  const kindWords = clause.map((w, k) => (k > 0 && /\p{Lu}/u.test(text[tokens[k].start]) && /[.!?:]/.test(words[k - 1]) === false ? '' : w));

  const group = nearest(clause, at, end, 0, GROUP_AFTER, resources.groups);
  if (quantity.weak && !(group && group.at === end)) return null;
  // "drept av en person", "overgrep mot et barn": an article after a preposition is no count.
  if (quantity.weak && PREPOSITIONS.has(words[at - 1])) return null;
  const toll = nearest(clause, at, end, Math.min(TOLL_BEFORE, at - clauseStart), 0, resources.tolls);
  let kind = toll ?? kindNear(kindWords, at, end, Math.min(KIND_BEFORE, at - clauseStart), resources.kinds);
  if (!kind && group?.value === 'soldiers') {
    const deploy = nearest(clause, at, end, Math.min(8, at - clauseStart), 6, resources.deployVerbs);
    if (deploy) kind = { at: deploy.at, length: deploy.length, value: 'deployed' };
  }
  // Kind 'other' marks look-alikes in the language data ("springa livet av seg"): no figure.
  if (!kind || kind.value === 'other') return null;
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
    quantity: { start: quantity.start, end: quantity.end },
  };
}
