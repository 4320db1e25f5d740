// Quantities in running text as ranges: digits with the language's separators ("1.347", "1 347",
// "1,347" in English, "3,5 mio."), number words ("tolv", "enogtyve", "tjueen", "to hundrede"),
// vague quantities ("dusinvis" → 24–99, "flere hundre" → 200–999) and hedges that bound or blur
// them ("mere end 1.000" → min 1000, "op til 50" → max 50, "omkring 40" → approximate).
import type { Token } from '../../doc/model.js';
import { resourcesFor, type NumberResources } from '../../lang/index.js';

export interface Quantity {
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** A cardinal that is also an article ("en", "et"): a number only where a figure demands it. */
  weak: boolean;
}

interface Phrase<T> {
  words: string[];
  value: T;
}

interface CompiledNumbers {
  resources: NumberResources;
  vague: Phrase<{ min: number; max: number | null; approximate: boolean }>[];
  hedges: Phrase<'min' | 'max' | 'approximate'>[];
  compound: RegExp | null;
  cardinals: Map<string, number>;
}

const compiledByLang = new Map<string, CompiledNumbers>();

function compile(lang: string): CompiledNumbers | null {
  const cached = compiledByLang.get(lang);
  if (cached) return cached;
  const resources = resourcesFor(lang)?.numbers;
  if (!resources) return null;
  const bySize = <T>(phrases: Phrase<T>[]): Phrase<T>[] => phrases.sort((a, b) => b.words.length - a.words.length);
  const units = Object.entries(resources.cardinals).filter(([, v]) => v >= 1 && v <= 9);
  const tens = Object.entries(resources.cardinals).filter(([, v]) => v >= 20 && v % 10 === 0);
  const alt = (entries: [string, number][]): string => entries.map(([w]) => w).sort((a, b) => b.length - a.length).join('|');
  const unitWords = alt([...units, ...resources.weakCardinals.map((w): [string, number] => [w, 1])]);
  // Danish writes units before tens ("enogtyve"); the others tens before units ("tjueen").
  const compound = resources.unitsBeforeTensJoiner
    ? new RegExp(`^(${unitWords})${resources.unitsBeforeTensJoiner}(${alt(tens)})$`)
    : new RegExp(`^(${alt(tens)})(${unitWords})$`);
  const compiled: CompiledNumbers = {
    resources,
    vague: bySize(resources.vague.map((v) => ({ words: v.phrase.split(' '), value: { min: v.min, max: v.max, approximate: v.approximate } }))),
    hedges: bySize(resources.hedges.map((h) => ({ words: h.phrase.split(' '), value: h.effect }))),
    compound,
    cardinals: new Map([...Object.entries(resources.cardinals), ...resources.weakCardinals.map((w): [string, number] => [w, 1])]),
  };
  compiledByLang.set(lang, compiled);
  return compiled;
}

/** The value of a digit token, read with the language's decimal mark. */
export function parseDigits(text: string, decimalMark: ',' | '.'): number | null {
  const group = decimalMark === ',' ? '[. \\u00a0\\u202f]' : '[, \\u00a0\\u202f]';
  const grouped = new RegExp(`^\\d{1,3}(?:${group}\\d{3})+(?:\\${decimalMark}\\d+)?$`);
  if (grouped.test(text)) return Number(text.replace(/[^\d.,]/g, '').replace(decimalMark === ',' ? /\./g : /,/g, '').replace(',', '.'));
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d+[.,]\d+$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

function matchPhrase<T>(words: readonly string[], at: number, phrases: readonly Phrase<T>[]): Phrase<T> | null {
  for (const phrase of phrases) {
    if (phrase.words.every((w, k) => words[at + k] === w)) return phrase;
  }
  return null;
}

interface Numeral {
  value: number;
  /** The multiplier written after it ("millioner"), 1 when none. */
  scale: number;
  /** Index of the token after the numeral. */
  next: number;
  weak: boolean;
}

/** A number at token `at`: digits or words, with any multipliers after it ("2,1 millioner"). */
function numeralAt(words: readonly string[], tokens: readonly Token[], at: number, numbers: CompiledNumbers): Numeral | null {
  const word = words[at];
  if (word === undefined) return null;
  let value: number | null = null;
  let weak = false;
  if (tokens[at].kind === 'number') {
    value = parseDigits(word.replace(/\.$/, ''), numbers.resources.decimalMark);
    if (word.endsWith('.') && !/\d\.\d/.test(word)) return null; // an ordinal ("23."), not a count
  } else if (numbers.cardinals.has(word)) {
    // "eit tre", "et ni-tal": a cardinal after an article is a noun (a tree), not a count.
    if (at > 0 && numbers.resources.weakCardinals.includes(words[at - 1]) && !numbers.resources.weakCardinals.includes(word)) return null;
    value = numbers.cardinals.get(word) as number;
    weak = numbers.resources.weakCardinals.includes(word);
  } else if (numbers.compound) {
    const m = numbers.compound.exec(word);
    if (m) {
      const [unitWord, tensWord] = numbers.resources.unitsBeforeTensJoiner ? [m[1], m[2]] : [m[2], m[1]];
      value = (numbers.cardinals.get(tensWord) ?? 0) + (numbers.cardinals.get(unitWord) ?? 0);
    }
  }
  let next = at + 1;
  if (value === null) {
    // "hundrede mennesker", "tusen soldater": a multiplier on its own counts one of it.
    const multiplier = numbers.resources.multipliers[word];
    if (multiplier === undefined || multiplier >= 1e6) return null;
    value = multiplier;
  }
  let scale = 1;
  for (let multiplier = numbers.resources.multipliers[words[next]]; multiplier !== undefined; multiplier = numbers.resources.multipliers[words[next]]) {
    value *= multiplier;
    scale *= multiplier;
    weak = false;
    next++;
  }
  return { value, scale, next, weak };
}

const DASHES = new Set(['-', '–', '—']);
const ROUND_COUNT = /^(\d+)-tall?s?$/;

/** Every quantity in the tokens of `text`, left to right, not overlapping. */
export function findQuantities(text: string, tokens: readonly Token[], lang: string): Quantity[] {
  const numbers = compile(lang) ?? compile('en');
  if (numbers === null) return [];
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  const quantities: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let at = i;
    const hedge = matchPhrase(words, at, numbers.hedges);
    if (hedge) at += hedge.words.length;
    const between = numbers.resources.rangeBetween.includes(words[at]);
    if (between) at++;

    let min: number | null;
    let max: number | null;
    let approximate = false;
    let weak = false;
    let end: number;
    const vague = matchPhrase(words, at, numbers.vague);
    const roundCount = numbers.resources.weakCardinals.includes(words[at]) ? ROUND_COUNT.exec(words[at + 1] ?? '') : null;
    if (vague) {
      ({ min, max, approximate } = vague.value);
      end = at + vague.words.length;
    } else if (roundCount) {
      // "ett 20-tal soldater", "et 30-talls personer": about that many (the article keeps "på 90-talet", a decade, out).
      min = max = Number(roundCount[1]);
      approximate = true;
      end = at + 2;
    } else {
      const first = numeralAt(words, tokens, at, numbers);
      if (first === null) continue;
      min = max = first.value;
      weak = first.weak;
      end = first.next;
      // "20–30", "mellem 20 og 30", "20 til 30": a range with two ends.
      const joiner = words[end];
      if (joiner !== undefined && (DASHES.has(joiner) || (numbers.resources.rangeAnd.includes(joiner) && (between || tokens[end - 1].kind === 'number')))) {
        const second = numeralAt(words, tokens, end + 1, numbers);
        // "12 til 15 millioner": the multiplier of the second end scales the first as well.
        if (second && first.scale === 1 && second.scale > 1 && first.value * second.scale <= second.value) min = first.value * second.scale;
        if (second && second.value > first.value) {
          max = second.value;
          end = second.next;
          weak = false;
        }
      }
    }
    if (hedge) {
      if (hedge.value === 'min') max = null;
      else if (hedge.value === 'max') min = null;
      else approximate = true;
    }
    quantities.push({ start: tokens[i].start, end: tokens[end - 1].end, min, max, approximate, weak });
    i = end - 1;
  }
  return quantities;
}
