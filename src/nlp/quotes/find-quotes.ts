// Who said what. Direct quotes in marks (»…«, «…», “…”, ”…”, „…“, "…", with DDT's detached and
// orphaned straight marks) and dash-led paragraphs ("– …, siger hun."), interrupted and continued
// quotes, dash headlines, and reported speech after cue verbs and "ifølge"-type phrases.
// The speaker is the person named in the cue clause (also after a title: "sier litteraturkritiker i
// danske Jyllands-Posten Jon Helt Haarder"), in a colon introduction, or in an attribution sentence
// of its own ("Det sa X til NTB"). A pronoun or role noun goes to the most recent compatible person:
// of the pronoun's gender (first-name lists), not one the quote names or addresses ("Du er grei,
// Espen"), not the asker of the question it answers; a role noun ("pappa", "Oktober-sjefen",
// "dansk litteraturkritiker") to the person introduced with that title. Interview answers without a
// cue keep the interviewee: the speaker of the answer before (questions between do not break the
// thread), or, before anyone is named, the first answer of the exchange that names its speaker;
// questions without a cue are the interviewer's (no speaker) unless a named asker led the exchange.
// A cue-less answer after a new headline goes to the person the new story names first. Reported
// speech also after an apposition, an adverb or a fronted phrase ("Gjevjon mener likevel at",
// "I Sverige meiner Vänsterpartiet at"). Names inside quotes are never antecedents.
// "De"/"dei" with no pair of people named go to a person named with a pronoun ("både ho og Hagen"),
// else to an organisation opening a sentence since the quote before. A cue-less answer that only ends
// in a rhetorical question is the speaker's, not an interviewer's. The person the reporter meets ("treffer vi X")
// is who the next lines and cue-less answers are about. Tuned on the dev half of the gold in gold/ (see
// gold/README.md); `tidende eval quotes` measures it.
import type { Article, Quote } from '../../doc/model.js';
import { attributionAfter, attributionBefore, cachedRegExp, compile, containsWord, escape, isCapitalised, plausibleSpeaker, type Attribution, type Compiled } from './attribution.js';
import { addressedIn, metByReporter, metByReporterAt, mostMentionedPerson, namedFirst, resolveSpeaker, salientPerson, samePerson, subjectBefore, RECENT_REACH_CHARS, type PreviousSpeaker, type Speaker, type SpeakerContext } from './speakers.js';

const PAIRS: Readonly<Record<string, string>> = { '»': '«', '«': '»', '“': '”', '„': '“', '”': '”', '"': '"' };
/** Fewer marked words are a title or scare quote ("»Helga«"); reported clauses can be shorter. */
const MIN_QUOTE_WORDS = 4;
const MIN_REPORTED_WORDS = 3;
/** How far into a dash paragraph its attribution may come (a few sentences of quote). */
const MAX_DASH_QUOTE_CHARS = 900;
const HEADLINE_MAX_WORDS = 10;
/** How many title words may stand before the name opening a narrative sentence. */
const TITLE_WORDS_BEFORE_NAME = 4;
/** How many quotes back a question without a cue looks for the asker of the exchange. */
const QUESTION_REACH_QUOTES = 4;
/** Consecutive words two quotes must share to be one quote printed twice. */
const REPEAT_WORDS = 6;
const HEADLINE_REACH_LINES = 12;
/** How many words the subject of a cue before a complementiser may have ("Juel og hans kolleger"). */
const MAX_SUBJECT_WORDS = 6;

const normalisedText = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Trims a quoted span to its words: no surrounding space or trailing comma. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return [start, end];
}

/** How many sentences an answer has at least when it may end in a rhetorical question. */
const ANSWER_MIN_SENTENCES = 3;

/** Whether a quote asks: it ends in a question mark, and is not an answer that opens with
 * statements and only ends in a rhetorical question ("– Eg trur … Det er å drite seg ut. Kvifor
 * ikkje …?"): an interviewer's question is one or two sentences, mostly a question throughout. */
export function asksQuestion(quote: string): boolean {
  if (!/\?\s*$/.test(quote)) return false;
  const sentences = quote.trim().split(/(?<=[.!?])\s+(?=[–—-]?\s*\p{Lu})/u);
  return sentences.length < ANSWER_MIN_SENTENCES || /\?$/.test(sentences[0]);
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

/** Which straight marks of a line open a quote. A mark attached to a word on one side is read by
 * `opensStraight`; a detached one (`tid, " siger`, `sagde : " Vi`, `rappe. " Alene` — tokenised
 * corpora such as DDT train print every mark as a word of its own) by its neighbours: after a
 * comma, `!`/`?` or before punctuation or another mark it closes, after a colon or before nothing
 * but a word it opens; between sentences or words it alternates with the mark before it. */
export function straightRoles(text: string, marks: readonly number[]): boolean[] {
  const roles: boolean[] = [];
  let pendingOpen = false;
  marks.forEach((at, k) => {
    const before = text[at - 1] ?? ' ';
    const after = text[at + 1] ?? ' ';
    let opens: boolean;
    if (!(/[^\S\n]|^$/.test(before) || at === 0 || text[at - 1] === '\n') || !/[^\S\n]/.test(after)) {
      opens = opensStraight(text, at);
    } else {
      const previousChar = /(\S)[^\S\n]*$/.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
      const nextChar = /^[^\S\n]*(\S)/.exec(text.slice(at + 1, at + 40))?.[1] ?? '';
      if (nextChar === '"' && marks[k + 1] !== undefined) opens = false;
      else if (previousChar === '"') opens = true;
      else if (/[,;!?]/.test(previousChar) || /[,.;:!?)]/.test(nextChar) || nextChar === '') opens = false;
      else if (previousChar === ':' || previousChar === '') opens = true;
      else opens = !pendingOpen;
    }
    roles.push(opens);
    pendingOpen = opens;
  });
  return roles;
}

/** Guillemets, which nest: «… «Mein Kampf» … «du»», sa Knausgård. */
const NESTING: Readonly<Record<string, string>> = { '«': '»', '»': '«' };

/** Where the quote opened at `open` closes: for guillemets the close at the same depth, so an inner
 * pair («du», a title) does not end the outer quote. Print often merges the inner and outer close
 * («… «du», sa Knausgård): when the line runs out with the outer still open, the first inner close
 * followed by a comma and an attribution closes both; otherwise (a stray mark) the first close, as
 * for the other marks. -1 when no close follows. */
export function closingMark(text: string, open: number, compiled: Compiled): number {
  const mark = text[open];
  const close = PAIRS[mark];
  const first = text.indexOf(close, open + 1);
  if (NESTING[mark] === undefined || first < 0) return first;
  const lineEnd = text.indexOf('\n', open) < 0 ? text.length : text.indexOf('\n', open);
  let depth = 1;
  let merged = -1;
  for (let j = open + 1; j < lineEnd; j++) {
    // An inner opening mark stands before a word ("«du"); a closing one after it.
    if (text[j] === mark && /[\p{L}\p{N}'’…]/u.test(text[j + 1] ?? '')) depth++;
    else if (text[j] === close) {
      depth--;
      if (depth === 0) return j;
      if (merged < 0 && depth === 1 && /^\s*,/.test(text.slice(j + 1, j + 3)) && attributionAfter(text, j + 1, compiled) !== null) merged = j;
    }
  }
  return merged > first ? merged : first;
}

/** How many words after "Det seier" may come before the one who says it ("filmarkivar Kjell Billing"). */
const POINTED_SPEAKER_WORDS = 3;

/** Whether a sentence after a quote is the reporter's again: it names a person first, introduces
 * the next quote with a colon, reports speech itself, or reads as a photo caption ("Blikkfang: …"). */
function isNarrative(article: Article, compiled: Compiled, start: number, end: number, speaker: Speaker | null): boolean {
  const sentence = article.text.slice(start, end).trim();
  if (sentence === '') return false;
  // A sentence that opens marks of its own is another quote, not more of this one.
  if (/^["«»“„]/.test(sentence) || sentence.includes('"')) return true;
  if (/:$/.test(sentence) || /^\p{Lu}[\p{L}-]*:\s/u.test(sentence)) return true;
  // The speaker's own "I" keeps a sentence in the quote ("Dagfinn har vært utrolig viktig for meg").
  if (compiled.firstPersonSingular.test(sentence)) return false;
  // A question is the quote's, whoever it names ("Blir Breivik ein apolitisk figur …?" closing an
  // interviewer's turn): reporters' narration rarely asks, and then with a cue of its own ("Hvor det
  // ble av Shabana Rehman, sier du?").
  if (/\?\s*$/.test(sentence) && !cachedRegExp('iu')`(?<![\p{L}])(?:${compiled.cues})(?![\p{L}])`.test(sentence)) return false;
  const firstPerson = article.mentions.find((m) => m.type === 'PER' && m.start >= start && m.start < end);
  const beforePerson = firstPerson ? article.text.slice(start, firstPerson.start).trim().split(/\s+/).filter(Boolean) : [];
  if (firstPerson && beforePerson.length <= 1) return true;
  // "Det var Sigvald Kidøy frå Eivindvik som …": a cleft naming a person is the reporter's.
  if (firstPerson && /^(?:Det|Dette)\s+(?:var|er)$/u.test(beforePerson.join(' ')) && /^\s+(?:\S+\s+){0,3}?som\s/u.test(article.text.slice(firstPerson.end, end))) return true;
  // "Like etter treffer vi NHL-direktøren Kenneth Yaffe på nytt.": the reporter meeting someone.
  if (article.mentions.some((m) => m.type === 'PER' && m.start >= start && m.start < end && metByReporter(article, article.text.slice(start, m.start)))) return true;
  // A title before the name ("Skribent og samfunnsdebattant Anne Viken frå Bygstad tok …"): lower-case
  // words after the capital of the sentence, none of them a cue, preposition or pronoun.
  if (firstPerson && beforePerson.length <= TITLE_WORDS_BEFORE_NAME && beforePerson.slice(1).every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w)) &&
    beforePerson.every((w) => !compiled.stops.has(w.toLowerCase()) || w === 'og') && !beforePerson.some((w) => compiled.resources.pronouns[w.toLowerCase()] !== undefined || cachedRegExp('iu')`^(?:${compiled.cues})$`.test(w))) return true;
  const surname = speaker?.text?.split(/\s+/).pop();
  if (surname && isCapitalised(surname) && containsWord(sentence, surname)) return true;
  const subjectCue = cachedRegExp('u')`^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${compiled.cues}|${compiled.pronounsPattern})\\b`;
  if (!subjectCue.test(sentence) || !cachedRegExp('iu')`\\b(?:${compiled.cues})\\b`.test(sentence)) return false;
  // "Det seier Bratland." points back at the quote; "Det seier noko om kor alvorleg …" is the
  // speaker going on: after a pointing subject the cue needs someone to say it, a name, pronoun or
  // role noun within the words after it ("Det fortel filmarkivar Kjell Billing", "Det meiner leiaren").
  const pointing = cachedRegExp('u')`^(?:${compiled.resources.pointingSubjects?.map(escape).join('|') || '(?!)'})\\s+(?:${compiled.cues})\\s+(.*)`.exec(sentence);
  if (pointing) {
    return pointing[1].split(/\s+/).slice(0, POINTED_SPEAKER_WORDS).some((next) => isCapitalised(next) || compiled.resources.pronouns[next.toLowerCase()] !== undefined ||
      (compiled.resources.roleNounSuffixes ?? []).some((end) => next.length >= 5 && next.endsWith(end)));
  }
  return true;
}

/** A quote as the rules found it, with what they knew when they chose its speaker: the learned
 * speaker model (speaker-model.ts) reads these as features. */
export interface RuleQuote extends Quote {
  /** Where the words naming the speaker stand, when a cue or a colon introduction gives them. */
  attribution: Attribution | null;
  /** The pronoun's gender where the attribution is "han"/"hun"/"ho"/"hon". */
  gender: string | null;
  /** A question without a cue (an interviewer's). */
  question: boolean;
  /** It asks something (a question mark or a cue like "spør"). */
  asks: boolean;
  headline?: boolean;
  /** Its speaker was only guessed (an interview answer before anyone is named). */
  guessed?: boolean;
}

/** Quotes and their speakers as the hand rules choose them. The learned reranker
 * (speaker-model.ts, `rerankSpeakers`) is kept as an experiment, not applied: retrained with
 * turn-taking and narration features (2026-11-25), held out by document on dev it never beats the
 * rules, and on a batch annotated after the rules were tuned (dev batch 9, 123 speakers) its best
 * configuration gains one quote over them (.854 against .846) while most tie or lose. */
export function findQuotes(article: Article): Quote[] {
  return findRuleQuotes(article)
    .map(({ gender: _gender, question: _question, asks: _asks, headline: _headline, guessed: _guessed, attribution: _attribution, ...quote }) => quote);
}

/** Quotes with the speakers the hand rules choose, and the evidence they chose by.
 * Two passes: dash paragraphs are read before quotes in marks and reported speech, so on the first
 * pass a cue-less dash answer could only inherit from an earlier dash quote ("«…», sa Monica
 * Mæland til BT den gang. … – Saken var spesiell …" went to the dash speaker before her). The
 * second pass sees every quote of the first as a possible previous voice. */
export function findRuleQuotes(article: Article): RuleQuote[] {
  return findRuleQuotesOnce(article, findRuleQuotesOnce(article, []));
}

function findRuleQuotesOnce(article: Article, firstPass: readonly RuleQuote[]): RuleQuote[] {
  const compiled = compile(article.lang);
  const { text } = article;
  const quotes: RuleQuote[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);
  const quoted = (offset: number): boolean => taken.some(([a, b]) => offset >= a && offset < b);
  const contextAt = (offset: number, end: number = offset): SpeakerContext => ({
    previous: previousSpeaker(offset),
    quoted,
    addressed: (mention) => addressedIn(article, compiled, text.slice(offset, end), mention),
  });
  const push = (start: number, end: number, direct: boolean, attribution: Attribution | null, inherited: Speaker | null, minWords?: number): void => {
    const [s, e] = trimSpan(text, start, end);
    const needed = minWords ?? (direct ? MIN_QUOTE_WORDS : MIN_REPORTED_WORDS);
    if (e <= s || wordCount(text.slice(s, e)) < needed || overlaps(s, e)) return;
    const speaker = attribution ? resolveSpeaker(article, compiled, attribution.speakerStart, attribution.speakerEnd, s, contextAt(s, e)) : (inherited ?? { mention: null, text: null });
    const said = attribution ? text.slice(attribution.speakerStart, attribution.speakerEnd).trim().split(/\s+/)[0]?.toLowerCase() ?? '' : '';
    const pronounGender = compiled.resources.pronouns[said];
    const gender = pronounGender === 'm' || pronounGender === 'f' ? pronounGender : null;
    quotes.push({
      start: s, end: e, text: text.slice(s, e), direct, speakerMention: speaker.mention, speakerText: speaker.text, cue: attribution?.cue ?? null,
      attribution, gender, question: attribution === null && asksQuestion(text.slice(s, e + 1)),
      asks: asksQuestion(text.slice(s, e + 1)) || (attribution !== null && compiled.questionVerbs.has(attribution.cue.toLowerCase())),
    });
    taken.push([s, e]);
  };
  /** The speaker of the nearest quote before, unless a cue-less question (an interviewer) or too far.
   * A dash headline ("– Smekkfullt av nissar") gets its speaker only at the end, from the body:
   * it is skipped, like a question, so the answer after it keeps the voice before it. */
  function previousSpeaker(before: number): PreviousSpeaker | null {
    // From the first pass only a person's quotes, and none from before an interviewer's question:
    // the answer to it continues the interview's thread, not speech reported in the narration.
    const asked = quotes.some((q) => q.question && q.end <= before);
    const lastQuestion = asked ? Math.max(...quotes.filter((q) => q.question && q.end <= before).map((q) => q.end)) : -1;
    const known = [...quotes, ...firstPass.filter((p) => p.speakerMention !== null && article.mentions[p.speakerMention].type === 'PER' && p.start > lastQuestion &&
      !quotes.some((q) => p.start < q.end && p.end > q.start))];
    const last = known.filter((q) => q.end <= before && !q.question && !q.headline).sort((a, b) => b.end - a.end)[0];
    if (!last || (last.speakerText === null && last.speakerMention === null)) return null;
    // Lines that are only an interviewer's question or a headline do not break the thread.
    const between = text.slice(last.end, before).split('\n').slice(1, -1)
      .filter((line) => !known.some((q) => q.question && line.includes(q.text)) && !(wordCount(line) <= HEADLINE_MAX_WORDS && !/[.!?…»"]\s*$/.test(line)));
    return between.length <= 1 ? { mention: last.speakerMention, text: last.speakerMention !== null ? article.mentions[last.speakerMention].text : last.speakerText, gender: last.gender, end: last.end, question: last.asks, guessed: last.guessed } : null;
  }
  /** The person a colon introduction without a reporting verb opens with ("Brian Sand mindes en
   * anden pudsig episode …: »…«"). */
  const introducedBy = (offset: number): number | null => {
    const before = text.slice(0, offset).replace(/[\s"»«“„]+$/u, '');
    if (!before.endsWith(':')) return null;
    const sentence = article.sentences.find((x) => x.start < before.length && x.end >= before.length - 1);
    if (!sentence || quoted(sentence.start)) return null;
    const first = article.mentions.findIndex((m) => m.type === 'PER' && m.start >= sentence.start && m.end < before.length);
    return first >= 0 && namedFirst(article, article.mentions[first].start) ? first : null;
  };
  /** Who asked the last attributed question among the few quotes before `offset`. */
  const lastAsker = (offset: number): Speaker | null => {
    const recent = quotes.filter((q) => q.end <= offset).sort((a, b) => b.end - a.end).slice(0, QUESTION_REACH_QUOTES);
    const asked = recent.find((q) => q.asks && q.cue !== null && (q.speakerMention !== null || q.speakerText !== null));
    return asked ? { mention: asked.speakerMention, text: asked.speakerText } : null;
  };
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
    // A sentence that reads as narration but ends in the attribution ("Espen er veldig tydelig på
    // at det ødela for ham, sier pappa Tore.") is still the quote's (also "… til Dagbladet.no.").
    let reach = quoteEnd(contentStart, Math.min(lineEnd, contentStart + MAX_DASH_QUOTE_CHARS), null) - contentStart;
    // Also when more of the quote's sentences read as narration before it ("For meg er dette
    // positivt, sier advokat …" two sentences after "Bertelsen tør også …"): a line opened by a dash
    // has no unmarked quote of someone else's inside it, so a sentence ending in an attribution
    // within the quote's reach closes it, unless a sentence before it has a cue or marks of its own.
    const endsInAttribution = cachedRegExp('u')`,\\s*(?:${compiled.cues})\\s+(?:[^,.!?]|\\.(?=\\p{L})){1,40}[.!?]?\\s*$`;
    for (const next of sentencesIn(contentStart + reach, Math.min(lineEnd, contentStart + MAX_DASH_QUOTE_CHARS))) {
      if (next.start < contentStart + reach) continue;
      const sentence = text.slice(next.start, next.end);
      if (endsInAttribution.test(sentence)) {
        reach = next.end - contentStart;
        break;
      }
      if (/["»«“”]/.test(sentence) || cachedRegExp('iu')`(?:^|[^\\p{L}])(?:${compiled.cues})(?![\\p{L}])`.test(sentence)) break;
    }
    // The first cue whose subject reads as a speaker: "svarte" in "svarte tak" is a colour.
    const cuePattern = cachedRegExp('gu')`(?:,|[!?](?=\\s+\\p{Ll}))\\s*(?:${splitCues ? `${splitCues}|` : ''}${compiled.quoteCues})(?![\\p{L}])`;
    let cue: RegExpExecArray | null = null;
    let cueAttribution: Attribution | null = null;
    for (const candidate of content.slice(0, reach + 40).matchAll(cuePattern)) {
      // The comma before the cue belongs to this quote, not to the next sentence's own quote.
      if ((candidate.index ?? 0) > reach) break;
      const found = attributionAfter(text, contentStart + (candidate.index ?? 0) + 1, compiled);
      if (found && !plausibleSpeaker(text.slice(found.speakerStart, found.speakerEnd), compiled)) continue;
      // "Ja, de skal ned, mener vi. …, sier Juel": a cue in the first person is still the quote's words.
      if (found && compiled.firstPerson.test(` ${text.slice(found.speakerStart, found.speakerEnd).split(/\s+/)[0]} `)) continue;
      cue = candidate as RegExpExecArray;
      cueAttribution = found;
      break;
    }
    if (cue) {
      const commaAt = contentStart + (cue.index ?? 0) + (content[cue.index ?? 0] === ',' ? 0 : 1);
      const before = quotes.length;
      push(contentStart, commaAt, true, cueAttribution, null, 1);
      const speaker = quotes.length > before ? { mention: quotes[quotes.length - 1].speakerMention, text: quotes[quotes.length - 1].speakerText } : null;
      // What follows the attribution sentence in the same paragraph is the same voice when it
      // opens with a dash or speaks in the first person, until the reporter takes over again.
      const rest = /[.!?]\s+(?=[–—-]?\s*\p{Lu})/u.exec(content.slice((cue.index ?? 0) + cue[0].length));
      if (rest && speaker) {
        const restStart = contentStart + (cue.index ?? 0) + cue[0].length + (rest.index ?? 0) + rest[0].length;
        const restText = text.slice(restStart, lineEnd);
        const dashed = /^[–—-]\s/.test(restText);
        const firstSentenceEnd = sentencesIn(restStart, lineEnd)[0]?.end ?? lineEnd;
        if (dashed || (compiled.firstPerson.test(text.slice(restStart, firstSentenceEnd)) && !isNarrative(article, compiled, restStart, firstSentenceEnd, speaker))) {
          push(restStart + (dashed ? 2 : 0), quoteEnd(restStart, lineEnd, speaker), true, null, speaker, 1);
        }
      }
      return;
    }
    // The attribution as a sentence of its own: "– Så lenge … fortsette. Det sa Camila Vallejo til Reuters."
    const after = sentencesIn(contentStart + reach, lineEnd).find((x) => x.start >= contentStart + reach);
    const pointer = after ? cachedRegExp('u')`^(?:${compiled.resources.pointingSubjects?.map(escape).join('|') || '(?!)'})\\s+(${compiled.cues})\\s+(?=\\S)`.exec(text.slice(after.start, after.end)) : null;
    if (after && pointer) {
      const speakerStart = after.start + pointer[0].length;
      const attribution = attributionAfter(text, after.start + pointer[0].length - pointer[1].length - 1, compiled);
      const said = attribution ? text.slice(attribution.speakerStart, attribution.speakerEnd) : '';
      const plural = compiled.resources.pronouns[said.trim().split(/\s+/)[0]?.toLowerCase() ?? ''] === 'p';
      if (attribution && attribution.speakerStart >= speakerStart - 1 && !plural && plausibleSpeaker(said, compiled)) {
        push(contentStart, contentStart + reach, true, attribution, null, 1);
        return;
      }
    }
    // No cue in the paragraph: an introduction ending in a colon on the line before names the
    // speaker ("Justisminister Grete Faremo svarer:"), else the person the last narrative sentence
    // is about ("Anders Anundsen (Frp) tar opp …"), else whoever spoke last.
    const previousLine = lineIndex > 0 ? lines[lineIndex - 1] : '';
    let speaker: Speaker | null = null;
    let attribution: Attribution | null = null;
    let guessed = false;
    if (/:\s*$/.test(previousLine)) attribution = attributionBefore(text, lineStart - 1, compiled);
    const introducer = attribution ? null : introducedBy(lineStart);
    if (introducer !== null) {
      speaker = { mention: introducer, text: article.mentions[introducer].text };
    } else if (attribution) {
      speaker = resolveSpeaker(article, compiled, attribution.speakerStart, attribution.speakerEnd, contentStart, contextAt(contentStart, lineEnd));
    } else {
      // Not someone the paragraph names or addresses; not the one who just asked a question.
      const previous = previousSpeaker(contentStart);
      const provisionalEnd = quoteEnd(contentStart, lineEnd, previous);
      const context = contextAt(contentStart, provisionalEnd);
      const subject = subjectBefore(article, lineStart, quoted);
      const asking = asksQuestion(text.slice(contentStart, provisionalEnd + 1));
      // A question right after the reporter meets someone is put to them, not theirs.
      if (subject !== null && !context.addressed(subject) && !(asking && metByReporterAt(article, subject))) {
        speaker = { mention: subject, text: article.mentions[subject].text };
      } else if (asking) {
        // A question without a cue is the interviewer's, no person of the article, unless a
        // question just before named its asker (a hearing: "…, spør Anundsen.").
        speaker = lastAsker(contentStart);
      } else if (previous && !previous.question && (previous.mention === null || !context.addressed(previous.mention))) {
        // A new story since the last quote (a headline, then narration about someone else:
        // "Brækhus må stå over VM-stevne / … Cecilia Brækhus kommer ikke …" after Lund Svindal's
        // quote): the answer is that person's. Within one interview narration names others freely.
        const narrationStart = text.indexOf('\n', previous.end);
        const narration = article.mentions.filter((m) => m.type === 'PER' && narrationStart >= 0 && m.start > narrationStart && m.end <= lineStart && !quoted(m.start));
        const newStory = text.slice(previous.end, lineStart).split('\n').slice(1, -1).some((line) => wordCount(line) <= HEADLINE_MAX_WORDS && !/[.!?…»"]\s*$/.test(line));
        const stillNamed = previous.mention !== null && narration.some((m) => samePerson(article, article.mentions.indexOf(m), previous.mention as number));
        const turnedTo = !newStory || stillNamed ? -1 : article.mentions.findLastIndex((m, i) => narration.includes(m) && namedFirst(article, m.start) && !context.addressed(i));
        // The reporter has met someone since ("Like etter treffer vi NHL-direktøren Kenneth Yaffe på
        // nytt.", run on after the last answer): the answers are theirs from here.
        const met = article.mentions.findLastIndex((m, i) => m.type === 'PER' && m.start >= previous.end && m.end <= lineStart && !quoted(m.start) &&
          metByReporterAt(article, i) && !context.addressed(i));
        if (met >= 0 && (previous.mention === null || !samePerson(article, met, previous.mention))) speaker = { mention: met, text: article.mentions[met].text };
        else speaker = turnedTo >= 0 ? { mention: turnedTo, text: article.mentions[turnedTo].text } : previous;
        guessed = turnedTo < 0 && previous.guessed === true;
      } else if (previous) {
        speaker = salientPerson(article, contentStart, context, null);
      }
      // Nobody spoke before: the person the narration just before is about ("Wold synes …").
      if (!previous && !asking && speaker === null) {
        const narrator = article.mentions.findLastIndex((m, i) => m.type === 'PER' && m.end <= lineStart && lineStart - m.start < RECENT_REACH_CHARS &&
          !quoted(m.start) && namedFirst(article, m.start) && !context.addressed(i));
        if (narrator >= 0) speaker = { mention: narrator, text: article.mentions[narrator].text };
      }
      // An interview's answers: nobody named before them, so the person the article is about
      // (until a later answer in the same exchange names its speaker, see below).
      if ((speaker === null || speaker.mention === null && speaker.text === null) && !asksQuestion(content)) {
        const salient = mostMentionedPerson(article, text.length, quoted);
        if (salient !== null) speaker = { mention: salient, text: article.mentions[salient].text };
        guessed = true;
      }
    }
    // A short line without a closing stop is a headline: it quotes someone the article names later.
    const headline = !attribution && !/[.?…»"]\s*$/.test(content) && wordCount(content) <= HEADLINE_MAX_WORDS;
    push(contentStart, quoteEnd(contentStart, lineEnd, speaker), true, null, headline ? null : speaker, 1);
    const pushed = quotes.length > 0 && quotes[quotes.length - 1].start >= contentStart ? quotes[quotes.length - 1] : null;
    if (pushed && attribution) {
      pushed.cue = attribution.cue;
      pushed.attribution = attribution;
    }
    if (pushed && headline) pushed.headline = true;
    if (pushed && guessed && !headline) pushed.guessed = true;
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
    const interrupted = last !== undefined && last.end < open && open - last.end < 80 && /,\s*$/.test(text.slice(last.end, open)) && cachedRegExp('iu')`(?:${compiled.cues})`.test(text.slice(last.end, open));
    const startsSentence = interrupted || open === 0 || /[\n:]\s*$|[.!?]\s+$/.test(text.slice(Math.max(0, open - 3), open)) || /[\s–—-]$/.test(text.slice(0, open)) || /^\s*$/.test(text.slice(sentenceStartBefore(open), open));
    if (!startsSentence) return;
    const attribution = unclosed ? null : attributionAfter(text, close + 1, compiled) ?? attributionBefore(text, open, compiled);
    const words = inner.match(/[\p{L}\p{N}]+/gu) ?? [];
    const titleCase = words.length >= 2 && words.filter((w) => isCapitalised(w)).length >= words.length * 0.75;
    const lowerStart = /^\s*\p{Ll}/u.test(inner);
    if (attribution === null && !interrupted && (titleCase || lowerStart || words.length < (unclosed ? 2 : MIN_QUOTE_WORDS))) return;
    const subject = attribution ? null : introducedBy(open) ?? subjectBefore(article, open, quoted);
    // Nobody named and nobody before: the person the text has been about ("Flere gange har Brian
    // Sand været ledsaget af sin hund … «Der er tit nogle, der siger …»"), as for a dash paragraph.
    const about = subject === null && attribution === null ? mostMentionedPerson(article, open, quoted) : null;
    const inherited = subject !== null ? { mention: subject, text: article.mentions[subject].text } : previousSpeaker(open) ?? (about !== null ? { mention: about, text: article.mentions[about].text } : null);
    push(open + 1, close, true, attribution, attribution ? null : inherited, 1);
  };
  for (let i = 0; i < text.length; i++) {
    const mark = text[i];
    const close = PAIRS[mark];
    if (close === undefined || STRAIGHT.has(mark)) continue;
    // A Swedish mark opens only where a word starts after it.
    if (mark === '”' && !/[\s(–—-]|^$/.test(text[i - 1] ?? '')) continue;
    // A Swedish close whose opening was lost with its sentence (`… klubb ”, sade han`): the quote
    // runs from its sentence's start, as for straight marks below.
    if (mark === '”' && cachedRegExp('iu')`^\\s*,\\s*(?:${compiled.cues})(?![\\p{L}])`.test(text.slice(i + 1, i + 40))) {
      const start = sentenceStartBefore(i);
      if (wordCount(text.slice(start, i)) >= 2) push(start, i, true, attributionAfter(text, i + 1, compiled), null, 1);
      continue;
    }
    const end = closingMark(text, i, compiled);
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
    const opens = straightRoles(text, marks);
    for (let k = 0; k < marks.length; k++) {
      const at = marks[k];
      if (opens[k]) {
        const next = marks[k + 1];
        if (next !== undefined && !opens[k + 1]) {
          markedQuote(at, next, false);
          k++;
        } else {
          markedQuote(at, sentenceEndAfter(at + 1), true);
        }
      } else {
        let start = sentenceStartBefore(at);
        // A detached close after `?`/`!` opens the splitter's next sentence (`tjene? " spurgte`):
        // its quote is the sentence before.
        if (wordCount(text.slice(start, at)) < 2 && start > lineStart) start = sentenceStartBefore(start - 1);
        if (wordCount(text.slice(start, at)) >= 2) push(start, at, true, attributionAfter(text, at + 1, compiled), null, 1);
      }
    }
    lineStart += line.length + 1;
  }

  /** The person a sentence opens with, or names just before its trailing cue, when the words after
   * that cue open a clause ("det", "dette"): then the sentence is subject, apposition, cue, clause. */
  const clauseSubjects = new Set((compiled.resources.pointingSubjects ?? []).map((w) => w.toLowerCase()));
  const appositionSubject = (sentenceStart: number, cue: RegExpExecArray): number | null => {
    const opens = cue[2].trim().split(/\s+/);
    if (opens.length < 3 || !clauseSubjects.has(opens[0].toLowerCase())) return null;
    const cueAt = sentenceStart + (cue.index ?? 0);
    const person = article.mentions.findIndex((m) => m.type === 'PER' && m.start >= sentenceStart && m.end <= cueAt);
    if (person < 0) return null;
    const m = article.mentions[person];
    return m.start === sentenceStart || /^\s*$/.test(text.slice(m.end, cueAt)) ? person : null;
  };

  /** Whether the words opening a sentence before a cue are its subject: a pronoun ("Ho"), a person
   * or organisation named there ("Storhaug", "DA"), or a definite role noun ("Advokaten hans"); not
   * a fronted adverb ("Nå mener han …", whose subject follows the cue). */
  const pointing = new Set((compiled.resources.pointingSubjects ?? []).map((w) => w.toLowerCase()));
  const bareClauseSubject = (subject: string, at: number): boolean => {
    const head = subject.split(/\s+/)[0].toLowerCase();
    if (pointing.has(head)) return false;
    if (compiled.resources.pronouns[head] !== undefined) return compiled.resources.pronouns[head] !== 'n';
    if (article.mentions.some((m) => m.start === at && m.end === at + subject.length && (m.type === 'PER' || m.type === 'ORG'))) return true;
    return subject.split(/\s+/).length <= 2 && (compiled.resources.roleNounSuffixes ?? []).some((suffix) => head.endsWith(suffix)) && head.length >= 6;
  };

  // Reported speech, in sentences holding no direct quote.
  for (const sentence of article.sentences) {
    if (overlaps(sentence.start, sentence.end)) continue;
    const s = text.slice(sentence.start, sentence.end);
    const base = sentence.start;
    // "Ifølge en talsmann for politiet, Mickey Rosenfeld, tok …": a description, then the name in
    // commas; the source runs to the second comma.
    // (Case matters for the name, so the sentence's first letter is lowered, not the pattern's flag.)
    const leading = cachedRegExp('u')`^(?:${compiled.accordingTo})\\s+([^,.!?:]{1,60}?,\\s*(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*),\\s+(?=\\p{Ll})`.exec(s.charAt(0).toLowerCase() + s.slice(1))
      ?? cachedRegExp('iu')`^(?:${compiled.accordingTo})\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){0,4}?[\\p{L}\\p{N}'’.-]+)\\s*,?\\s+(?=\\p{Ll})`.exec(s);
    // "…, ifølge informasjonskonsulent i Energigjenvinningsetaten, Rikke Dahl Monsen.": a title, a
    // comma and the name to the sentence's end are all the source.
    const trailing = cachedRegExp('u')`,\\s*(${compiled.accordingTo})\\s+([^,.!?]+(?:,\\s*(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)?)[.!?]?$`.exec(s)
      ?? cachedRegExp('iu')`,\\s*(${compiled.accordingTo})\\s+([^,.!?]+)[.!?]?$`.exec(s);
    const thatClause = cachedRegExp('iu')`^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues}),?\\s+(?:${compiled.complementisers})\\s+`.exec(s);
    // "Tonje Gjevjon, styreleder i Boa (…), mener at …": the subject, an apposition, then the cue.
    const appositionThat = thatClause ? null : cachedRegExp('u')`^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]+),[^,]{1,120},\\s*(${compiled.cues}),?\\s+(?:${compiled.complementisers})\\s+`.exec(s);
    // "Gjevjon mener likevel at …", "Eirik Vinje sier til Klassekampen at …": words between cue and
    // complementiser; "Før dommen falt, erklærte Gabriele at …", "I Sverige meiner Vänsterpartiet at
    // …": a fronted phrase, then the cue and its subject (a name, after a title, or a pronoun).
    // Neither the subject nor the word before "at" a preposition ("Til Dagens Næringsliv sier …";
    // Danish "skriver for at få at vide" is an infinitive).
    const notPreposition = (m: RegExpExecArray | null, group: number): RegExpExecArray | null =>
      m && !compiled.stops.has(m[group].split(/\s+/)[0].toLowerCase()) && !compiled.stops.has(m[0].trim().split(/\s+/).slice(-2)[0].toLowerCase()) ? m : null;
    const later = thatClause || appositionThat ? null
      : notPreposition(cachedRegExp('u')`^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues})\\s+(?:[\\p{L}\\p{N}.-]+\\s+){1,3}?(?:${compiled.complementisers})\\s+`.exec(s), 1)
        ?? notPreposition(cachedRegExp('u')`^[^,.!?:]{2,60}?,?\\s+(${compiled.cues})\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]+|${compiled.pronounsPattern})\\s+(?:${compiled.complementisers})\\s+`.exec(s), 2);
    const trailingCue = cachedRegExp('iu')`,\\s*(${compiled.cues})\\s+([^.!?]+)[.!?]?$`.exec(s);
    // "Storhaug mener angrepet må …", "Ho meiner det er eit stort problem …", "Advokaten hans mener DA
    // går …": subject, cue and a clause without "at" that opens with a subject of its own (a pronoun
    // or a name, not a preposition: "sier det til NTB" is no clause). Also after a conjunction and
    // with an adverb after the cue ("Og Erikssen mener også det …"), and with a definite noun as the
    // clause's subject when a finite auxiliary or the negation follows it ("mener vedtaket ikke kommer").
    const definite = (compiled.resources.roleNounSuffixes ?? []).map(escape).join('|') || '(?!)';
    const bare = thatClause || appositionThat || later ? null
      : notPreposition(cachedRegExp('u')`^(?:(?:Og|Men|Och|And|But)\\s+)?((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}[\\p{L}'’.-]+)\\s+(${compiled.cues})\\s+(?:(?:${compiled.clauseAdverbs})\\s+)?(?=(?:${compiled.subjectPronouns}|\\p{Lu}[\\p{L}.-]*)\\s+\\p{L}+\\s+\\p{L}|\\p{Ll}[\\p{L}-]*(?:${definite})\\s+(?:${compiled.finiteAuxiliaries})\\s)`.exec(s), 1);
    const bareAt = bare ? base + bare[0].indexOf(bare[1]) : base;
    const bareSubject = bare && bareClauseSubject(bare[1], bareAt) ? bare : null;
    // "Mannen togs enligt polisen på bar gärning", "CD får ifølge GfK-undersøgelsen det laveste …":
    // the source inside the clause; the whole sentence is what it reports.
    const inner = cachedRegExp('iu')`(?<=\\S\\s+)(${compiled.accordingTo})\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}[\\p{L}\\p{N}'’.-]+)`.exec(s);
    const attribute = (cue: string, speakerStart: number, speakerEnd: number): Attribution => ({ cue, speakerStart, speakerEnd });
    if (trailing) {
      const speakerStart = base + (trailing.index ?? 0) + trailing[0].indexOf(trailing[2], trailing[1].length + 1);
      push(base, base + (trailing.index ?? 0), false, attribute(trailing[1], speakerStart, speakerStart + trailing[2].length), null);
    } else if (leading) {
      const speakerStart = base + leading[0].indexOf(leading[1]);
      push(base + leading[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(s.slice(0, leading[0].indexOf(leading[1])).trim(), speakerStart, speakerStart + leading[1].length), null);
    } else if (thatClause) {
      push(base + thatClause[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(thatClause[2], base, base + thatClause[1].length), null);
    } else if (appositionThat) {
      push(base + appositionThat[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(appositionThat[2], base, base + appositionThat[1].length), null);
    } else if (bareSubject && !compiled.stops.has(s.slice(bareSubject[0].length).split(/\s+/)[1]?.toLowerCase() ?? '')) {
      push(base + bareSubject[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(bareSubject[2], bareAt, bareAt + bareSubject[1].length), null);
    } else if (later) {
      // Which group is the subject depends on the pattern that matched: a cue stands in one of them.
      const subjectFirst = cachedRegExp('iu')`^(?:${compiled.cues})$`.test(later[2]);
      const cue = subjectFirst ? later[2] : later[1];
      let speaker = subjectFirst ? later[1] : later[2];
      let speakerStart = base + later[0].indexOf(speaker, subjectFirst ? 0 : later[0].indexOf(cue) + cue.length);
      // "Der hevder han at …": one fronted word that names nobody, the cue, then a pronoun: verb
      // second puts the subject after the cue.
      if (subjectFirst && !/\s/.test(later[1].trim()) && !article.mentions.some((m) => m.start === base)) {
        const cueEnd = later[0].indexOf(cue, later[1].length) + cue.length;
        const next = /^\s+([\p{L}]+)/u.exec(later[0].slice(cueEnd))?.[1] ?? '';
        const gender = compiled.resources.pronouns[next.toLowerCase()];
        if (gender !== undefined && gender !== 'n') {
          speaker = next;
          speakerStart = base + later[0].indexOf(next, cueEnd);
        } else if (pointing.has(later[1].trim().toLowerCase())) {
          // "Det meiner leiarane i barnevernssamarbeidet at …": after a pointing "Det" the words
          // between the cue and "at" are the subject.
          const inverted = cachedRegExp('iu')`^\\s+(.+?)\\s+(?:${compiled.complementisers})\\s+$`.exec(later[0].slice(cueEnd));
          if (inverted) {
            speaker = inverted[1];
            speakerStart = base + later[0].indexOf(inverted[1], cueEnd);
          }
        }
      }
      push(base + later[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(cue, speakerStart, speakerStart + speaker.length), null);
    } else if (trailingCue && appositionSubject(sentence.start, trailingCue)) {
      // "Arild Humlen, advokat og …, meiner det er nødvendig …": the person, an apposition, the cue
      // and a clause without "at" (it opens with "det"); the reported clause follows the cue.
      const person = article.mentions[appositionSubject(sentence.start, trailingCue) as number];
      push(base + (trailingCue.index ?? 0) + trailingCue[0].indexOf(trailingCue[2], trailingCue[1].length + 1), sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(trailingCue[1], person.start, person.end), null);
    } else if (trailingCue) {
      const speakerStart = base + (trailingCue.index ?? 0) + trailingCue[0].indexOf(trailingCue[2], trailingCue[1].length + 1);
      // "I en makroanalyse han presenterte i forrige uke, spår Juel og hans kolleger at …": a fronted
      // phrase, the cue, its subject and a complementiser: what is reported follows "at". The subject
      // is a name, a pronoun or one role noun; "mener forskeren nettopp illustrerer at" is a cue
      // inserted into the sentence, whose "at" belongs to the sentence's own verb.
      const fronted = cachedRegExp('u')`^([^,;:]{1,80}?)\\s+(?:${compiled.complementisers})\\s+(?=\\S)`.exec(trailingCue[2]);
      // A title may stand before the name, and an addressee after it ("skriver daværende
      // byrettsjustitiarius Erik Elstad til Justisdepartementet at …").
      const subjectWords = fronted?.[1].split(/\s+/) ?? [];
      const stop = subjectWords.findIndex((w, i) => i > 0 && compiled.stops.has(w.toLowerCase()));
      const named = (stop < 0 ? subjectWords : subjectWords.slice(0, stop)).some(isCapitalised);
      const subjectLike = fronted !== null && (named || compiled.resources.pronouns[subjectWords[0]] !== undefined || wordCount(fronted[1]) === 1);
      if (fronted && subjectLike && wordCount(fronted[1]) <= MAX_SUBJECT_WORDS + 2 && plausibleSpeaker(fronted[1], compiled)) {
        push(speakerStart + fronted[0].length, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(trailingCue[1], speakerStart, speakerStart + fronted[1].length), null);
        continue;
      }
      push(base, base + (trailingCue.index ?? 0), false, attribute(trailingCue[1], speakerStart, speakerStart + trailingCue[2].length), null);
    } else if (inner) {
      const speakerStart = base + (inner.index ?? 0) + inner[0].indexOf(inner[2], inner[1].length);
      push(base, sentence.end - (/[.!?]$/.test(s) ? 1 : 0), false, attribute(inner[1], speakerStart, speakerStart + inner[2].length), null);
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  // Interview answers given before anyone is named take the speaker of the first answer in the same
  // exchange (an unbroken run of dash paragraphs) whose attribution names one.
  quotes.forEach((quote, index) => {
    if (!quote.guessed) return;
    for (const later of quotes.slice(index + 1)) {
      const between = text.slice(quote.end, text.lastIndexOf('\n', later.start) + 1).split('\n').slice(1, -1);
      if (!between.every((line) => DASH_LED.test(line))) break;
      // NDT keeps no paragraphs, so narration runs on in a dash line: narration naming someone
      // ("Hans agent Patrik ringte.") ends the exchange as a line without a dash would.
      if (article.mentions.some((m) => m.type === 'PER' && m.start >= quote.end && m.end <= later.start && !quotes.some((q) => m.start >= q.start && m.start < q.end))) break;
      if (later.cue !== null && !later.guessed && !later.asks && (later.speakerMention !== null || later.speakerText !== null)) {
        quote.speakerMention = later.speakerMention;
        quote.speakerText = later.speakerText;
        break;
      }
    }
  });
  // A quote without a cue that repeats one attributed elsewhere in the article is the same voice.
  const runs = (s: string): Set<string> => {
    const words = normalisedText(s).split(' ');
    return new Set(words.slice(0, Math.max(0, words.length - REPEAT_WORDS + 1)).map((_, i) => words.slice(i, i + REPEAT_WORDS).join(' ')));
  };
  for (const quote of quotes) {
    if (quote.cue !== null || quote.headline || wordCount(quote.text) < REPEAT_WORDS) continue;
    const own = runs(quote.text);
    const source = quotes.find((q) => q !== quote && q.cue !== null && (q.speakerMention !== null || q.speakerText !== null) && [...runs(q.text)].some((run) => own.has(run)));
    if (source) {
      quote.speakerMention = source.speakerMention;
      quote.speakerText = source.speakerText;
    }
  }
  // A dash-led headline ("– Kan bli best") repeats a quote from the body, else quotes the person
  // the article goes on to quote first.
  quotes.forEach((quote, index) => {
    if (!quote.headline) return;
    const attributed = quotes.slice(index + 1).filter((q) => !q.headline && (q.speakerMention !== null || q.speakerText !== null));
    const repeated = attributed.find((q) => wordCount(quote.text) >= 3 && normalisedText(q.text).startsWith(normalisedText(quote.text))) ??
      // "– Skjerp klørne" over "Det er på høg tid at Mattilsynet skjerpar klørne …": a body quote
      // holding every content word of the headline, inflected, in the story it heads.
      attributed.find((q) => (text.slice(quote.end, q.start).match(/\n/g) ?? []).length <= HEADLINE_REACH_LINES && holdsWordsOf(q.text, quote.text));
    if (repeated) {
      quote.speakerMention = repeated.speakerMention;
      quote.speakerText = repeated.speakerText;
      return;
    }
    // A person or body quoted by name before words naming nobody ("ifølge fylkeslegen i Oslo").
    const cued = quotes.slice(index + 1).filter((q) => q.cue !== null && !q.headline && (q.speakerMention !== null || q.speakerText !== null) &&
      (text.slice(quote.end, q.start).match(/\n/g) ?? []).length <= HEADLINE_REACH_LINES);
    const next = cued.find((q) => q.speakerMention !== null && ['PER', 'ORG'].includes(article.mentions[q.speakerMention].type)) ?? cued[0];
    if (next) {
      quote.speakerMention = next.speakerMention;
      quote.speakerText = next.speakerText;
    }
  });
  return quotes;
}

/** How many letters of a headline word a body word must share to count as the same word inflected
 * ("skjer" of "skjerp" in "skjerpar", "klørn" of "klørne"). */
const HEADLINE_STEM_LETTERS = 5;
/** Words shorter than this are function words for this purpose. */
const HEADLINE_CONTENT_LETTERS = 4;

/** Whether a body quote holds every content word of a headline (at least two), inflections allowed. */
function holdsWordsOf(body: string, headline: string): boolean {
  const stems = normalisedText(headline).split(' ').filter((w) => w.length >= HEADLINE_CONTENT_LETTERS).map((w) => w.slice(0, HEADLINE_STEM_LETTERS));
  if (stems.length < 2) return false;
  const words = normalisedText(body).split(' ');
  return stems.every((stem) => words.some((w) => w.startsWith(stem)));
}
