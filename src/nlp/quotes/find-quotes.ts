// Who said what. Direct quotes in marks (»…«, «…», “…”, ”…”, „…“, "…", with DDT's detached and
// orphaned straight marks) and dash-led paragraphs ("– …, siger hun."), interrupted and continued
// quotes, dash headlines, and reported speech after cue verbs and "ifølge"-type phrases.
// The speaker is the person named in the cue clause (or the colon introduction before the quote);
// a pronoun or role noun ("hun", "ministeren") goes to the person named first in the sentence before,
// else the speaker of the quote before, else the person the article names most; "de"/"dei" to two
// people named together. Names inside quotes are never antecedents. Tuned on the dev half of the
// gold in gold/ (see gold/README.md); `tidende eval quotes` measures it.
import type { Article, Quote } from '../../doc/model.js';
import { resourcesFor, type QuoteResources } from '../../lang/index.js';

const PAIRS: Readonly<Record<string, string>> = { '»': '«', '«': '»', '“': '”', '„': '“', '”': '”', '"': '"' };
/** Fewer marked words are a title or scare quote ("»Helga«"); reported clauses can be shorter. */
const MIN_QUOTE_WORDS = 4;
const MIN_REPORTED_WORDS = 3;
const MAX_ATTRIBUTION_CHARS = 160;
const MAX_SPEAKER_WORDS = 6;
/** How far into a dash paragraph its attribution may come (a few sentences of quote). */
const MAX_DASH_QUOTE_CHARS = 900;
const HEADLINE_MAX_WORDS = 10;
const PLURAL_REACH_CHARS = 600;
const HEADLINE_REACH_LINES = 12;

interface Compiled {
  resources: QuoteResources;
  /** Reporting verbs as an alternation, longest first, for regexes. */
  cues: string;
  accordingTo: string;
  complementisers: string;
  stops: Set<string>;
  /** Two-word cues written around their subject ("held han fram", "la hun til"). */
  splitCues: { cue: string; source: string }[];
  /** Gendered personal pronouns as an alternation ("han|hun"). */
  pronounsPattern: string;
}

const compiledByLang = new Map<string, Compiled>();
const regExps = new Map<string, RegExp>();
/** Patterns built from a language's cue lists, compiled once: none is global, so sharing is safe. */
function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let compiled = regExps.get(key);
  if (!compiled) regExps.set(key, (compiled = new RegExp(source, flags)));
  return compiled;
}
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
      splitCues: resources.reportingVerbs
        .filter((cue) => /^\S+ \S+$/.test(cue))
        .map((cue) => ({ cue, source: `${escape(cue.split(' ')[0])}\\s+(\\p{L}[\\p{L}.-]*)\\s+${escape(cue.split(' ')[1])}\\b` })),
      pronounsPattern: alternation(Object.keys(resources.pronouns).filter((p) => resources.pronouns[p] === 'm' || resources.pronouns[p] === 'f')),
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
function resolveSpeaker(article: Article, compiled: Compiled, start: number, end: number, quoteStart: number, context: SpeakerContext): Speaker {
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
  const head = words[0].word.toLowerCase();
  const gender = compiled.resources.pronouns[head];
  // A person named anywhere in the attribution is the speaker, also after a title and a comma
  // ("siger lederen af ØK's transportdivision i Cambodia, Torben Hasselriis"); then an organisation.
  if (gender === undefined && !RELATIVES.has(head)) {
    const person = article.mentions.findIndex((m) => m.type === 'PER' && m.start >= start && m.end <= Math.min(end, start + MAX_ATTRIBUTION_CHARS) &&
      (m.end <= spanEnd || /,\s*$/.test(article.text.slice(start, m.start))));
    if (person >= 0) return { mention: person, text: article.mentions[person].text };
  }
  const inside = article.mentions.findIndex((m) => m.start >= start && m.end <= spanEnd && (m.type === 'PER' || m.type === 'ORG' || m.type === 'GPE'));
  if (inside >= 0 && gender === undefined) return { mention: inside, text: article.mentions[inside].text };
  if (gender !== undefined) {
    if (gender === 'm' || gender === 'f') return { ...salientPerson(article, quoteStart, context, gender), text: words[0].word };
    if (gender === 'p') return { mention: null, text: coordinatedPeopleBefore(article, Math.min(start, quoteStart), context.quoted) ?? words[0].word };
    return { mention: null, text: words[0].word };
  }
  // A relative pronoun ("…, sier Niskanen, som legger til:") is the speaker named before it.
  if (RELATIVES.has(head)) return context.previous ?? { mention: null, text: null };
  // A role noun ("ministeren", "38-åringen") points to the last person introduced with that title,
  // else, like a pronoun, to the person the text is about.
  if (!isCapitalised(words[0].word) && (words.length === 1 || compiled.stops.has(words[1]?.word.toLowerCase() ?? ''))) {
    const titled = personWithTitle(article, head, quoteStart);
    if (titled !== null) return { mention: titled, text: words[0].word };
    const salient = salientPerson(article, quoteStart, context, null);
    return { mention: salient.mention, text: salient.mention === null ? words[0].word : salient.text };
  }
  // No entity layer: the capitalised words are the best name we have.
  const named = words.filter((w, i) => isCapitalised(w.word) || (i > 0 && isCapitalised(words[i - 1].word) && /^(og|och|and|-)$/.test(w.word)));
  const chosen = named.length > 0 ? named : words.slice(0, 3);
  return { mention: null, text: article.text.slice(chosen[0].start, chosen[chosen.length - 1].end) };
}

const RELATIVES = new Set(['som', 'der', 'who']);

/** What the text around a quote says about who is speaking. */
interface SpeakerContext {
  /** The speaker of the quote before, when it is close enough to carry on. */
  previous: (Speaker & { gender: string | null }) | null;
  /** Whether an offset lies inside a quote found so far: names there are not antecedents. */
  quoted: (offset: number) => boolean;
}

/** The person a pronoun or role noun most likely means: the subject of the sentence just before
 * the quote, else the speaker of the quote before (if the pronoun fits), else the last person. */
function salientPerson(article: Article, quoteStart: number, context: SpeakerContext, gender: string | null): Speaker {
  const subject = subjectBefore(article, quoteStart, context.quoted);
  if (subject !== null) return { mention: subject, text: article.mentions[subject].text };
  const previous = context.previous;
  if (previous && previous.mention !== null && (gender === null || previous.gender === null || previous.gender === gender)) return previous;
  const salient = mostMentionedPerson(article, quoteStart, context.quoted);
  return { mention: salient, text: salient === null ? null : article.mentions[salient].text };
}

/** A person named first in the sentence that ends right before `offset` ("Siri Kalvig, som …, har
 * et mer prosaisk forhold …" then "– …, sier hun"), when that sentence is narrative, not a quote. */
function subjectBefore(article: Article, offset: number, quoted: (offset: number) => boolean = () => false): number | null {
  const { text } = article;
  let sentence: { start: number; end: number } | undefined;
  for (const s of article.sentences) if (s.end <= offset) sentence = s;
  if (!sentence || quoted(sentence.start) || /^\s*[–—-]\s/.test(text.slice(sentence.start, sentence.start + 3)) || /["»«“”]/.test(text.slice(sentence.start, sentence.end))) return null;
  if (text.slice(sentence.end, offset).trim().length > 3) return null;
  // Named first in its clause: nothing but a title or a time stamp before it, from the sentence
  // start or a stop or colon ("… skriver aftenposten.no. 14.07: Jan Bøhler (Ap) stiller …").
  const start = sentence.start;
  const end = sentence.end;
  const people = article.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === 'PER' && m.start >= start && m.start < end);
  for (const { m, i } of people.reverse()) {
    if (/(?:^|[.:!?]\s)[\d.:\s]*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(start, m.start))) return i;
  }
  return null;
}

/** "De"/"dei"/"they" after "Andronik Mirganjan og Igor Klamkin": the last two people named
 * together, joined by a conjunction, shortly before. */
function coordinatedPeopleBefore(article: Article, offset: number, quoted: (offset: number) => boolean): string | null {
  const people = article.mentions.filter((m) => m.type === 'PER' && m.end <= offset && offset - m.end < PLURAL_REACH_CHARS && !quoted(m.start));
  for (let i = people.length - 1; i > 0; i--) {
    const [a, b] = [people[i - 1], people[i]];
    if (/^\s*(?:og|och|and|&)\s*$/u.test(article.text.slice(a.end, b.start))) return article.text.slice(a.start, b.end);
  }
  return null;
}

/** The person named most often before `offset` outside quotes (counted by the first word of the
 * name, as features call people by first name and news by full name), as their latest mention. */
function mostMentionedPerson(article: Article, offset: number, quoted: (offset: number) => boolean): number | null {
  const counts = new Map<string, number>();
  const latest = new Map<string, number>();
  article.mentions.forEach((m, i) => {
    if (m.type !== 'PER' || m.end > offset || quoted(m.start)) return;
    const key = m.text.split(/\s+/)[0].toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    latest.set(key, i);
  });
  let best: string | null = null;
  for (const [key, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0) || (count === counts.get(best) && (latest.get(key) ?? 0) > (latest.get(best) ?? 0))) best = key;
  }
  return best === null ? null : latest.get(best) ?? null;
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
 * ", held han fram" (a particle verb around its subject), ", he said", ", police said". */
function attributionAfter(text: string, from: number, compiled: Compiled): Attribution | null {
  const window = text.slice(from, from + MAX_ATTRIBUTION_CHARS).split(/\n/)[0];
  for (const split of compiled.splitCues) {
    const particle = cachedRegExp(`^[\\s,]*(?:[–—-]\\s*)?(${split.source})`, 'iu').exec(window);
    if (particle) {
      const subject = particle[2];
      const speakerStart = from + particle[0].indexOf(subject, particle[0].length - particle[1].length);
      return { cue: split.cue, speakerStart, speakerEnd: speakerStart + subject.length };
    }
  }
  const inverted = cachedRegExp(`^[\\s,]*(?:[–—-]\\s*)?(${compiled.cues})\\s+([^.!?;:»«“”"]+)`, 'iu').exec(window);
  if (inverted) {
    const speakerStart = from + inverted[0].length - inverted[2].length;
    return { cue: inverted[1], speakerStart, speakerEnd: speakerStart + inverted[2].trimEnd().length };
  }
  const straight = cachedRegExp(`^[\\s,]*((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues})\\b`, 'iu').exec(window);
  if (straight && straight[1].split(/\s+/).length <= 4) {
    const speakerStart = from + straight[0].indexOf(straight[1]);
    return { cue: straight[2], speakerStart, speakerEnd: speakerStart + straight[1].length };
  }
  return null;
}

/** Attribution before an opening mark or a dash paragraph: "Anne Holm siger: »…«", "Hun svarer
 * med en gang:", "svarer justisminister Grete Faremo:". */
function attributionBefore(text: string, to: number, compiled: Compiled): Attribution | null {
  const window = text.slice(Math.max(0, to - MAX_ATTRIBUTION_CHARS), to).split(/\n/).pop() ?? '';
  const lastSentence = [...window.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].pop();
  const base = to - window.length + (lastSentence ? (lastSentence.index ?? 0) + lastSentence[0].length : 0);
  const sentence = text.slice(base, to);
  // Case-sensitive: the subject is capitalised words (or a pronoun) right before the cue.
  const subjectFirst = cachedRegExp(`((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues})(?:\\s+[^:.!?]{0,30})?\\s*:\\s*$`, 'u').exec(sentence);
  if (subjectFirst && !compiled.stops.has(subjectFirst[1].toLowerCase()) && !compiled.stops.has(subjectFirst[1].split(/\s+/)[0].toLowerCase())) {
    const at = base + (subjectFirst.index ?? 0);
    return { cue: subjectFirst[2], speakerStart: at, speakerEnd: at + subjectFirst[1].length };
  }
  const cueFirst = cachedRegExp(`(${compiled.cues})\\s+([^:.!?]+?)\\s*:\\s*$`, 'iu').exec(sentence);
  if (cueFirst && !compiled.stops.has(cueFirst[2].split(/\s+/)[0].toLowerCase())) {
    const speakerStart = base + (cueFirst.index ?? 0) + cueFirst[0].indexOf(cueFirst[2], cueFirst[1].length);
    return { cue: cueFirst[1], speakerStart, speakerEnd: speakerStart + cueFirst[2].length };
  }
  return null;
}

/** First- and second-person words: a sentence holding one after an attribution is still the speaker's. */
const FIRST_PERSON = /(^|[^\p{L}])(jeg|eg|meg|vi|oss|vår|våre|min|mitt|mine|du|deg|dere|me|jag|mig|vår|I|we|my|our|you)([^\p{L}]|$)/u;

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Trims a quoted span to its words: no surrounding space or trailing comma. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return [start, end];
}

const DASH_LED = /^\s*[–—-]\s+(?=[\p{Lu}\p{N}«»"“„'…]|\.\.\.)/u;
const STRAIGHT = new Set(['"']);

/** Whether a straight mark opens a quote: after a space or bracket and before a word. Anything else
 * closes one (`fordi,"`), and so does DDT's detached close before a lower-case cue (`tid, "siger`). */
function opensStraight(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (!/[\s([{–—:-]/.test(before) || /[\s,.;:!?)]/.test(after)) return false;
  return !(/\s/.test(before) && /[,.!?…]/.test(text[i - 2] ?? '') && /\p{Ll}/u.test(after));
}

/** Whether `word` occurs in `text` between non-letters (a name in a sentence). */
function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** Whether a sentence after a quote is the reporter's again: it names a person first, introduces
 * the next quote with a colon, reports speech itself, or reads as a photo caption ("Blikkfang: …"). */
function isNarrative(article: Article, compiled: Compiled, start: number, end: number, speaker: Speaker | null): boolean {
  const sentence = article.text.slice(start, end).trim();
  if (sentence === '') return false;
  // A sentence that opens marks of its own is another quote, not more of this one.
  if (/^["«»“„]/.test(sentence) || sentence.includes('"')) return true;
  if (/:$/.test(sentence) || /^\p{Lu}[\p{L}-]*:\s/u.test(sentence)) return true;
  const firstPerson = article.mentions.find((m) => m.type === 'PER' && m.start >= start && m.start < end);
  if (firstPerson && article.text.slice(start, firstPerson.start).trim().split(/\s+/).filter(Boolean).length <= 1) return true;
  const surname = speaker?.text?.split(/\s+/).pop();
  if (surname && isCapitalised(surname) && containsWord(sentence, surname)) return true;
  const subjectCue = cachedRegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${compiled.cues}|${compiled.pronounsPattern})\\b`, 'u');
  return subjectCue.test(sentence) && cachedRegExp(`\\b(?:${compiled.cues})\\b`, 'iu').test(sentence);
}

export function findQuotes(article: Article): Quote[] {
  const compiled = compile(article.lang);
  const { text } = article;
  const quotes: (Quote & { gender: string | null; question: boolean; headline?: boolean })[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const quoted = (offset: number): boolean => taken.some(([a, b]) => offset >= a && offset < b);
  const contextAt = (offset: number): SpeakerContext => ({ previous: previousSpeaker(offset), quoted });
  const push = (start: number, end: number, direct: boolean, attribution: Attribution | null, inherited: Speaker | null, minWords?: number): void => {
    const [s, e] = trimSpan(text, start, end);
    const needed = minWords ?? (direct ? MIN_QUOTE_WORDS : MIN_REPORTED_WORDS);
    if (e <= s || wordCount(text.slice(s, e)) < needed || overlaps(s, e)) return;
    const speaker = attribution ? resolveSpeaker(article, compiled, attribution.speakerStart, attribution.speakerEnd, s, contextAt(s)) : (inherited ?? { mention: null, text: null });
    const said = attribution ? text.slice(attribution.speakerStart, attribution.speakerEnd).trim().split(/\s+/)[0]?.toLowerCase() ?? '' : '';
    const pronounGender = compiled.resources.pronouns[said];
    const gender = pronounGender === 'm' || pronounGender === 'f' ? pronounGender : null;
    quotes.push({
      start: s, end: e, text: text.slice(s, e), direct, speakerMention: speaker.mention, speakerText: speaker.text, cue: attribution?.cue ?? null,
      gender, question: attribution === null && /\?\s*$/.test(text.slice(s, e + 1)),
    });
    taken.push([s, e]);
  };
  /** The speaker of the nearest quote before, unless a cue-less question (an interviewer) or too far. */
  function previousSpeaker(before: number): (Speaker & { gender: string | null }) | null {
    const last = quotes.filter((q) => q.end <= before && !q.question).sort((a, b) => b.end - a.end)[0];
    if (!last || (last.speakerText === null && last.speakerMention === null)) return null;
    const between = text.slice(last.end, before);
    return (between.match(/\n/g) ?? []).length <= 2 ? { mention: last.speakerMention, text: last.speakerText, gender: last.gender } : null;
  }
  const sentencesIn = (start: number, end: number) => article.sentences.filter((s) => s.end > start && s.start < end);
  /** Where a quote starting at `from` stops before the reporter's next sentence (within `to`). */
  const quoteEnd = (from: number, to: number, speaker: Speaker | null): number => {
    for (const sentence of sentencesIn(from, to)) {
      if (sentence.start <= from) continue;
      if (isNarrative(article, compiled, sentence.start, Math.min(sentence.end, to), speaker)) return sentence.start;
    }
    return to;
  };

  // Dash-led paragraphs: "– Situasjonen er alvorleg, seier ho til NTB. – Vi veit ikkje meir."
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((line, lineIndex) => {
    const lineStart = offset;
    offset += line.length + 1;
    const lineEnd = lineStart + line.length;
    const dash = DASH_LED.exec(line);
    if (!dash) return;
    const contentStart = lineStart + dash[0].length;
    const content = text.slice(contentStart, lineEnd);
    const splitCues = compiled.splitCues.map((c) => c.source.replace(/\(([^)]*)\)/, '(?:$1)')).join('|');
    // The cue belongs to this quote only before the reporter's next sentence or another quote.
    const reach = quoteEnd(contentStart, Math.min(lineEnd, contentStart + MAX_DASH_QUOTE_CHARS), null) - contentStart;
    const cue = cachedRegExp(`(?:,|[!?](?=\\s+\\p{Ll}))\\s*(?:${splitCues ? `${splitCues}|` : ''}${compiled.cues})(?![\\p{L}])`, 'u').exec(content.slice(0, reach + 40));
    if (cue) {
      const commaAt = contentStart + (cue.index ?? 0) + (content[cue.index ?? 0] === ',' ? 0 : 1);
      const attribution = attributionAfter(text, contentStart + (cue.index ?? 0) + 1, compiled);
      const before = quotes.length;
      push(contentStart, commaAt, true, attribution, null, 1);
      const speaker = quotes.length > before ? { mention: quotes[quotes.length - 1].speakerMention, text: quotes[quotes.length - 1].speakerText } : null;
      // What follows the attribution sentence in the same paragraph is the same voice when it
      // opens with a dash or speaks in the first person, until the reporter takes over again.
      const rest = /[.!?]\s+(?=[–—-]?\s*\p{Lu})/u.exec(content.slice((cue.index ?? 0) + cue[0].length));
      if (rest && speaker) {
        const restStart = contentStart + (cue.index ?? 0) + cue[0].length + (rest.index ?? 0) + rest[0].length;
        const restText = text.slice(restStart, lineEnd);
        const dashed = /^[–—-]\s/.test(restText);
        const firstSentenceEnd = sentencesIn(restStart, lineEnd)[0]?.end ?? lineEnd;
        if (dashed || (FIRST_PERSON.test(text.slice(restStart, firstSentenceEnd)) && !isNarrative(article, compiled, restStart, firstSentenceEnd, speaker))) {
          push(restStart + (dashed ? 2 : 0), quoteEnd(restStart, lineEnd, speaker), true, null, speaker, 1);
        }
      }
      return;
    }
    // No cue in the paragraph: an introduction ending in a colon on the line before names the
    // speaker ("Justisminister Grete Faremo svarer:"), else the person the last narrative sentence
    // is about ("Anders Anundsen (Frp) tar opp …"), else whoever spoke last.
    const previousLine = lineIndex > 0 ? lines[lineIndex - 1] : '';
    let speaker: Speaker | null = null;
    let attribution: Attribution | null = null;
    if (/:\s*$/.test(previousLine)) attribution = attributionBefore(text, lineStart - 1, compiled);
    if (attribution) {
      speaker = resolveSpeaker(article, compiled, attribution.speakerStart, attribution.speakerEnd, contentStart, contextAt(contentStart));
    } else {
      const subject = subjectBefore(article, lineStart, quoted);
      speaker = subject !== null ? { mention: subject, text: article.mentions[subject].text } : previousSpeaker(lineStart);
      // An interview's answers: nobody named before them, so the person the article is about.
      if (speaker === null && !/\?\s*$/.test(content)) {
        const salient = mostMentionedPerson(article, text.length, quoted);
        if (salient !== null) speaker = { mention: salient, text: article.mentions[salient].text };
      }
    }
    // A short line without a closing stop is a headline: it quotes someone the article names later.
    const headline = !attribution && !/[.!?…»"]\s*$/.test(content) && wordCount(content) <= HEADLINE_MAX_WORDS;
    push(contentStart, quoteEnd(contentStart, lineEnd, speaker), true, null, headline ? null : speaker, 1);
    const pushed = quotes.length > 0 && quotes[quotes.length - 1].start >= contentStart ? quotes[quotes.length - 1] : null;
    if (pushed && attribution) pushed.cue = attribution.cue;
    if (pushed && headline) pushed.headline = true;
  });

  // Quotes in marks, with the attribution after the closing mark or before the opening one.
  const sentenceStartBefore = (offset: number): number => {
    let start = text.lastIndexOf('\n', offset - 1) + 1;
    for (const s of article.sentences) if (s.start <= offset && s.start >= start) start = s.start;
    return start;
  };
  const sentenceEndAfter = (offset: number): number => {
    const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
    const sentence = article.sentences.find((s) => s.start <= offset && s.end > offset);
    return Math.min(sentence?.end ?? lineEnd, lineEnd);
  };
  /** A quote between marks at `open` and `close` (or, `unclosed`, to its sentence's end). Titles and
   * scare quotes are left: a short or lower-case or Title Case span with no cue, or one mid-sentence. */
  const markedQuote = (open: number, close: number, unclosed: boolean): void => {
    const inner = text.slice(open + 1, close);
    // The second half of an interrupted quote: »…,« siger hun, »men …«
    const last = quotes[quotes.length - 1];
    const interrupted = last !== undefined && last.end < open && open - last.end < 80 && /,\s*$/.test(text.slice(last.end, open)) && cachedRegExp(`(?:${compiled.cues})`, 'iu').test(text.slice(last.end, open));
    const startsSentence = interrupted || open === 0 || /[\n:]\s*$|[.!?]\s+$/.test(text.slice(Math.max(0, open - 3), open)) || /[\s–—-]$/.test(text.slice(0, open)) || /^\s*$/.test(text.slice(sentenceStartBefore(open), open));
    if (!startsSentence) return;
    const attribution = unclosed ? null : attributionAfter(text, close + 1, compiled) ?? attributionBefore(text, open, compiled);
    const words = inner.match(/[\p{L}\p{N}]+/gu) ?? [];
    const titleCase = words.length >= 2 && words.filter((w) => isCapitalised(w)).length >= words.length * 0.75;
    const lowerStart = /^\s*\p{Ll}/u.test(inner);
    if (attribution === null && !interrupted && (titleCase || lowerStart || words.length < (unclosed ? 2 : MIN_QUOTE_WORDS))) return;
    push(open + 1, close, true, attribution, attribution ? null : previousSpeaker(open), 1);
  };
  for (let i = 0; i < text.length; i++) {
    const mark = text[i];
    const close = PAIRS[mark];
    if (close === undefined || STRAIGHT.has(mark)) continue;
    // A Swedish mark opens only where a word starts after it.
    if (mark === '”' && !/[\s(–—-]|^$/.test(text[i - 1] ?? '')) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0 || text.slice(i + 1, end).includes('\n')) continue;
    markedQuote(i, end, false);
    i = end;
  }
  // Straight marks, paired line by line: an opening one (after a space, before a word) takes the
  // next mark that does not open; one that opens again before any closes has lost its close (DDT's
  // sentences come without their neighbours) and runs to its sentence's end; a closing one with no
  // opening (`fordi,"`, DDT's detached `, "siger`) starts its quote with its sentence.
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const marks: number[] = [];
    for (let j = line.indexOf('"'); j >= 0; j = line.indexOf('"', j + 1)) marks.push(lineStart + j);
    for (let k = 0; k < marks.length; k++) {
      const at = marks[k];
      if (opensStraight(text, at)) {
        const next = marks[k + 1];
        if (next !== undefined && !opensStraight(text, next)) {
          markedQuote(at, next, false);
          k++;
        } else {
          markedQuote(at, sentenceEndAfter(at + 1), true);
        }
      } else {
        const start = sentenceStartBefore(at);
        if (wordCount(text.slice(start, at)) >= 2) push(start, at, true, attributionAfter(text, at + 1, compiled), null, 1);
      }
    }
    lineStart += line.length + 1;
  }

  // Reported speech, in sentences holding no direct quote.
  for (const sentence of article.sentences) {
    if (overlaps(sentence.start, sentence.end)) continue;
    const s = text.slice(sentence.start, sentence.end);
    const base = sentence.start;
    const leading = cachedRegExp(`^(?:${compiled.accordingTo})\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){0,4}?[\\p{L}\\p{N}'’.-]+)\\s*,?\\s+(?=\\p{Ll})`, 'iu').exec(s);
    const trailing = cachedRegExp(`,\\s*(${compiled.accordingTo})\\s+([^,.!?]+)[.!?]?$`, 'iu').exec(s);
    const thatClause = cachedRegExp(`^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues}),?\\s+(?:${compiled.complementisers})\\s+`, 'iu').exec(s);
    const trailingCue = cachedRegExp(`,\\s*(${compiled.cues})\\s+([^.!?]+)[.!?]?$`, 'iu').exec(s);
    const attribute = (cue: string, speakerStart: number, speakerEnd: number): Attribution => ({ cue, speakerStart, speakerEnd });
    if (trailing) {
      const speakerStart = base + (trailing.index ?? 0) + trailing[0].indexOf(trailing[2], trailing[1].length + 1);
      push(base, base + (trailing.index ?? 0), false, attribute(trailing[1], speakerStart, speakerStart + trailing[2].length), null);
    } else if (leading) {
      const speakerStart = base + leading[0].indexOf(leading[1]);
      push(base + leading[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(s.slice(0, leading[0].indexOf(leading[1])).trim(), speakerStart, speakerStart + leading[1].length), null);
    } else if (thatClause) {
      push(base + thatClause[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(thatClause[2], base, base + thatClause[1].length), null);
    } else if (trailingCue) {
      const speakerStart = base + (trailingCue.index ?? 0) + trailingCue[0].indexOf(trailingCue[2], trailingCue[1].length + 1);
      push(base, base + (trailingCue.index ?? 0), false, attribute(trailingCue[1], speakerStart, speakerStart + trailingCue[2].length), null);
    }
  }
  // A dash-led headline ("– Kan bli best") quotes the person the article goes on to quote first.
  quotes.sort((a, b) => a.start - b.start);
  quotes.forEach((quote, index) => {
    if (!quote.headline) return;
    const next = quotes.slice(index + 1).find((q) => q.cue !== null && !q.headline && (q.speakerMention !== null || q.speakerText !== null));
    if (next && (text.slice(quote.end, next.start).match(/\n/g) ?? []).length <= HEADLINE_REACH_LINES) {
      quote.speakerMention = next.speakerMention;
      quote.speakerText = next.speakerText;
    }
  });
  return quotes
    .map(({ gender: _gender, question: _question, headline: _headline, ...quote }) => quote);
}
