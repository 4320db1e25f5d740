// Who said what. Direct quotes in marks (»…«, «…», “…”, ”…”, „…“, "…") and dash-led paragraphs
// ("– …, siger hun."), interrupted and continued quotes, and reported speech after cue verbs and
// "ifølge"-type phrases. The speaker is the named entity in the cue clause; a pronoun or role noun
// ("hun", "ministeren") is resolved to the most recent fitting person mentioned before.
import type { Article, EntityMention, Quote } from '../../doc/model.js';
import { resourcesFor, type QuoteResources } from '../../lang/index.js';

const PAIRS: Readonly<Record<string, string>> = { '»': '«', '«': '»', '“': '”', '„': '“', '”': '”', '"': '"' };
/** Fewer marked words are a title or scare quote ("»Helga«"); reported clauses can be shorter. */
const MIN_QUOTE_WORDS = 4;
const MIN_REPORTED_WORDS = 3;
const MAX_ATTRIBUTION_CHARS = 160;
const MAX_SPEAKER_WORDS = 6;

interface Compiled {
  resources: QuoteResources;
  /** Reporting verbs as an alternation, longest first, for regexes. */
  cues: string;
  accordingTo: string;
  complementisers: string;
  stops: Set<string>;
}

const compiledByLang = new Map<string, Compiled>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

function compile(lang: string): Compiled {
  const key = resourcesFor(lang)?.quotes ? lang : 'en';
  let compiled = compiledByLang.get(key);
  if (!compiled) {
    const resources = resourcesFor(key)?.quotes as QuoteResources;
    compiled = {
      resources,
      cues: alternation(resources.reportingVerbs),
      accordingTo: alternation(resources.accordingTo),
      complementisers: alternation(resources.complementisers),
      stops: new Set(resources.speakerPhraseStops),
    };
    compiledByLang.set(key, compiled);
  }
  return compiled;
}

interface Speaker {
  mention: number | null;
  text: string | null;
}

const isCapitalised = (word: string): boolean => word.length > 0 && word[0] !== word[0].toLowerCase();

/** Resolves the words naming a speaker: a mention inside them, a pronoun or role noun pointing
 * back to a person, or the words themselves when nothing better is known. */
function resolveSpeaker(article: Article, compiled: Compiled, start: number, end: number, quoteStart: number): Speaker {
  const phrase = article.text.slice(start, end);
  const words: { word: string; start: number; end: number }[] = [];
  for (const m of phrase.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const at = start + (m.index ?? 0);
    const word = m[0].replace(/[.]$/, '');
    if (words.length > 0 && compiled.stops.has(word.toLowerCase())) break;
    words.push({ word, start: at, end: at + word.length });
    if (words.length >= MAX_SPEAKER_WORDS) break;
  }
  if (words.length === 0) return { mention: null, text: null };
  const spanEnd = words[words.length - 1].end;
  const inside = article.mentions.findIndex((m) => m.start >= start && m.end <= spanEnd && (m.type === 'PER' || m.type === 'ORG' || m.type === 'GPE'));
  if (inside >= 0) return { mention: inside, text: article.mentions[inside].text };
  const head = words[0].word.toLowerCase();
  const gender = compiled.resources.pronouns[head];
  if (gender !== undefined) {
    if (gender === 'm' || gender === 'f') return { mention: lastPersonBefore(article.mentions, quoteStart), text: words[0].word };
    return { mention: null, text: words[0].word };
  }
  // A role noun ("ministeren", "forskeren") points to the last person introduced with that title.
  if (!isCapitalised(words[0].word) && words.length === 1) {
    return { mention: personWithTitle(article, head, quoteStart), text: words[0].word };
  }
  // No entity layer: the capitalised words are the best name we have.
  const named = words.filter((w, i) => isCapitalised(w.word) || (i > 0 && isCapitalised(words[i - 1].word) && /^(og|och|and|-)$/.test(w.word)));
  const chosen = named.length > 0 ? named : words.slice(0, 3);
  return { mention: null, text: article.text.slice(chosen[0].start, chosen[chosen.length - 1].end) };
}

function lastPersonBefore(mentions: readonly EntityMention[], offset: number): number | null {
  let best: number | null = null;
  mentions.forEach((m, i) => {
    if (m.type === 'PER' && m.end <= offset && (best === null || m.start > mentions[best].start)) best = i;
  });
  return best;
}

/** "ministeren" → the last person whose mention has "…minister" just before it. */
function personWithTitle(article: Article, roleNoun: string, offset: number): number | null {
  const stem = roleNoun.replace(/(en|et|an|a|n|t)$/, '');
  if (stem.length < 4) return null;
  let best: number | null = null;
  article.mentions.forEach((m, i) => {
    if (m.type !== 'PER' || m.end > offset) return;
    const before = article.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
    if (before.split(/\s+/).slice(-3).some((w) => w.includes(stem)) && (best === null || m.start > article.mentions[best].start)) best = i;
  });
  return best;
}

interface Attribution {
  cue: string;
  speakerStart: number;
  speakerEnd: number;
}

/** Attribution after a closing mark or a quote's comma: ", siger hun", ", sa Kari Nordmann til NTB",
 * ", he said", ", police said". */
function attributionAfter(text: string, from: number, compiled: Compiled): Attribution | null {
  const window = text.slice(from, from + MAX_ATTRIBUTION_CHARS).split(/\n/)[0];
  const inverted = new RegExp(`^[\\s,]*(?:[–—-]\\s*)?(${compiled.cues})\\s+([^.!?;:»«“”"]+)`, 'iu').exec(window);
  if (inverted) {
    const speakerStart = from + inverted[0].length - inverted[2].length;
    return { cue: inverted[1], speakerStart, speakerEnd: speakerStart + inverted[2].trimEnd().length };
  }
  const straight = new RegExp(`^[\\s,]*((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues})\\b`, 'iu').exec(window);
  if (straight && straight[1].split(/\s+/).length <= 4) {
    const speakerStart = from + straight[0].indexOf(straight[1]);
    return { cue: straight[2], speakerStart, speakerEnd: speakerStart + straight[1].length };
  }
  return null;
}

/** Attribution before an opening mark: "Anne Holm siger: »…«", "siger hun: »…«". */
function attributionBefore(text: string, to: number, compiled: Compiled): Attribution | null {
  const window = text.slice(Math.max(0, to - MAX_ATTRIBUTION_CHARS), to).split(/\n/).pop() ?? '';
  const base = to - window.length;
  const subjectFirst = new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues})\\s*:\\s*$`, 'iu').exec(window);
  if (subjectFirst) return { cue: subjectFirst[2], speakerStart: base + (subjectFirst.index ?? 0), speakerEnd: base + (subjectFirst.index ?? 0) + subjectFirst[1].length };
  const cueFirst = new RegExp(`(${compiled.cues})\\s+([^:.!?]+?)\\s*:\\s*$`, 'iu').exec(window);
  if (cueFirst) {
    const speakerStart = base + (cueFirst.index ?? 0) + cueFirst[0].indexOf(cueFirst[2], cueFirst[1].length);
    return { cue: cueFirst[1], speakerStart, speakerEnd: speakerStart + cueFirst[2].length };
  }
  return null;
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Trims a quoted span to its words: no surrounding space or trailing comma. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return [start, end];
}

export function findQuotes(article: Article): Quote[] {
  const compiled = compile(article.lang);
  const { text } = article;
  const quotes: Quote[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const push = (start: number, end: number, direct: boolean, attribution: Attribution | null, inherited: Speaker | null): void => {
    const [s, e] = trimSpan(text, start, end);
    if (wordCount(text.slice(s, e)) < (direct ? MIN_QUOTE_WORDS : MIN_REPORTED_WORDS) || overlaps(s, e)) return;
    const speaker = attribution ? resolveSpeaker(article, compiled, attribution.speakerStart, attribution.speakerEnd, s) : (inherited ?? { mention: null, text: null });
    quotes.push({ start: s, end: e, text: text.slice(s, e), direct, speakerMention: speaker.mention, speakerText: speaker.text, cue: attribution?.cue ?? null });
    taken.push([s, e]);
  };
  const previousSpeaker = (before: number): Speaker | null => {
    const last = quotes.filter((q) => q.end <= before).sort((a, b) => b.end - a.end)[0];
    if (!last || last.speakerText === null) return null;
    // Only a quote in this or the previous paragraph carries its speaker on.
    const between = text.slice(last.end, before);
    return (between.match(/\n\s*\n|\n/g) ?? []).length <= 2 ? { mention: last.speakerMention, text: last.speakerText } : null;
  };

  // Dash-led paragraphs: "– Situasjonen er alvorleg, seier ho til NTB. – Vi veit ikkje meir."
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const dash = /^\s*[–—-]\s+/.exec(line);
    if (!dash) continue;
    const contentStart = lineStart + dash[0].length;
    const content = text.slice(contentStart, lineStart + line.length);
    const cue = new RegExp(`,\\s*(?:${compiled.cues})\\s`, 'iu').exec(content);
    if (cue) {
      const commaAt = contentStart + (cue.index ?? 0);
      const attribution = attributionAfter(text, commaAt, compiled);
      push(contentStart, commaAt, true, attribution, null);
      // What follows the attribution sentence in the same paragraph is the same voice.
      const rest = /[.!?]\s+[–—-]?\s*(?=\p{Lu})/u.exec(content.slice((cue.index ?? 0) + cue[0].length));
      if (rest) {
        const restStart = commaAt + cue[0].length + (rest.index ?? 0) + rest[0].length;
        push(restStart, lineStart + line.length, true, null, quotes.length ? { mention: quotes[quotes.length - 1].speakerMention, text: quotes[quotes.length - 1].speakerText } : null);
      }
    } else {
      push(contentStart, lineStart + line.length, true, null, previousSpeaker(lineStart));
    }
  }

  // Quotes in marks, with the attribution after the closing mark or before the opening one.
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]];
    if (close === undefined) continue;
    // A straight or Swedish mark opens only where a word starts after it.
    if ((text[i] === '"' || text[i] === '”') && !/[\s(–—-]|^$/.test(text[i - 1] ?? '')) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) continue;
    const inner = text.slice(i + 1, end);
    if (inner.includes('\n')) continue;
    const startsSentence = i === 0 || /[\n:]\s*$|[.!?]\s+$/.test(text.slice(Math.max(0, i - 3), i)) || /[\s–—-]$/.test(text.slice(0, i));
    if (!startsSentence || wordCount(inner) < MIN_QUOTE_WORDS) {
      i = end;
      continue;
    }
    const attribution = attributionAfter(text, end + 1, compiled) ?? attributionBefore(text, i, compiled);
    push(i + 1, end, true, attribution, attribution ? null : previousSpeaker(i));
    i = end;
  }

  // Reported speech, in sentences holding no direct quote.
  for (const sentence of article.sentences) {
    if (overlaps(sentence.start, sentence.end)) continue;
    const s = text.slice(sentence.start, sentence.end);
    const base = sentence.start;
    const leading = new RegExp(`^(?:${compiled.accordingTo})\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){0,4}?[\\p{L}\\p{N}'’.-]+)\\s*,?\\s+(?=\\p{Ll})`, 'iu').exec(s);
    const trailing = new RegExp(`,\\s*(${compiled.accordingTo})\\s+([^,.!?]+)[.!?]?$`, 'iu').exec(s);
    const thatClause = new RegExp(`^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues}),?\\s+(?:${compiled.complementisers})\\s+`, 'iu').exec(s);
    const trailingCue = new RegExp(`,\\s*(${compiled.cues})\\s+([^,.!?]+)[.!?]?$`, 'iu').exec(s);
    if (trailing) {
      const speakerStart = base + (trailing.index ?? 0) + trailing[0].indexOf(trailing[2], trailing[1].length + 1);
      push(base, base + (trailing.index ?? 0), false, { cue: trailing[1], speakerStart, speakerEnd: speakerStart + trailing[2].length }, null);
    } else if (leading) {
      const speakerStart = base + leading[0].indexOf(leading[1]);
      push(base + leading[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, { cue: s.slice(0, leading[0].indexOf(leading[1])).trim(), speakerStart, speakerEnd: speakerStart + leading[1].length }, null);
    } else if (thatClause) {
      push(base + thatClause[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, { cue: thatClause[2], speakerStart: base, speakerEnd: base + thatClause[1].length }, null);
    } else if (trailingCue) {
      const speakerStart = base + (trailingCue.index ?? 0) + trailingCue[0].indexOf(trailingCue[2], trailingCue[1].length + 1);
      push(base, base + (trailingCue.index ?? 0), false, { cue: trailingCue[1], speakerStart, speakerEnd: speakerStart + trailingCue[2].length }, null);
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}
