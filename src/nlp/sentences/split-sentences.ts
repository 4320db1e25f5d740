// Sentence boundaries over tokens: a line break between paragraphs always ends a sentence
// (headlines and dash-led quote paragraphs carry no full stop), and a terminal mark ends one
// when what follows can start a sentence. Abbreviations are single tokens already, and an
// ordinal before a month name ("23. januar") is a number token, so neither splits.
import type { Sentence, Token } from '../../doc/model.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSING = new Set(['»', '«', '”', '"', "'", '’', ')', '›']);
// Swedish opens quotes with ” as well as closing them.
const OPENING_OR_DASH = new Set(['»', '«', '“', '”', '„', '"', "'", '(', '–', '—', '-', '‹', '›']);

function startsUpper(text: string, token: Token): boolean {
  const ch = text[token.start];
  return ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9');
}

/** A single capital letter right before a stop is a name's initial, not a sentence's end. */
function isInitial(text: string, previous: Token | undefined, stop: Token): boolean {
  if (previous === undefined || previous.end !== stop.start || previous.end - previous.start !== 1) return false;
  const ch = text[previous.start];
  return ch !== ch.toLowerCase();
}

/** Sentence spans over `text`; `lang` is filled in later by the language stage. */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
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
    const between = text.slice(tokens[i].end, next.start);
    if (between.includes('\n')) {
      close(i);
      continue;
    }
    const token = tokens[i];
    const tokenText = text.slice(token.start, token.end);
    if (!TERMINAL.has(tokenText)) continue;
    if (tokenText === '.' && isInitial(text, tokens[i - 1], token)) continue; // "A. Jensen"
    // Closing quotes and brackets belong to the sentence they close.
    let last = i;
    while (tokens[last + 1] && CLOSING.has(text.slice(tokens[last + 1].start, tokens[last + 1].end)) && tokens[last + 1].start === tokens[last].end) last++;
    const after = tokens[last + 1];
    if (after === undefined) {
      close(last);
      break;
    }
    if (after.start === tokens[last].end) continue; // "3.5", "www.dr.dk": no space, no boundary
    const afterText = text.slice(after.start, after.end);
    if (startsUpper(text, after) || OPENING_OR_DASH.has(afterText)) {
      close(last);
      i = last;
    }
  }
  return sentences;
}
