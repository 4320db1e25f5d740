// Tokens with offsets, in one sticky-regex pass: abbreviations from the language folders stay
// whole ("bl.a.", "f.eks."), numbers keep Nordic and English separators ("4.712", "1 000",
// "3,5", "1,347"), ordinals keep their stop ("23."), section numbers and dotted dates stay whole
// ("3.5.2", "12.03.2021"), words keep inner hyphens and apostrophes.
import type { Token, TokenKind } from '../../doc/model.js';
import { languages, sharedAbbreviations } from '../../lang/index.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Every abbreviation of every language, also capitalised as at a sentence start ("Bl.a."):
 * the tokenizer runs before the language is known. */
export const abbreviations: ReadonlySet<string> = new Set(
  [...sharedAbbreviations, ...languages.flatMap((l) => l.abbreviations)].flatMap((a) => [a, capitalised(a)]),
);

const abbreviationAlternation = [...abbreviations]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

// Groups: 1 abbreviation, 2 number-word compound, 3 number, 4 word, 5 punctuation, 6 other symbol.
// A thousands separator is a stop, a comma or a (narrow) no-break or plain space before exactly
// three digits; a plain space only joins when the group before has at most three digits.
const TOKEN = new RegExp(
  [
    // Not after a stop: "Dagbladet.no." ends in a stop, not in the abbreviation "no.".
    `(?<![\\p{L}\\p{N}.])(${abbreviationAlternation})(?![\\p{L}\\p{N}])`,
    // "58-årig", "3-årsalderen", "F-35": a number joined to letters is one word.
    String.raw`(\d+(?:[-‐]\p{L}[\p{L}\p{N}]*)+)`,
    // Section numbers and dotted dates ("3.5.2.6", "12.03.2021") are one number.
    String.raw`(\d{1,3}(?:(?:[.,\u00A0\u202F]|\s(?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:\.\d+){2,}(?!\d)|\d+(?:[.,]\d+)?(?:\.(?=\s+\p{Ll}))?)`,
    String.raw`([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*)`,
    String.raw`(\.{3}|…|[.,;:!?()\[\]{}"'«»‹›“”„‘’\-–—/])`,
    String.raw`(\S)`,
  ].join('|'),
  'guy',
);

const KIND_BY_GROUP: TokenKind[] = ['word', 'word', 'word', 'number', 'word', 'punct', 'symbol'];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, 'guy');
  const length = text.length;
  let index = 0;
  while (index < length) {
    // Skip whitespace by hand: cheaper than a regex alternative on every token.
    const code = text.charCodeAt(index);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f) {
      index++;
      continue;
    }
    re.lastIndex = index;
    const match = re.exec(text);
    if (!match) {
      index++;
      continue;
    }
    let group = 1;
    while (group < 7 && match[group] === undefined) group++;
    tokens.push({ start: index, end: index + match[0].length, kind: KIND_BY_GROUP[group] });
    index += match[0].length;
  }
  return tokens;
}
