// Who a quote's attribution means: a person named in it, or the person a pronoun or role noun
// points back to, by recency, gender (first-name lists), titles written before names, and who the
// quote itself addresses.
import type { Article } from '../../doc/model.js';
import { genderOfName } from '../../lang/base/first-names.js';
import { cachedRegExp, compile, containsWord, isCapitalised, MAX_ATTRIBUTION_CHARS, RELATIVES, type Compiled } from './attribution.js';

const MAX_SPEAKER_WORDS = 6;
const PLURAL_REACH_CHARS = 600;
/** How far back a pronoun looks for a person when no quote came just before. */
export const RECENT_REACH_CHARS = 400;
/** How long a title written before a name can be ("litteraturkritiker i danske Jyllands-Posten"). */
const TITLE_CHARS = 60;
const TITLE_WORDS = 5;

export interface Speaker {
  mention: number | null;
  text: string | null;
}

/** Resolves the words naming a speaker: a mention inside them, a pronoun or role noun pointing
 * back to a person, or the words themselves when nothing better is known. */
/** Pronouns that are also determiners before a noun: da/nb/sv "den", "det" (articles) and English
 * "her" (a possessive: "said her husband" is the husband, not a woman named before). */
const ARTICLE_PRONOUNS = new Set(['den', 'det', 'her']);
/** Conjunctions that can open a clause before its subject, in all five languages. */
const CLAUSE_CONJUNCTIONS = new Set(['men', 'og', 'och', 'but', 'and']);

export function resolveSpeaker(article: Article, compiled: Compiled, start: number, end: number, quoteStart: number, context: SpeakerContext): Speaker {
  const phrase = article.text.slice(start, end);
  const words: { word: string; start: number; end: number }[] = [];
  for (const m of phrase.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const at = start + (m.index ?? 0);
    const word = m[0].replace(/[.]$/, '');
    // "Men han skriv også at …": a conjunction opening the clause is not part of the speaker.
    if (words.length === 0 && CLAUSE_CONJUNCTIONS.has(word.toLowerCase())) continue;
    if (words.length > 0 && compiled.stops.has(word.toLowerCase())) break;
    words.push({ word, start: at, end: at + word.length });
    if (words.length >= MAX_SPEAKER_WORDS) break;
  }
  if (words.length === 0) return { mention: null, text: null };
  const spanEnd = words[words.length - 1].end;
  const head = words[0].word.toLowerCase();
  // "den 25-årige Bettina Jørgensen": before more words of the phrase, den/det is an article.
  const gender = words.length > 1 && ARTICLE_PRONOUNS.has(head) ? undefined : compiled.resources.pronouns[head];
  // A person named anywhere in the attribution is the speaker, also after a title and a comma
  // ("siger lederen af ØK's transportdivision i Cambodia, Torben Hasselriis"); then an organisation.
  if (gender === undefined && !RELATIVES.has(head)) {
    const people = article.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === 'PER' && m.start >= start && m.end <= Math.min(end, start + MAX_ATTRIBUTION_CHARS) &&
      (m.end <= spanEnd || /,\s*$/.test(article.text.slice(start, m.start)) || titleBefore(article.text.slice(start, m.start), compiled)));
    // "mener Bertelsens advokat, Georg Kvande": a genitive before a noun is whose the speaker is.
    const speaking = people.filter(({ m }) => possessorNoun(article, compiled, m.end, m.text) === null);
    if (speaking.length > 0) return { mention: speaking[0].i, text: speaking[0].m.text };
    if (people.length > 0) {
      const noun = possessorNoun(article, compiled, people[0].m.end, people[0].m.text) as string;
      const titled = personWithTitle(article, compiled, noun, quoteStart, context.quoted);
      if (titled !== null && !context.addressed(titled) && !samePerson(article, titled, people[0].i)) return { mention: titled, text: article.mentions[titled].text };
      return { mention: null, text: `${people[0].m.text} ${noun}` };
    }
  }
  const inside = article.mentions.findIndex((m) => m.start >= start && m.end <= spanEnd && (m.type === 'PER' || m.type === 'ORG' || m.type === 'GPE'));
  if (inside >= 0 && gender === undefined) return { mention: inside, text: article.mentions[inside].text };
  // "avsluttar ein optimistisk og opprømt hotelldirektør": an indefinite description is its noun.
  if (INDEFINITE_ARTICLES.has(words[0].word.toLowerCase())) {
    const description = /^[\p{L}\s-]+/u.exec(article.text.slice(words[0].end, end))?.[0].trim().split(/\s+/) ?? [];
    const noun = description[description.length - 1];
    if (noun && description.length <= 4) {
      const titled = personWithTitle(article, compiled, noun, quoteStart, context.quoted);
      if (titled !== null && !context.addressed(titled)) return { mention: titled, text: noun };
      const salient = salientPerson(article, quoteStart, context, null);
      return { mention: salient.mention, text: salient.mention === null ? noun : salient.text };
    }
  }
  if (gender !== undefined) {
    // "Som 25-åring tok Anders Behring Breivik ifølge ham selv ett år fri": a pronoun with an
    // intensifier is the subject of its own clause, named before it in the sentence.
    if ((gender === 'm' || gender === 'f') && INTENSIFIERS.has(words[1]?.word.toLowerCase() ?? '')) {
      const own = subjectOfClause(article, start, gender, context);
      if (own !== null) return { mention: own, text: words[0].word };
    }
    // "… går att hos kommunisten Brecht når han seier: «…»": a pronoun after the only person its
    // own sentence names (outside quotes) is that person, whoever the sentences before were about.
    if (gender === 'm' || gender === 'f') {
      const own = onlyPersonOfClause(article, start, gender, context);
      if (own !== null) return { mention: own, text: words[0].word };
      return { ...salientPerson(article, quoteStart, context, gender), text: words[0].word };
    }
    if (gender === 'p') {
      // "De"/"dei": two people named together, else the two who spoke just before ("Og de tilføjede: …").
      const together = coordinatedPeopleBefore(article, Math.min(start, quoteStart), context.quoted) ?? personAndPronounBefore(article, compiled, Math.min(start, quoteStart), context);
      const previousPlural = context.previous?.text && /\s(?:og|och|and|&)\s/u.test(context.previous.text) ? context.previous.text : null;
      if (together !== null || previousPlural !== null) return { mention: null, text: together ?? previousPlural };
      // "Fagforeninger på Aker universitetssykehus er bekymret … «…», mener de": a body the
      // narration since the quote before opens a sentence with.
      const body = organisationBefore(article, quoteStart, context);
      return body >= 0 ? { mention: body, text: article.mentions[body].text } : { mention: null, text: words[0].word };
    }
    return { mention: null, text: words[0].word };
  }
  // A relative pronoun ("…, sier Niskanen, som legger til:") is the speaker named before it.
  if (RELATIVES.has(head)) return context.previous ?? { mention: null, text: null };
  // A role noun ("ministeren", "38-åringen") points to the last person introduced with that title,
  // else, like a pronoun, to the person the text is about.
  // Also after adjectives ("dansk litteraturkritiker") and after an organisation ("Oktober-sjefen").
  // A sentence's first word is capitalised whatever it is ("Fylkeslegen slår fast at …"): a role
  // noun still when someone was introduced with that title ("Fylkeslege Petter Øgar") and the
  // tagger found no name there.
  const sentenceInitial = /(?:^|[.!?:]\s+|\n\s*)$/u.test(article.text.slice(Math.max(0, start - 3), start)) && !article.mentions.some((m) => m.start === start);
  const described = words.length <= 3 && words.every((w) => !isCapitalised(w.word));
  // "mener selskapet", "TV-kanalen melder", "Selskapet skriv": a definite noun for a kind of body
  // is the organisation whose name it heads, else the one named shortly before.
  if ((described || sentenceInitial || /^\p{Lu}[\p{L}\p{N}]*-\p{Ll}{3,}$/u.test(words[0].word)) && words.length <= 3 && isOrganisationAnaphor(compiled, words[words.length - 1].word)) {
    const headed = organisationHeadedBy(article, words.map((w) => w.word), quoteStart, context.quoted);
    const body = headed ?? lastOrganisationBefore(article, compiled, words[words.length - 1].word, quoteStart, context.quoted);
    if (body !== null) return { mention: body, text: article.text.slice(words[0].start, words[words.length - 1].end) };
  }
  if (!described && sentenceInitial && words.length === 1) {
    const titled = personWithTitle(article, compiled, words[0].word.toLowerCase(), quoteStart, context.quoted);
    if (titled !== null && !context.addressed(titled)) return { mention: titled, text: words[0].word };
  }
  const organisational = words.length === 1 && /^\p{Lu}[\p{L}\p{N}]*-\p{Ll}{3,}$/u.test(words[0].word);
  if (described || organisational) {
    // "skriver departementet", "heter det i departementets vurdering": a definite noun that heads
    // the compound name of an organisation named before (Justisdepartementet) is that organisation.
    if (described) {
      const body = organisationHeadedBy(article, words.map((w) => w.word), quoteStart, context.quoted);
      if (body !== null) return { mention: body, text: article.mentions[body].text };
      // "melder fylkeskommunen", "opplyser politiet": an institution named by its common noun is
      // the speaker itself, not a person named before.
      const institution = words.find((w) => isInstitution(compiled, w.word));
      if (institution && words.length <= 2) return { mention: null, text: institution.word };
    }
    const roleNoun = organisational ? words[0].word.split('-').pop() ?? head : words[words.length - 1].word;
    const titled = personWithTitle(article, compiled, roleNoun, quoteStart, context.quoted);
    if (titled !== null && !context.addressed(titled)) return { mention: titled, text: words[0].word };
    // Not the person the whole article is about: a role noun nobody near was introduced by
    // ("ifølge fylkeslegen i Oslo" after a story about a curler) is its own words.
    const salient = salientPerson(article, quoteStart, context, null, false);
    return { mention: salient.mention, text: salient.mention === null ? article.text.slice(words[0].start, words[words.length - 1].end) : salient.text };
  }
  // No entity layer: the capitalised words are the best name we have.
  const named = words.filter((w, i) => isCapitalised(w.word) || (i > 0 && isCapitalised(words[i - 1].word) && /^(og|och|and|-)$/.test(w.word)));
  const chosen = named.length > 0 ? named : words.slice(0, 3);
  return { mention: null, text: article.text.slice(chosen[0].start, chosen[chosen.length - 1].end) };
}

/** How far back an organisation named by a definite noun ("selskapet") is looked for. */
const ORGANISATION_REACH_CHARS = 600;

/** Whether a word is a definite noun for a kind of organisation, alone or as the head of a compound
 * ("selskapet", "selskapets", "TV-kanalen"), by the language's stems and definite endings. */
function isOrganisationAnaphor(compiled: Compiled, word: string): boolean {
  const noun = anaphorStem(word);
  const suffixes = compiled.resources.roleNounSuffixes ?? [];
  return (compiled.resources.organisationAnaphors ?? []).some((stem) => suffixes.some((suffix) => noun === stem + suffix));
}

/** "TV-kanalens" → "kanalen": the compound's head, without a genitive. */
const anaphorStem = (word: string): string => (word.toLowerCase().split('-').pop() ?? '').replace(/(?<=[\p{L}]{4})s$/u, '');

/** The kind of body a word names, by the language's organisation and institution nouns
 * ("hotellet", "hotell" → "hotell"; "kommune" → "kommun"), or null. */
function kindOfBody(compiled: Compiled, word: string): string | null {
  const kinds = [...(compiled.resources.organisationAnaphors ?? []), ...(compiled.resources.institutionNouns ?? []).map((n) => roleNounStem(n).replace('\u0000', ''))];
  return kinds.find((kind) => kind.length >= 4 && word.startsWith(kind)) ?? null;
}

/** The organisation named last before `offset`, outside quotes and not long before: one that opens
 * its clause ("CNNs prognoser viser …") before one named in passing ("… flertall i Senatet"); never
 * one whose name says it is another kind of body ("Luster kommune" for "hotellet"). */
function lastOrganisationBefore(article: Article, compiled: Compiled, noun: string, offset: number, quoted: (offset: number) => boolean): number | null {
  const kind = kindOfBody(compiled, anaphorStem(noun));
  const near = (m: Article['mentions'][number]): boolean => {
    if (m.type !== 'ORG' || m.end > offset || offset - m.end > ORGANISATION_REACH_CHARS || quoted(m.start)) return false;
    const own = kindOfBody(compiled, m.text.toLowerCase().split(/\s+/).pop() ?? '');
    return own === null || own === kind;
  };
  const subject = article.mentions.findLastIndex((m) => near(m) && namedFirst(article, m.start));
  const index = subject >= 0 ? subject : article.mentions.findLastIndex(near);
  return index >= 0 ? index : null;
}

/** Whether a definite noun names an institution ("politiet", "fylkeskommunen", "tingretten"),
 * by the language's list of institution heads, also as the last part of a compound. */
function isInstitution(compiled: Compiled, word: string): boolean {
  const lower = word.toLowerCase().replace(/s$/, '');
  return (compiled.resources.institutionNouns ?? []).some((noun) => lower === noun || (lower.endsWith(noun) && lower.length - noun.length >= 3));
}

/** The noun a genitive name owns ("Bertelsens advokat" → "advokat"), or null when the name is not
 * a genitive before a common noun ("sier Jonas til NTB", "sier Lars Eriksen"). */
function possessorNoun(article: Article, compiled: Compiled, end: number, name: string): string | null {
  if (!/\p{Ll}s$/u.test(name) && !/['’]s?$/.test(name)) return null;
  const next = /^\s+(\p{Ll}[\p{L}-]{2,})/u.exec(article.text.slice(end, end + 40))?.[1];
  if (next === undefined || compiled.stops.has(next) || compiled.resources.pronouns[next] !== undefined) return null;
  if (cachedRegExp('iu')`^(?:${compiled.cues})$`.test(next)) return null;
  return next;
}

/** Whether the words between a cue and a name are the name's title ("litteraturkritiker i danske
 * Jyllands-Posten Jon Helt Haarder"): a few words, no punctuation, no "og"/"at", and the word
 * right before the name not a preposition ("sier politiet til Ola Nordmann"). */
function titleBefore(between: string, compiled: Compiled): boolean {
  if (between.length > TITLE_CHARS || !/^[\p{L}\p{N}\s'’-]*$/u.test(between)) return false;
  const words = between.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  // A capitalised first word is a speaker of its own ("fastslog DR-Dokumentar gruppen i … af Frederikshavns").
  if (isCapitalised(words[0])) return false;
  const last = words[words.length - 1].toLowerCase();
  // Two titles joined ("varaordførar i Kviteseid og Høgre-politikar Gunnar Ruud"): the one word
  // between the conjunction and the name is a party or place compound on a role noun.
  const secondTitle = /^\p{Lu}\p{L}*-\p{Ll}{3,}$/u.test(words[words.length - 1]);
  const joinsTitles = (i: number): boolean => secondTitle && i === words.length - 2 && ['og', 'and', 'och'].includes(words[i].toLowerCase());
  if (compiled.stops.has(last) || words.some((w, i) => ['og', 'and', 'och', 'at', 'att', 'that'].includes(w.toLowerCase()) && !joinsTitles(i))) return false;
  return !cachedRegExp('iu')`^(?:${compiled.cues})$`.test(last);
}
/** Words that stress a pronoun as the clause's own subject ("ifølge ham selv", "enligt henne själv"). */
const INTENSIFIERS = new Set(['selv', 'sjølv', 'själv', 'himself', 'herself']);

/** The last person of the pronoun's gender named between the start of the sentence and `at`. */
function subjectOfClause(article: Article, at: number, gender: 'm' | 'f', context: SpeakerContext): number | null {
  let sentenceStart = Math.max(0, article.text.lastIndexOf('\n', at - 1) + 1);
  for (const s of article.sentences) if (s.start <= at && s.start > sentenceStart) sentenceStart = s.start;
  const people = article.mentions.map((m, i) => ({ m, i }))
    .filter(({ m, i }) => m.type === 'PER' && m.start >= sentenceStart && m.end <= at && !context.quoted(m.start) && fitsGender(article, i, gender));
  return people.length > 0 ? people[people.length - 1].i : null;
}

/** The one person (however often named) of the pronoun's gender that the sentence names before `at`,
 * outside quotes and not addressed by the quote; null when it names none or several. */
function onlyPersonOfClause(article: Article, at: number, gender: 'm' | 'f', context: SpeakerContext): number | null {
  const own = subjectOfClause(article, at, gender, context);
  if (own === null || context.addressed(own)) return null;
  let sentenceStart = Math.max(0, article.text.lastIndexOf('\n', at - 1) + 1);
  for (const s of article.sentences) if (s.start <= at && s.start > sentenceStart) sentenceStart = s.start;
  const others = article.mentions.some((m, i) => m.type === 'PER' && m.start >= sentenceStart && m.end <= at && !context.quoted(m.start) && !samePerson(article, i, own));
  return others ? null : own;
}

/** Indefinite articles of the languages served: "en glad tobarnsmor", "ein opprømt hotelldirektør". */
const INDEFINITE_ARTICLES = new Set(['en', 'ei', 'et', 'ett', 'ein', 'eit', 'a', 'an']);

/** What the text around a quote says about who is speaking. */
export interface SpeakerContext {
  /** The speaker of the quote before, when it is close enough to carry on. */
  previous: PreviousSpeaker | null;
  /** Whether an offset lies inside a quote found so far: names there are not antecedents. */
  quoted: (offset: number) => boolean;
  /** Whether the quote itself names or addresses a person ("Du er grei, Espen", "skal pappa kjøpe"):
   * people do not speak of themselves in the third person, so that person is not the speaker. */
  addressed: (mention: number) => boolean;
}

export interface PreviousSpeaker extends Speaker {
  gender: string | null;
  /** Where the quote before ends: narration after it is what a pronoun can point back into. */
  end: number;
  /** It asked a question: the next pronoun-attributed quote is the other party's answer. */
  question: boolean;
  /** Its speaker was only guessed (an interview answer before anyone is named). */
  guessed?: boolean;
}

/** Whether a person fits a pronoun's gender, by the first-name list. A surname alone ("Breivik")
 * takes the gender of the full name it shortens elsewhere in the article ("Anders Behring Breivik"). */
export function fitsGender(article: Article, mention: number, gender: string | null): boolean {
  if (gender !== 'm' && gender !== 'f') return true;
  const known = genderOfName(article.mentions[mention].text) ?? genderOfSamePerson(article, mention);
  return known === null || known === gender;
}

function genderOfSamePerson(article: Article, mention: number): 'm' | 'f' | null {
  const surname = article.mentions[mention].text.replace(/s$/, '').split(/\s+/).pop() ?? '';
  if (surname.length <= 2 || !isCapitalised(surname)) return null;
  for (const other of article.mentions) {
    if (other.type !== 'PER' || other.text === article.mentions[mention].text) continue;
    const words = other.text.split(/\s+/);
    if (words.length > 1 && words[words.length - 1] === surname) {
      const gender = genderOfName(other.text);
      if (gender !== null) return gender;
    }
  }
  return null;
}

/** The same person, by a shared name word ("Tore" and "pappa Tore", "Rehman" and "Shabana Rehman"). */
export function samePerson(article: Article, a: number, b: number): boolean {
  const words = (i: number): string[] => article.mentions[i].text.toLowerCase().replace(/s$/, '').split(/\s+/);
  const other = new Set(words(b));
  return words(a).some((w) => w.length > 2 && other.has(w));
}

/** The person a pronoun or role noun most likely means, among people of the pronoun's gender whom
 * the quote does not address: the subject of the sentence just before the quote; else a person named
 * first in a sentence of the narration since the quote before; else the speaker of the quote before
 * (not when that quote asked a question: this is the answer, by someone else), unless the narration since has turned
 * to someone else; else the person named last since; else the person the article names most. */
export function salientPerson(article: Article, quoteStart: number, context: SpeakerContext, gender: string | null, articleWide = true): Speaker {
  const previous = context.previous;
  const asked = previous !== null && previous.question && previous.mention !== null ? previous.mention : null;
  const fits = (i: number): boolean => fitsGender(article, i, gender) && !context.addressed(i);
  const answers = (i: number): boolean => fits(i) && (asked === null || !samePerson(article, i, asked));
  const as = (i: number | null): Speaker => ({ mention: i, text: i === null ? null : article.mentions[i].text });
  const subject = subjectBefore(article, quoteStart, context.quoted);
  if (subject !== null && fits(subject)) return as(subject);
  const since = previous ? previous.end : Math.max(0, quoteStart - RECENT_REACH_CHARS);
  const narrated = article.mentions
    .map((m, i) => ({ m, i }))
    // The name in the quote-before's own attribution (", sier pappa Tore.") is not narration since:
    // counting it kept that speaker when the narration after had turned to someone else. After a
    // question it is kept: "– Kjenner du …?, spør Faltin Karlsen. Han har …" leads into his answer.
    .filter(({ m, i }) => m.type === 'PER' && m.start >= since && m.end <= quoteStart && !context.quoted(m.start) && fits(i) && (i !== previous?.mention || previous.question));
  const subjects = narrated.filter(({ m }) => namedFirst(article, m.start));
  if (subjects.length > 0) return as(subjects[subjects.length - 1].i);
  if (previous && previous.mention !== null && answers(previous.mention)) {
    const turned = narrated.some(({ i }) => !samePerson(article, i, previous.mention as number));
    const stays = narrated.some(({ i }) => samePerson(article, i, previous.mention as number));
    if (!turned || stays) return previous;
  }
  if (narrated.length > 0) return as(narrated[narrated.length - 1].i);
  return articleWide ? as(mostMentionedPerson(article, quoteStart, context.quoted, answers)) : as(null);
}

/** Whether a mention opens its sentence or clause: nothing before it but a title or time stamp;
 * or the reporter has just met them ("I VIP-området treffer vi Damion Potter, som …"): an
 * interviewee introduced as the object of the reporter's visit is who the next lines are about. */
export function namedFirst(article: Article, at: number): boolean {
  let start = 0;
  for (const s of article.sentences) if (s.start <= at) start = s.start;
  start = Math.max(start, article.text.lastIndexOf('\n', at - 1) + 1);
  const before = article.text.slice(start, at);
  return /(?:^|[.:!?]\s)[\d.:\s]*(?:[\p{L}-]+\s+){0,2}$/u.test(before) || metByReporter(article, before);
}

/** Whether the reporter meets this mention in its own sentence ("treffer vi … Kenneth Yaffe"). */
export function metByReporterAt(article: Article, mention: number): boolean {
  const at = article.mentions[mention].start;
  let start = Math.max(0, article.text.lastIndexOf('\n', at - 1) + 1);
  for (const s of article.sentences) if (s.start <= at && s.start > start) start = s.start;
  return metByReporter(article, article.text.slice(start, at));
}

/** How many title words may stand between the reporter's meeting verb and the name ("treffer vi
 * NHL-direktøren Kenneth Yaffe"). */
const MEETING_TITLE_WORDS = 3;

/** Whether a clause ends in the reporter's meeting someone: "treffer vi", "vi ringer" and a title. */
export function metByReporter(article: Article, clauseBefore: string): boolean {
  const meeting = meetingPattern(article.lang);
  return meeting !== null && meeting.test(clauseBefore);
}

const meetingPatterns = new Map<string, RegExp | null>();
function meetingPattern(lang: string): RegExp | null {
  let pattern = meetingPatterns.get(lang);
  if (pattern === undefined) {
    const meetings = compile(lang).resources.reporterMeetings ?? [];
    pattern = meetings.length === 0 ? null
      : new RegExp(`(?:^|[^\\p{L}])(?:${meetings.map((m) => m.replace(/ /g, '\\s+')).join('|')})\\s+(?:[^\\s,.!?:;]+\\s+){0,${MEETING_TITLE_WORDS}}$`, 'iu');
    meetingPatterns.set(lang, pattern);
  }
  return pattern;
}

/** A person named first in the sentence that ends right before `offset` ("Siri Kalvig, som …, har
 * et mer prosaisk forhold …" then "– …, sier hun"), when that sentence is narrative, not a quote. */
export function subjectBefore(article: Article, offset: number, quoted: (offset: number) => boolean = () => false): number | null {
  const { text } = article;
  let sentence: { start: number; end: number } | undefined;
  for (const s of article.sentences) if (s.end <= offset) sentence = s;
  if (!sentence || quoted(sentence.start) || /^\s*[–—-]\s/.test(text.slice(sentence.start, sentence.start + 3)) || /["»«“”]/.test(text.slice(sentence.start, sentence.end))) return null;
  if (text.slice(sentence.end, offset).trim().length > 3) return null;
  // Named first in its clause: nothing but a title or a time stamp before it, from the sentence
  // start or a stop or colon ("… skriver aftenposten.no. 14.07: Jan Bøhler (Ap) stiller …").
  // A line break ends a sentence too (a caption or headline the splitter ran on into the text).
  const start = Math.max(sentence.start, text.lastIndexOf('\n', sentence.end - 1) + 1);
  const end = sentence.end;
  const people = article.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === 'PER' && m.start >= start && m.start < end);
  for (const { m, i } of [...people].reverse()) {
    if (/(?:^|[.:!?]\s)[\d.:\s]*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(start, m.start)) || metByReporter(article, text.slice(start, m.start))) return i;
  }
  // A subject after a fronted adverbial ("De siste fire årene har Gunnar Kolås (60) leid …", verb
  // second): the only person of the sentence, within its first words.
  // The same person named twice ("sat Flæthe …, men Flæthe hadde") is still the only one.
  if (people.length > 0 && people.every(({ i }) => samePerson(article, i, people[0].i)) && wordsBefore(text.slice(start, people[0].m.start)) <= SUBJECT_REACH_WORDS) return people[people.length - 1].i;
  return null;
}

/** How many words may stand before a sentence's only person for it to be read as the subject. */
const SUBJECT_REACH_WORDS = 6;
const wordsBefore = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

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

/** "Men både ho og Hagen er opptatt av …": a person named together with a pronoun, the pronoun
 * resolved as one would be at that point; the pair as "Wienenga og Hagen". */
function personAndPronounBefore(article: Article, compiled: Compiled, offset: number, context: SpeakerContext): string | null {
  const people = article.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.type === 'PER' && m.end <= offset && offset - m.end < PLURAL_REACH_CHARS && !context.quoted(m.start));
  for (const { m, i } of [...people].reverse()) {
    const before = cachedRegExp('iu')`(?:^|[^\\p{L}])(${compiled.pronounsPattern})\\s+(?:og|och|and)\\s+$`.exec(article.text.slice(Math.max(0, m.start - 20), m.start));
    const after = cachedRegExp('iu')`^\\s+(?:og|och|and)\\s+(${compiled.pronounsPattern})(?![\\p{L}])`.exec(article.text.slice(m.end, m.end + 20));
    const pronoun = (before ?? after)?.[1].toLowerCase();
    if (pronoun === undefined) continue;
    const other = salientPerson(article, m.start, { ...context, addressed: (j) => samePerson(article, j, i) }, compiled.resources.pronouns[pronoun] ?? null);
    return other.text === null ? null : `${other.text} og ${m.text}`;
  }
  return null;
}

/** The organisation (or institution, which the tagger may call a place) that opens a sentence of
 * the narration since the quote before, the last such: what a plural pronoun with no people points to. */
function organisationBefore(article: Article, quoteStart: number, context: SpeakerContext): number {
  const since = context.previous ? context.previous.end : Math.max(0, quoteStart - RECENT_REACH_CHARS);
  return article.mentions.findLastIndex((m) => (m.type === 'ORG' || m.type === 'LOC') && m.start >= since && m.end <= quoteStart && !context.quoted(m.start) && namedFirst(article, m.start));
}

/** The person named most often before `offset` outside quotes (counted by the first word of the
 * name, as features call people by first name and news by full name), as their latest mention. */
export function mostMentionedPerson(article: Article, offset: number, quoted: (offset: number) => boolean, fits: (mention: number) => boolean = () => true): number | null {
  const counts = new Map<string, number>();
  const latest = new Map<string, number>();
  article.mentions.forEach((m, i) => {
    if (m.type !== 'PER' || m.end > offset || quoted(m.start) || !fits(i)) return;
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

/** The last organisation named before `offset` whose name's head word is one of these definite
 * nouns ("departementet", "departementets" → Justisdepartementet; "kommunen" → Bergen kommune). */
function organisationHeadedBy(article: Article, nouns: readonly string[], offset: number, quoted: (offset: number) => boolean): number | null {
  const stems = nouns
    .map((n) => n.toLowerCase())
    .filter((n) => /(?:et|en|a|ne|ets|ens|as|nes)$/.test(n) && n.length >= 7)
    .map((n) => roleNounStem(n.replace(/(?<=(?:et|en|a|ne))s$/, '')));
  if (stems.length === 0) return null;
  const index = article.mentions.findLastIndex((m) => {
    // A place headed by the noun is the body too: "Walaker hotell" for "hotellet".
    if ((m.type !== 'ORG' && m.type !== 'LOC') || m.end > offset || quoted(m.start)) return false;
    const head = m.text.toLowerCase().split(/\s+/).pop() ?? '';
    return stems.some((stem) => roleNounStem(head).endsWith(stem) || (head.startsWith(stem) && head.length - stem.length <= 2));
  });
  return index >= 0 ? index : null;
}

/** "ministeren" → the last person whose mention has "…minister" just before it. */
function personWithTitle(article: Article, compiled: Compiled, roleNoun: string, offset: number, quoted: (offset: number) => boolean = () => false): number | null {
  const stem = roleNounStem(roleNoun);
  // "statsråden" for a person introduced as "kulturminister …".
  const stems = [stem, ...(compiled.resources.roleNounSynonyms?.[stem] ?? [])];
  const titled = article.mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m, i }) => m.type === 'PER' && !quoted(m.start) && stems.some((s) => titledAs(titleWindowOf(article, i), s)));
  // The last one so titled before; in a lead ("…, mener dansk litteraturkritiker.") the first after.
  const before = titled.filter(({ m }) => m.end <= offset);
  if (before.length > 0) return before[before.length - 1].i;
  return titled.length > 0 ? titled[0].i : null;
}

/** The clause before a name, lower-cased, where a title stands ("sier litteraturkritiker i danske
 * Jyllands-Posten "), cut at the sentence or line before. */
export function titleWindowOf(article: Article, mention: number): string {
  const m = article.mentions[mention];
  const clause = article.text.slice(Math.max(0, m.start - TITLE_CHARS), m.start).split(/[.!?:\n]/).pop() ?? '';
  return clause.trim().split(/\s+/).slice(-TITLE_WORDS).join(' ').toLowerCase();
}

/** Whether a title window holds a stem: inside a word for long stems ("kulturminister"), as a whole
 * word for short ones ("sier Hannahs far, Andrew" for "faren"). */
function titledAs(window: string, stem: string): boolean {
  // A four-letter stem one or two letters into a word is another word ("eier" in "seier"): it opens
  // the word ("pappa") or ends a compound ("forlagssjef").
  if (!stem.startsWith('\u0000')) return stem.length >= 5 ? window.includes(stem) : window.split(/[\s-]+/).some((w) => w.startsWith(stem) || w.indexOf(stem, 3) >= 3);
  const short = stem.slice(1);
  return short.length >= 3 && window.split(/\s+/).some((w) => w.replace(/[,.;:]+$/, '') === short);
}

/** "ministeren" → "minister", "pappa" → "papp": the part a title written before a name shares. */
export const roleNounStem = (roleNoun: string): string => {
  const stem = roleNoun.toLowerCase().replace(/(en|et|an|a|n|t)$/, '');
  return stem.length < 4 ? `\u0000${stem}` : stem;
};

/** The title written right before a person's name ("justisminister Grete Faremo", "pappa Tore",
 * "sjef i PST, Janne Kristiansen"): the lower-case words just before it in the same sentence. */
function titleOf(article: Article, mention: number): string | null {
  const m = article.mentions[mention];
  const before = article.text.slice(Math.max(0, m.start - 40), m.start);
  const title = /((?:[\p{Ll}\p{N}][\p{L}\p{N}-]*,?\s+){1,3})$/u.exec(before.split(/[.!?:\n]/).pop() ?? '');
  return title ? title[1].toLowerCase() : null;
}

/** Whether a quote names a person, or the title they were introduced with ("pappa" for "pappa Tore"). */
export function addressedIn(article: Article, compiled: Compiled, quote: string, mention: number): boolean {
  const names = article.mentions[mention].text.replace(/s$/, '').split(/\s+/).filter((w) => w.length > 2 && isCapitalised(w));
  if (names.some((w) => containsWord(quote, w))) return true;
  const title = titleOf(article, mention)?.trim().split(/\s+/).pop()?.replace(/,$/, '');
  // Three letters or fewer before a name are mostly verbs ("har Gunnar Kolås", "sa Ola"), not kin titles.
  if (title === undefined || title.length <= 3 || compiled.stops.has(title) || compiled.resources.pronouns[title] !== undefined) return false;
  if (cachedRegExp('iu')`^(?:${compiled.cues})$`.test(title)) return false;
  return containsWord(quote.toLowerCase(), title);
}
