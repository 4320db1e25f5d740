// Sentence boundaries over tokens. A line break between paragraphs always ends a sentence, and a
// terminal mark ends one when what follows can start a sentence. Abbreviations are single tokens
// already, and an ordinal before a month name ("23. januar") is a number token, so neither splits
// — unless the next word is one that only a new sentence opens with ("… 70 mill. kr. Dette …").
// Where the text has lost its line breaks (headlines run into the next sentence), the case of
// the next word decides: a word the language writes in lower case, capitalised after a short
// unpunctuated stretch, opens a new sentence ("Nye udfordringer Året efter gentog hun …").
import type { Sentence, Token } from '../../doc/model.js';
import { resourcesFor, type SentenceResources } from '../../lang/index.js';
import { caseLexicon, type CaseLexicon } from './case-lexicon.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSING = new Set(['»', '«', '”', '"', "'", '’', ')', '›']);
// Swedish opens quotes with ” as well as closing them.
const OPENING_OR_DASH = new Set(['»', '«', '“', '”', '„', '"', "'", '(', '–', '—', '-', '‹', '›']);
const DASHES = new Set(['–', '—', '-']);

const EMPTY_LEXICON: CaseLexicon = { lowercaseWords: new Set(), sentenceOpeners: new Set(), nonFinalWords: new Set(), capitalisedWords: new Set() };

/** The longest run of words, in tokens, read as a headline when a sentence follows it unbroken. */
export const MAX_HEADLINE_TOKENS = 12;

interface SplitContext {
  text: string;
  tokens: readonly Token[];
  lexicon: CaseLexicon;
  colonConvention: SentenceResources['colonEndsSentence'];
  sentenceCaseHeadlines: boolean;
  lowercaseSentenceStarts: boolean;
}

const tokenText = (text: string, token: Token): string => text.slice(token.start, token.end);

function startsUpper(text: string, token: Token): boolean {
  const ch = text[token.start];
  return ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9');
}

/** A capitalised word, lower-cased; null for other tokens and for words whose second letter is
 * a capital too ("OPLÆG", "TV-skjermen"): their case says nothing about a sentence start. */
function capitalisedWord(text: string, token: Token): string | null {
  if (token.kind !== 'word') return null;
  const form = tokenText(text, token);
  const first = form.charAt(0);
  if (first === first.toLowerCase() || !/^\p{L}/u.test(form)) return null;
  const second = form.charAt(1);
  if (second !== second.toLowerCase()) return null;
  return form.toLowerCase();
}

/** A single capital letter right before a stop is a name's initial, not a sentence's end. */
function isInitial(text: string, previous: Token | undefined, stop: Token): boolean {
  if (previous === undefined || previous.end !== stop.start || previous.end - previous.start !== 1) return false;
  const ch = text[previous.start];
  return ch !== ch.toLowerCase();
}

/** The token at `index` is a word only a new sentence opens with, capitalised ("Dette", "Men"),
 * and not itself an initial ("A. I. Rabin"). */
function isOpenerAt(ctx: SplitContext, index: number): boolean {
  const token = ctx.tokens[index];
  if (token === undefined) return false;
  const word = capitalisedWord(ctx.text, token);
  if (word === null || !ctx.lexicon.sentenceOpeners.has(word)) return false;
  const after = ctx.tokens[index + 1];
  return !(word.length === 1 && after !== undefined && after.start === token.end && tokenText(ctx.text, after) === '.');
}

/** How strongly the token at `index` (or the word after a dash there) says a sentence starts:
 * 'opener' for a word that opens sentences and is never capitalised inside one, 'lowercase' for
 * a word the language writes in lower case inside sentences, null otherwise. A capitalised word
 * followed by another ("Det Røde Hav", "Der Spiegel") is read as a name. */
function sentenceStartEvidence(ctx: SplitContext, index: number): 'opener' | 'lowercase' | null {
  const { text, tokens } = ctx;
  let at = index;
  if (tokens[at] !== undefined && DASHES.has(tokenText(text, tokens[at]))) at++;
  const token = tokens[at];
  if (token === undefined) return null;
  const following = tokens[at + 1];
  const nameFollows = following !== undefined && startsUpper(text, following) && following.kind === 'word';
  if (isOpenerAt(ctx, at)) return nameFollows ? null : 'opener';
  const word = capitalisedWord(text, token);
  if (word === null || word.length < 2 || !ctx.lexicon.lowercaseWords.has(word)) return null;
  return nameFollows ? null : 'lowercase';
}

/** Tokens `first..last` read as a headline: a few words and numbers, no punctuation but a
 * leading dash, starting with a capital or a digit and not ending on a function word. */
function isHeadline(ctx: SplitContext, first: number, last: number): boolean {
  const { text, tokens } = ctx;
  let start = first;
  if (DASHES.has(tokenText(text, tokens[start]))) start++;
  if (start > last || last - start + 1 > MAX_HEADLINE_TOKENS) return false;
  if (!startsUpper(text, tokens[start])) return false;
  let words = 0;
  for (let k = start; k <= last; k++) {
    if (tokens[k].kind === 'word') words++;
    else if (tokens[k].kind !== 'number') return false;
  }
  if (words === 0) return false; // a section number alone ("3.5.2 Nye oppgåver") heads what follows
  const lastWord = tokenText(text, tokens[last]);
  if (lastWord.endsWith('.')) return false; // an abbreviation: "kl." wants what follows
  return !ctx.lexicon.nonFinalWords.has(lastWord.toLowerCase());
}

/** Whether the colon at `colon` ends the sentence begun at `first`, by the language's convention
 * (see `SentenceResources`); never while a quote is open ("«Guitar Hero: World Tour»"). */
function colonEndsSentence(ctx: SplitContext, first: number, colon: number): boolean {
  const { text, tokens } = ctx;
  const next = tokens[colon + 1];
  const nextForm = tokenText(text, next);
  if (ctx.colonConvention === 'never') return false;
  if (ctx.colonConvention === 'before-capital') {
    const ch = nextForm.charAt(0);
    if (!(ch !== ch.toLowerCase() || OPENING_OR_DASH.has(nextForm))) return false;
  } else {
    const quoted = OPENING_OR_DASH.has(nextForm) && tokens[colon + 2] !== undefined && capitalisedWord(text, tokens[colon + 2]) !== null;
    if (!quoted && sentenceStartEvidence(ctx, colon + 1) === null) return false;
  }
  let open = 0;
  for (let k = first; k < colon; k++) {
    const form = tokenText(text, tokens[k]);
    if (form === '«' || form === '“' || form === '„') open++;
    else if ((form === '»' || form === '”') && open > 0) open--;
  }
  return open === 0;
}

/** Under `lowercaseSentenceStarts`, a single stop, question or exclamation mark (not the last
 * of "..", not after an initial) before a lower-case word ends the sentence. */
function startsLowercaseSentence(ctx: SplitContext, stop: number, after: Token): boolean {
  const { text, tokens } = ctx;
  if (after.kind !== 'word' || startsUpper(text, after)) return false;
  const previous = tokens[stop - 1];
  if (previous !== undefined && previous.end === tokens[stop].start && TERMINAL.has(tokenText(text, previous))) return false;
  return tokenText(text, tokens[stop]).length === 1;
}

function contextFor(text: string, tokens: readonly Token[], lang: string | undefined): SplitContext {
  const resources = lang === undefined ? undefined : resourcesFor(lang);
  return {
    text,
    tokens,
    // A declared language without resources gets no case evidence (German capitalises nouns).
    lexicon: lang !== undefined && resources === undefined ? EMPTY_LEXICON : caseLexicon(resources?.code),
    colonConvention: resources?.sentences.colonEndsSentence ?? 'never',
    sentenceCaseHeadlines: resources?.sentences.sentenceCaseHeadlines ?? true,
    lowercaseSentenceStarts: resources?.sentences.lowercaseSentenceStarts ?? false,
  };
}

/** Sentence spans over `text`. `lang`, when the input declares it, selects the language's case
 * lexicon and conventions; without it the case evidence of all languages applies, with no colon
 * convention. The sentences' own `lang` is filled in later by the language stage. */
export function splitSentences(text: string, tokens: readonly Token[], lang?: string): Sentence[] {
  const ctx = contextFor(text, tokens, lang);
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    if (last >= first) sentences.push({ start: tokens[first].start, end: tokens[last].end, lang: 'und' });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next === undefined) {
      close(i);
      break;
    }
    const token = tokens[i];
    const between = text.slice(token.end, next.start);
    if (between.includes('\n')) {
      close(i);
      continue;
    }
    const form = tokenText(text, token);
    const spaced = between !== '';
    if (!TERMINAL.has(form)) {
      if (!spaced) continue;
      if (form.length > 1 && form.endsWith('.') && token.kind === 'word') {
        // An abbreviation ends the sentence only before a word that opens one.
        if (isOpenerAt(ctx, i + 1)) close(i);
      } else if (form === ':') {
        if (colonEndsSentence(ctx, first, i)) close(i);
      } else if (ctx.sentenceCaseHeadlines) {
        const evidence = sentenceStartEvidence(ctx, i + 1);
        // After a capitalised word the next one may continue a name ("Norges Bank"): only an
        // opener ends a headline there ("… med Nakskov Og hvor …").
        if (evidence !== null && isHeadline(ctx, first, i) && (evidence === 'opener' || !startsUpper(text, token))) close(i);
      }
      continue;
    }
    if (form === '.' && isInitial(text, tokens[i - 1], token) && !isOpenerAt(ctx, i + 1)) continue; // "A. Jensen"
    // Closing quotes and brackets belong to the sentence they close.
    let last = i;
    while (tokens[last + 1] && CLOSING.has(tokenText(text, tokens[last + 1])) && tokens[last + 1].start === tokens[last].end) last++;
    const after = tokens[last + 1];
    if (after === undefined) {
      close(last);
      break;
    }
    if (after.start === tokens[last].end) continue; // "3.5", "www.dr.dk": no space, no boundary
    if (startsUpper(text, after) || OPENING_OR_DASH.has(tokenText(text, after)) || (ctx.lowercaseSentenceStarts && startsLowercaseSentence(ctx, i, after))) {
      close(last);
      i = last;
    }
  }
  return sentences;
}
