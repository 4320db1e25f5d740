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
  /** Month names and their abbreviations: a number after one is a day. */
  months: Set<string>;
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
  const language = resourcesFor(lang);
  const resources: FigureResources | undefined = language?.figures;
  if (!resources) return null;
  const compiled: CompiledFigures = {
    kinds: phrases(resources.kinds.map((k) => ({ words: k.words, value: k.kind }))),
    tolls: phrases(resources.tolls.map((k) => ({ words: k.words, value: k.kind }))),
    groups: phrases(resources.groups.map((g) => ({ words: g.words, value: g.group }))),
    deployVerbs: phrases([{ words: resources.deployVerbs, value: true as const }]),
    sourceCues: phrases([{ words: resources.sourceCues, value: true as const }]),
    // "den 17 december": a number before a month name is a date.
    nonCountUnits: new Set([...resources.nonCountUnits, ...(language?.months ?? []).map((m) => m.name.toLowerCase())]),
    months: new Set((language?.months ?? []).flatMap((m) => [m.name.toLowerCase(), `${m.name.toLowerCase().slice(0, 3)}.`])),
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
/** Words before a number that make it the value of a running count ("har stigit till 20", "er nu 30"). */
const TOLL_VALUE_MARKERS = new Set(['till', 'til', 'to', 'at', 'är', 'er', 'var', 'was', 'is']);
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
        // "Sveriges Radio:s Ekot", "FN:s": a Swedish genitive after an abbreviation or name is one word.
        const glued = (k: number): boolean => k < tokens.length && tokens[k].start === tokens[k - 1].end;
        if (words[end] === ':' && glued(end) && glued(end + 1) && words[end + 1] === 's') {
          end += 2;
          continue;
        }
        if (tokens[end].kind === 'punct' && words[end] !== '-') break;
        const joinsNext = JOINERS.has(words[end]) && canStart(end + 1);
        // "svenske myndigheter", "lokal polis", "statlig egyptisk tv": lower-case adjectives and their noun.
        const adjectivesSoFar = words.slice(start, end).every((w, k) => !capital(start + k) && ADJECTIVE_ENDING.test(w));
        const nounAfterAdjective = end - start <= 2 && adjectivesSoFar && canStart(end) && !capital(end);
        // "Röda korset", "Norska flyktinghjälpen": a capitalised adjective and its definite noun.
        const definiteAfterName = end === start + 1 && capital(start) && ADJECTIVE_ENDING.test(words[start]) && canStart(end) && !capital(end) && DEFINITE_ENDING.test(words[end]);
        if (capital(end) || nounAfterAdjective || definiteAfterName) end++;
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

/** Endings of Nordic adjectives before their noun ("svenske", "pakistanska", "lokal", "statlig", "egyptisk"). */
const ADJECTIVE_ENDING = /(e|a|sk|al|ig|lig)$/;
/** Endings of Nordic definite nouns ("korset", "flyktinghjälpen", "politiet"). */
const DEFINITE_ENDING = /(et|en|n)$/;
const DETERMINERS = new Set(['den', 'det', 'de', 'dei', 'the', 'en', 'et', 'ett', 'ein', 'eit', 'a', 'an']);
const JOINERS = new Set(['og', 'och', 'and', '-', 'of', 'for', 'i', 'in']);
/** Words that cannot start a source: prepositions and times after a cue ("said on Tuesday"). */
const NOT_A_SOURCE = new Set([
  'on', 'in', 'at', 'to', 'last', 'yesterday', 'today', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'i', 'på', 'til', 'till', 'for', 'om', 'fra', 'frå', 'från', 'med', 'ved', 'vid', 'nå', 'no', 'nu', 'også', 'òg', 'dock', 'dog', 'derfor', 'videre', 'vidare',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'måndag', 'tysdag', 'laurdag', 'sundag', 'tisdag', 'lördag', 'söndag',
  'har', 'er', 'var', 'blev', 'ble', 'vart', 'blei', 'är', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'går', 'igår', 'i går',
  'kan', 'skal', 'skall', 'ska', 'vil', 'ville', 'kunne', 'kunde', 'må', 'måtte', 'bør', 'får', 'fikk', 'fekk', 'fick', 'blir', 'bliver', 'blivit', 'blitt', 'vorte',
]);

const PRONOUNS = new Set(['han', 'hun', 'ho', 'hon', 'de', 'dei', 'den', 'det', 'vi', 'jeg', 'eg', 'jag', 'he', 'she', 'they', 'it', 'we', 'i', 'at', 'att', 'that', 'der', 'som', 'man', 'en', 'et', 'ett', 'ein', 'eit']);

function mentionIn(mentions: readonly EntityMention[], start: number, end: number, types: readonly string[]): number | null {
  let best: number | null = null;
  mentions.forEach((m, index) => {
    if (m.start >= start && m.end <= end && types.includes(m.type) && best === null) best = index;
  });
  return best;
}

const FORCES = new Set(['soldiers', 'police', 'security forces']);
const PREPOSITIONS = new Set(['av', 'af', 'mot', 'mod', 'mellom', 'blant', 'bland', 'for', 'med', 'til', 'till', 'på', 'fra', 'frå', 'från', 'by', 'of', 'against', 'with', 'to', 'from', 'among']);
const MEASURE_PREPOSITIONS = new Set(['i', 'in', 'på', 'for']);
const CONJUNCTIONS = new Set(['og', 'och', 'and', 'samt', 'men', 'but', 'mens', 'medan', 'while']);

/** The kind word of a quantity: the nearer of the nearest before and after it, but not one before
 * across a conjunction when one follows ("450 ble arrestert og et titall ble skadet"). */
function kindNear(words: readonly string[], at: number, end: number, before: number, kinds: readonly Phrase<FigureKind>[]): Found<FigureKind> | null {
  const right = kindAfter(words, end, kinds);
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
/** Subjects that open a clause of their own after a comma ("de to paragraffer, han er sigtet efter"). */
const CLAUSE_SUBJECTS = new Set(['han', 'hun', 'ho', 'hon', 'vi', 'jeg', 'eg', 'jag', 'du', 'he', 'she', 'we', 'they', 'you']);

/** The kind word after a quantity, within KIND_AFTER words, read past one comma-enclosed aside on
 * the counted noun ("7500 allierte soldatar, av dei meir enn 6000 frå USA, er drepne") but not into
 * another clause with a subject of its own ("de to paragraffer, han er sigtet efter"). */
function kindAfter(words: readonly string[], end: number, kinds: readonly Phrase<FigureKind>[]): Found<FigureKind> | null {
  let limit = Math.min(words.length, end + KIND_AFTER + 1);
  for (let k = end; k < limit; k++) {
    if (words[k] === ',' && CLAUSE_SUBJECTS.has(words[k + 1] ?? '')) {
      limit = k;
      break;
    }
  }
  const right = nearest(words, end, end, 0, KIND_AFTER, kinds);
  if (right && right.at < limit) return right;
  // An age apposition: "Två män, 28 och 61 år, har anhållits" — read on after its closing comma.
  const ages = ageAside(words, end);
  if (ages !== null) return nearest(words, ages, ages, 0, 3, kinds);
  // An aside: ", av dei …, er drepne" — the words after its closing comma, if the sentence runs on.
  const open = words.indexOf(',', end);
  if (open === -1 || open - end > 3) return null;
  const close = words.indexOf(',', open + 1);
  if (close === -1 || close - open > 8 || !ASIDE_OPENERS.has(words[open + 1])) return null;
  const found = nearest(words, close + 1, close + 1, 0, 2, kinds);
  return found;
}

/** The word after an age apposition on the counted noun (", 28 och 61 år,", ", 19 og 20 år,"), or null. */
function ageAside(words: readonly string[], end: number): number | null {
  const open = words.indexOf(',', end);
  if (open === -1 || open - end > 2) return null;
  let k = open + 1;
  while (k < words.length && (/^\d+$/.test(words[k]) || LIST_JOINERS.has(words[k])) && words[k] !== ',') k++;
  if (k === open + 1 || !/^år/.test(words[k] ?? '')) return null;
  if (words[k + 1] === 'gamla' || words[k + 1] === 'gamle' || words[k + 1] === 'old') k++;
  return words[k + 1] === ',' ? k + 2 : null;
}

/** Words that open an aside on a counted noun rather than a clause of its own. */
const ASIDE_OPENERS = new Set(['av', 'af', 'of', 'blant', 'bland', 'among', 'herav', 'heriblandt', 'including', 'hvorav', 'varav', 'medrekna', 'inkludert']);

/** "211 journalistar og pressefolk som har dødd": the kind in a relative clause on the counted
 * noun, which may stand further off than a kind in the main clause. */
function relativeKind(words: readonly string[], end: number, kinds: readonly Phrase<FigureKind>[]): Found<FigureKind> | null {
  for (let k = end; k < Math.min(words.length, end + KIND_AFTER + 2); k++) {
    // ", som ble fengslet": a relative clause may follow its noun after a comma.
    if (words[k] === ',' && RELATIVES.has(words[k + 1] ?? '')) continue;
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
    const quantityStarts = new Set(quantities.map((q) => indexOf(q.start)));
    const startsQuantity = (k: number): boolean => quantityStarts.has(k);
    const source = sourceIn(words, sentenceTokens, text, resources.sourceCues, article.lang, counted);
    for (const quantity of quantities) {
      const figure = figureAt(quantity, indexOf(quantity.start), words, sentenceTokens, resources, text, startsQuantity);
      if (!figure) continue;
      // Inside a quote, the speaker reported the figure.
      const quote = article.quotes.find((q) => q.start <= quantity.start && quantity.end <= q.end && q.speakerText !== null);
      const sourceSpan = source ? { start: sentenceTokens[source[0]].start, end: sentenceTokens[source[1] - 1].end } : null;
      // A direct quote names its speaker; in reported speech our own cue phrase is read first.
      // A pronoun ("sade han") names nobody a reader can tell apart: no source, as the gold has it.
      const speakerNamed = quote?.speakerText != null && !PRONOUNS.has(quote.speakerText.toLowerCase());
      const bySpeaker = quote !== undefined && speakerNamed && (quote.direct || sourceSpan === null);
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

const PARTITIVE_PREPOSITIONS = new Set(['av', 'af', 'of', 'blant', 'bland', 'among']);
const PARTITIVE_PRONOUNS = new Set(['dei', 'dem', 'them', 'disse', 'desse', 'these']);

/** "7500 soldatar, av dei meir enn 6000 …": a part counts the group named just before "av dei". */
function partitiveGroup(words: readonly string[], at: number, groups: readonly Phrase<string>[]): Found<string> | null {
  // The quantity may carry a hedge ("av dei meir enn 6000"): look back over up to two words.
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (PARTITIVE_PRONOUNS.has(words[k]) && PARTITIVE_PREPOSITIONS.has(words[k - 1])) return nearest(words, k - 1, k - 1, 4, 0, groups);
  }
  return null;
}

const ONE_OF = new Set(['ene', 'eine', 'en', 'ein', 'én', 'éin', 'ett', 'eitt', 'et', 'one', 'each', 'hver', 'kvar', 'var', 'ingen', 'none']);
const PART_OF = new Set(['av', 'af', 'of']);
const SETS_OF = new Set(['de', 'dei', 'the']);
const BOTH = new Set(['både', 'begge', 'both']);

const COPULAS = new Set(['var', 'är', 'er', 'vart', 'blev', 'ble', 'blei', 'was', 'were', 'is', 'are']);

/** "Två av de döda var barn", "two of the dead were children": the group is said after the copula. */
function predicativeGroup(words: readonly string[], end: number, kinds: readonly Phrase<FigureKind>[], groups: readonly Phrase<string>[]): Found<string> | null {
  if (!PART_OF.has(words[end]) || !SETS_OF.has(words[end + 1])) return null;
  const kind = phraseAt(words, end + 2, kinds);
  if (!kind) return null;
  const copula = end + 2 + kind.words.length;
  if (!COPULAS.has(words[copula])) return null;
  const group = phraseAt(words, copula + 1, groups);
  return group ? { at: copula + 1, length: group.words.length, value: group.value } : null;
}

/** "titusenar, både soldatar og sivile": a count over two groups counts people. */
function mixedGroup(words: readonly string[], group: Found<string> | null, groups: readonly Phrase<string>[]): Found<string> | null {
  if (!group) return null;
  const after = group.at + group.length;
  const other = CONJUNCTIONS.has(words[after]) ? phraseAt(words, after + 1, groups) : null;
  // "2.182 kvinnor och barn": a group joined to another noun before it counts both, so people.
  const joinedAfterNoun = CONJUNCTIONS.has(words[group.at - 1]) && group.at - 2 >= 0 && /^\p{L}/u.test(words[group.at - 2]) && !phraseAt(words, group.at - 2, groups);
  if (BOTH.has(words[group.at - 1]) || (other && other.value !== group.value) || joinedAfterNoun) return { ...group, value: 'people' };
  return group;
}

/** A kind word inside a longer look-alike that starts before it ("en gång i livet", "i live"):
 * the search outward from a number meets "livet" before it meets "i". */
function lookAlike(words: readonly string[], kind: Found<FigureKind> | null, kinds: readonly Phrase<FigureKind>[]): Found<FigureKind> | null {
  if (!kind) return null;
  for (let from = Math.max(0, kind.at - 2); from < kind.at; from++) {
    const phrase = phraseAt(words, from, kinds);
    if (phrase && phrase.value === 'other' && from + phrase.words.length > kind.at) return { at: from, length: phrase.words.length, value: 'other' };
  }
  return kind;
}

/** Whether a kind phrase ends just before word `at` ("dödades" in "dödades och en skadades"). */
function kindEndsAt(words: readonly string[], at: number, kinds: readonly Phrase<FigureKind>[]): boolean {
  for (let from = Math.max(0, at - 3); from < at; from++) {
    const phrase = phraseAt(words, from, kinds);
    if (phrase && phrase.value !== 'other' && from + phrase.words.length === at) return true;
  }
  return false;
}

type FigureCore = Omit<Figure, 'sourceText' | 'sourceMention' | 'placeMention' | 'date'>;

const MONTH_ABBREVIATION = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|des)\.?$/;
const LIST_JOINERS = new Set(['respektive', 'henholdsvis', 'hhv.', 'respectively', 'og', 'och', 'and', 'eller', 'or', ',']);

function figureAt(quantity: Quantity, at: number, words: readonly string[], tokens: readonly Token[], resources: CompiledFigures, text: string, startsQuantity: (k: number) => boolean): FigureCore | null {
  let end = at;
  while (end < tokens.length && tokens[end].end <= quantity.end) end++;
  const next = words[end];
  if (next !== undefined && (resources.nonCountUnits.has(next) || /^-?år/.test(next))) return null;
  // "fyra respektive åtta år gamla", "28 og 61 år": the unit after the last of a pair of numbers.
  if (LIST_JOINERS.has(next) && startsQuantity(end + 1) && (resources.nonCountUnits.has(words[end + 2]) || /^-?år/.test(words[end + 2] ?? ''))) return null;
  // "[15:12:11]", "15.30": a clock time.
  if (next === ':' && tokens[end].start === tokens[end - 1].end && /^\d/.test(text.slice(tokens[end].end, tokens[end].end + 1))) return null;
  // "fire nye uker", "to lange dagar": a unit after one adjective.
  const afterNext = words[end + 1];
  if (afterNext !== undefined && tokens[end].kind === 'word' && resources.nonCountUnits.has(afterNext) && !phraseAt(words, end, resources.groups) && !phraseAt(words, end, resources.kinds)) return null;
  // "fyra döda viggar": a kind word used as an adjective on a counted thing (animals, vehicles)
  // counts that thing; "tre döda år 2003" keeps its figure (a number after the unit makes it a date).
  const kindAdjective = phraseAt(words, end, resources.kinds);
  if (kindAdjective && kindAdjective.words.length === 1 && afterNext !== undefined && resources.nonCountUnits.has(afterNext) && !/^\d/.test(words[end + 2] ?? '')) return null;
  const previous = words[at - 1];
  // "Ola Dahl, 36, ble arrestert": an age set off by commas after a name.
  const capitalised = (k: number): boolean => k >= 0 && /\p{Lu}/u.test(text[tokens[k].start]);
  if (previous === ',' && next === ',' && capitalised(at - 2) && end === at + 1 && quantity.min !== null && quantity.min < 130) return null;
  // "killed Aug. 4": a day after a month.
  if (previous !== undefined && (resources.months.has(previous) || MONTH_ABBREVIATION.test(previous))) return null;
  // "One man's search": the number counts a possessor, not the people of an event.
  if (next !== undefined && /['’]s$/.test(next)) return null;
  if (previous === 'kl.' || previous === 'klokken' || previous === 'klockan' || previous === 'klokka' || previous === 'nr.' || previous === 'år' || previous === 'i') {
    // "i 2009" is a year; "i tusentals dödsfall" (2,000–9,999) is a range, no year.
    if (quantity.min !== null && quantity.min === quantity.max && quantity.min >= 1900 && quantity.min <= 2100) return null;
    if (previous !== 'i') return null;
  }
  // "pågrepet i ti politidistrikter", "en landsby på 400 sjeler", "tiltalt for elleve forbrytelser":
  // after these prepositions a number counts the noun after it, and that noun is no group of people.
  const countsPeople = (k: number): boolean => k < words.length && (phraseAt(words, k, resources.groups) !== null || phraseAt(words, k, resources.kinds) !== null || phraseAt(words, k, resources.tolls) !== null);
  // …unless a relative clause on that noun says what happened to them ("namnet på 211 journalistar som har dødd").
  if (MEASURE_PREPOSITIONS.has(previous) && next !== undefined && tokens[end].kind === 'word' && !countsPeople(end) && !countsPeople(end + 1) && !relativeKind(words, end, resources.kinds)) return null;
  // Keep the search inside the clause: a colon or bracket starts another statement.
  let clauseStart = at;
  while (clauseStart > 0 && !CLAUSE_BREAK.has(words[clauseStart - 1])) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < words.length && !CLAUSE_BREAK.has(words[clauseEnd])) clauseEnd++;
  const clause = words.slice(0, clauseEnd);
  // A capitalised word inside the sentence is a name ("Liv Signe Navarsete"), never a kind word.
  const kindWords = clause.map((w, k) => (k > 0 && /\p{Lu}/u.test(text[tokens[k].start]) && /[.!?:]/.test(words[k - 1]) === false ? '' : w));

  const group = mixedGroup(clause, nearest(clause, at, end, 0, GROUP_AFTER, resources.groups) ?? partitiveGroup(words, at, resources.groups) ?? predicativeGroup(clause, end, resources.kinds, resources.groups), resources.groups);
  // "den eine av dei to sønene", "one of the three": the number counts the set one is taken from.
  if (SETS_OF.has(words[at - 1]) && PART_OF.has(words[at - 2]) && ONE_OF.has(words[at - 3])) return null;
  // "Tre av dem dödades och en skadades": a one after a conjunction that ends another count's kind,
  // followed by its own kind, counts too.
  const coordinatedOne = quantity.weak && CONJUNCTIONS.has(words[at - 1]) && phraseAt(words, end, resources.kinds) !== null && kindEndsAt(words, at - 1, resources.kinds);
  if (quantity.weak && !(group && group.at === end) && !coordinatedOne) return null;
  // "drept av en person", "overgrep mot et barn": an article after a preposition is no count.
  if (quantity.weak && PREPOSITIONS.has(words[at - 1])) return null;
  // "tusentals dödsfall": a toll noun right after the number counts it; "Dödssiffran … har stigit
  // till 20", "dödsoffren uppgår till 30": the number is the value of a toll anywhere before it in the clause.
  const tollReach = TOLL_VALUE_MARKERS.has(previous ?? '') ? at - clauseStart : Math.min(TOLL_BEFORE, at - clauseStart);
  const tollAfter = phraseAt(clause, end, resources.tolls);
  const toll = tollAfter ? { at: end, length: tollAfter.words.length, value: tollAfter.value } : nearest(clause, at, end, tollReach, 0, resources.tolls);
  const near = lookAlike(kindWords, kindNear(kindWords, at, end, Math.min(KIND_BEFORE, at - clauseStart), resources.kinds), resources.kinds);
  // A kind word right after the number ("… dødsfall, mange tusen skadde") outweighs a toll before it.
  let kind = toll && !(near && near.at === end) ? toll : near;
  if (!kind && group?.value === 'soldiers') {
    const deploy = nearest(clause, at, end, Math.min(8, at - clauseStart), 6, resources.deployVerbs);
    if (deploy) kind = { at: deploy.at, length: deploy.length, value: 'deployed' };
  }
  // Kind 'other' marks look-alikes in the language data ("springa livet av seg"): no figure.
  if (!kind || kind.value === 'other') return null;
  // "mord på 16 civila" counts the killed after the preposition; "31 mord på ett bräde" counts murders.
  if (kind.at >= end && kind.length > 1 && PREPOSITIONS.has(words[kind.at + kind.length - 1])) return null;
  // "I am missing 20 pages", "savnet 3 ting": missing before a number is a verb with an object.
  if (kind.value === 'missing' && kind.at < at) return null;
  // "udsendte et par truende signaler": sent, but no force was counted.
  if (kind.value === 'deployed' && !(group && FORCES.has(group.value))) return null;
  // A year standing alone ("i 2023 døde …") is a date, not a count.
  const isYear = (v: number | null): boolean => v !== null && v >= 1900 && v <= 2100 && Number.isInteger(v);
  if (!group && isYear(quantity.min) && (quantity.max === quantity.min || isYear(quantity.max))) return null;

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
