// Where a quote's attribution stands and which words name the speaker: the language's cue lists
// compiled to patterns, and the attribution after a quote (", sier hun til NTB", ", som Paglia
// uttrykker det") or before it ("Anne Holm siger:", "Clark kritiserte at «…»").
import { resourcesFor, type QuoteResources } from '../../lang/index.js';

/** How far after (or before) a quote its attribution may stand. */
export const MAX_ATTRIBUTION_CHARS = 160;

export interface Compiled {
  resources: QuoteResources;
  /** Reporting verbs as an alternation, longest first, for regexes. */
  cues: string;
  /** The cues and the verbs that only attribute a quote before them (`attributionOnlyVerbs`). */
  quoteCues: string;
  accordingTo: string;
  complementisers: string;
  stops: Set<string>;
  /** Two-word cues written around their subject ("held han fram", "la hun til"). */
  splitCues: { cue: string; source: string }[];
  /** Cues that ask ("spør", "spørger"): the quote is a question even without its mark. */
  questionVerbs: Set<string>;
  /** First- and second-person words: a sentence holding one after an attribution is still the speaker's. */
  firstPerson: RegExp;
  /** "I" and "me": reporters write "vi" about themselves in features, almost never "jeg". */
  firstPersonSingular: RegExp;
  /** Gendered personal pronouns as an alternation ("han|hun"). */
  pronounsPattern: string;
  /** Every pronoun of the language as an alternation: what can open a clause of its own. */
  subjectPronouns: string;
  clauseAdverbs: string;
  finiteAuxiliaries: string;
}

const compiledByLang = new Map<string, Compiled>();
/** Compiled patterns by call site (a tagged template's strings array is one object per site),
 * then by flags and by each interpolated value. A plain map keyed by the whole source string
 * rebuilt the cue alternation (kilobytes) and hashed it on every call: 4% of a worker's CPU. */
const regExpsBySite = new WeakMap<TemplateStringsArray, Map<string, unknown>>();
const COMPILED = Symbol('compiled');
type PatternNode = Map<string | typeof COMPILED, unknown>;

/**
 * A pattern built from a language's cue lists, compiled once per call site and values:
 * cachedRegExp('iu')`^(${compiled.cues})\s+`. The values are interpolated as strings, as in a
 * plain template. Patterns are shared, so a global one must not be used with `exec` loops that
 * rely on `lastIndex` (`matchAll` and `replace` are safe).
 */
export function cachedRegExp(flags: string): (strings: TemplateStringsArray, ...values: readonly (string | number)[]) => RegExp {
  return (strings, ...values) => {
    let node = regExpsBySite.get(strings) as PatternNode | undefined;
    if (node === undefined) regExpsBySite.set(strings, (node = new Map()));
    for (const key of [flags, ...values.map(String)]) {
      let next = node.get(key) as PatternNode | undefined;
      if (next === undefined) node.set(key, (next = new Map()));
      node = next;
    }
    let regExp = node.get(COMPILED) as RegExp | undefined;
    if (regExp === undefined) {
      let source = strings[0];
      for (let i = 0; i < values.length; i++) source += String(values[i]) + strings[i + 1];
      node.set(COMPILED, (regExp = new RegExp(source, flags)));
    }
    return regExp;
  };
}
export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words, case-sensitive ("I" is English "I" but Norwegian "In"); never matches if empty. */
const wordsPattern = (words: readonly string[]): RegExp =>
  words.length === 0 ? /(?!)/ : new RegExp(`(?:^|[^\\p{L}])(?:${words.map(escape).join('|')})(?:[^\\p{L}]|$)`, 'u');
const alternation = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

export function compile(lang: string): Compiled {
  const key = resourcesFor(lang)?.quotes ? lang : 'en';
  let compiled = compiledByLang.get(key);
  if (!compiled) {
    const resources = resourcesFor(key)?.quotes as QuoteResources;
    compiled = {
      resources,
      cues: alternation(resources.reportingVerbs),
      quoteCues: alternation([...resources.reportingVerbs, ...(resources.attributionOnlyVerbs ?? [])]),
      accordingTo: alternation(resources.accordingTo),
      complementisers: alternation(resources.complementisers),
      stops: new Set(resources.speakerPhraseStops),
      questionVerbs: new Set(resources.questionVerbs ?? []),
      firstPerson: wordsPattern([...(resources.firstPerson?.singular ?? []), ...(resources.firstPerson?.other ?? [])]),
      firstPersonSingular: wordsPattern(resources.firstPerson?.singular ?? []),
      splitCues: resources.reportingVerbs
        .filter((cue) => /^\S+ \S+$/.test(cue))
        // The subject is one word or a name of up to three ("slo Tone Edland fast"), checked below.
        .map((cue) => ({ cue, source: `${escape(cue.split(' ')[0])}\\s+((?:\\p{L}[\\p{L}.-]*\\s+){0,2}?\\p{L}[\\p{L}.-]*)\\s+${escape(cue.split(' ')[1])}\\b` })),
      pronounsPattern: alternation(Object.keys(resources.pronouns).filter((p) => resources.pronouns[p] === 'm' || resources.pronouns[p] === 'f')),
      subjectPronouns: alternation(Object.keys(resources.pronouns)),
      clauseAdverbs: alternation(resources.clauseAdverbs ?? []) || '(?!)',
      finiteAuxiliaries: alternation(resources.finiteAuxiliaries ?? []) || '(?!)',
    };
    compiledByLang.set(key, compiled);
  }
  return compiled;
}

/** "For example" and "among others" in the languages served, written between a cue and its subject. */
const EXAMPLE_ADVERBS = ['til dømes', 'til dæmes', 'til eksempel', 'for eksempel', 'till exempel', 'blant anna', 'blant annet', 'blandt andet', 'bland annat', 'mellom anna']
  .map((words) => words.replace(/ /g, '\\s+')).join('|');

/** How long a role noun without its article must be to be read as a speaker. */
const MIN_BARE_ROLE_NOUN = 7;

export const isCapitalised = (word: string): boolean => word.length > 0 && word[0] !== word[0].toLowerCase();

export const RELATIVES = new Set(['som', 'der', 'who']);
/** "som"/"as" opening a comment clause after a quote ("…,» som Paglia uttrykker det"). */
const RELATIVE_AS = new Set(['som', 'as']);

export interface Attribution {
  cue: string;
  speakerStart: number;
  speakerEnd: number;
}

/** Attribution after a closing mark or a quote's comma: ", siger hun", ", sa Kari Nordmann til NTB",
 * ", held han fram" (a particle verb around its subject), ", he said", ", police said". */
export function attributionAfter(text: string, from: number, compiled: Compiled): Attribution | null {
  const window = text.slice(from, from + MAX_ATTRIBUTION_CHARS).split(/\n/)[0];
  for (const split of compiled.splitCues) {
    const particle = cachedRegExp('iu')`^[\\s,]*(?:[–—-]\\s*)?(${split.source})`.exec(window);
    // A subject of several words is a name, every word capitalised (the pattern's flags cannot say so).
    if (particle && (!/\s/.test(particle[2]) || particle[2].split(/\s+/).every(isCapitalised))) {
      const subject = particle[2];
      const speakerStart = from + particle[0].indexOf(subject, particle[0].length - particle[1].length);
      return { cue: split.cue, speakerStart, speakerEnd: speakerStart + subject.length };
    }
  }
  // Verbs that only attribute ("…», tror han") need the comma: "«…» Og han husker …" is narration.
  const afterComma = /^\s*,/.test(window) || /[,!?]/.test(text[from - 1] ?? '');
  // An ordinal's stop does not end the phrase ("seier tillitsvald for 3. klasse …, Sigrid Eikeland").
  const inverted = afterComma
    ? cachedRegExp('iu')`^[\\s,]*(?:[–—-]\\s*)?(${compiled.quoteCues})\\s+((?:[^.!?;:»«“”"]|(?<=\\d)\\.(?=\\s\\p{Ll}))+)`.exec(window)
    : cachedRegExp('iu')`^[\\s,]*(?:[–—-]\\s*)?(${compiled.cues})\\s+((?:[^.!?;:»«“”"]|(?<=\\d)\\.(?=\\s\\p{Ll}))+)`.exec(window);
  if (inverted) {
    const speakerStart = from + inverted[0].length - inverted[2].length;
    return { cue: inverted[1], speakerStart, speakerEnd: speakerStart + inverted[2].trimEnd().length };
  }
  // "…,» som forfattaren Erica Jong tørt kommenterer det": a relative clause around the cue.
  const relative = cachedRegExp('u')`^[\\s,]*(?:${[...RELATIVE_AS].join('|')})\\s+([^,.!?;:»«“”"]{1,60}?)\\s+(?:\\p{Ll}+\\s+)?(${compiled.cues})(?![\\p{L}])`.exec(window);
  if (relative) {
    const speakerStart = from + relative[0].indexOf(relative[1]);
    return { cue: relative[2], speakerStart, speakerEnd: speakerStart + relative[1].length };
  }
  const straight = cachedRegExp('iu')`^[\\s,]*((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues})\\b`.exec(window);
  if (straight && straight[1].split(/\s+/).length <= 4) {
    const speakerStart = from + straight[0].indexOf(straight[1]);
    return { cue: straight[2], speakerStart, speakerEnd: speakerStart + straight[1].length };
  }
  return null;
}

/** Attribution before an opening mark or a dash paragraph: "Anne Holm siger: »…«", "Hun svarer
 * med en gang:", "svarer justisminister Grete Faremo:". */
export function attributionBefore(text: string, to: number, compiled: Compiled): Attribution | null {
  const window = text.slice(Math.max(0, to - MAX_ATTRIBUTION_CHARS), to).split(/\n/).pop() ?? '';
  const lastSentence = [...window.matchAll(/[.!?]\s+(?=\p{Lu})/gu)].pop();
  const base = to - window.length + (lastSentence ? (lastSentence.index ?? 0) + lastSentence[0].length : 0);
  const sentence = text.slice(base, to);
  // "… EA Sports-sjef Peter Moore, som hevder spillet er et flott alternativ:": a relative clause
  // after a name holds the cue; its subject is the name, not the words after the cue.
  const relativeSubject = cachedRegExp('u')`((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]+)(?:\\s*\\([^)]*\\))?,\\s+(?:${[...RELATIVES].join('|')})\\s+(?:\\p{Ll}+\\s+)?(${compiled.cues})(?![\\p{L}])[^:]*:\\s*$`.exec(sentence);
  if (relativeSubject) {
    const at = base + (relativeSubject.index ?? 0);
    return { cue: relativeSubject[2], speakerStart: at, speakerEnd: at + relativeSubject[1].length };
  }
  // Case-sensitive: the subject is capitalised words (or a pronoun) right before the cue.
  // The introduction ends in a colon, or in "at" before a quoted fragment ("Clark kritiserte at «…»").
  const introEnd = `(?:\\s*:|,?\\s+(?:${compiled.complementisers}))\\s*$`;
  const subjectFirst = cachedRegExp('u')`((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}[\\p{L}'’.-]+)\\s+(${compiled.cues})(?:\\s+[^:.!?]{0,45}?)?${introEnd}`.exec(sentence);
  if (subjectFirst && !compiled.stops.has(subjectFirst[1].toLowerCase()) && !compiled.stops.has(subjectFirst[1].split(/\s+/)[0].toLowerCase())) {
    const at = base + (subjectFirst.index ?? 0);
    return { cue: subjectFirst[2], speakerStart: at, speakerEnd: at + subjectFirst[1].length };
  }
  // An adverb of example may stand between the cue and its subject ("skriv til dømes
  // utvalsmedlem Finn Martin Vallersnes, Høgre:"); its "til"/"for" is no preposition of the speaker.
  const cueFirst = cachedRegExp('iu')`(?<![\\p{L}])(${compiled.cues})\\s+(?:(?:${EXAMPLE_ADVERBS})\\s+)?([^:.!?]+?)${introEnd}`.exec(sentence);
  // "Espen sier det han har sagt mange ganger:": "det" after the cue is its object, not a speaker.
  const cueFirstHead = cueFirst?.[2].split(/\s+/)[0].toLowerCase() ?? '';
  if (cueFirst && !compiled.stops.has(cueFirstHead) && !IMPERSONAL.has(cueFirstHead) && plausibleSpeaker(cueFirst[2], compiled)) {
    const speakerStart = base + (cueFirst.index ?? 0) + cueFirst[0].indexOf(cueFirst[2], cueFirst[1].length);
    return { cue: cueFirst[1], speakerStart, speakerEnd: speakerStart + cueFirst[2].length };
  }
  // "Nordli Hansen meiner òg det er ein fordel ved reforma at …:": a name opens the sentence, the
  // cue follows it, and what it says runs on, longer than a filler, to the colon.
  const namedSubject = cachedRegExp('u')`^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]+)\\s+(${compiled.cues})\\s[^:.!?]*:\\s*$`.exec(sentence.trimStart());
  if (namedSubject && !compiled.stops.has(namedSubject[1].split(/\s+/)[0].toLowerCase())) {
    const at = base + (sentence.length - sentence.trimStart().length);
    return { cue: namedSubject[2], speakerStart: at, speakerEnd: at + namedSubject[1].length };
  }
  // "…, og Moore innrømmer at dvaske husmødre er målgruppen:": the same after a conjunction.
  const conjoinedSubject = cachedRegExp('u')`(?:^|,|\\s)\\s*(?:og|men|mens|and|but|och)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’.-]+)\\s+(${compiled.cues})\\s[^:.!?]*:\\s*$`.exec(sentence);
  if (conjoinedSubject && !compiled.stops.has(conjoinedSubject[1].split(/\s+/)[0].toLowerCase())) {
    const at = base + (conjoinedSubject.index ?? 0) + conjoinedSubject[0].indexOf(conjoinedSubject[1]);
    return { cue: conjoinedSubject[2], speakerStart: at, speakerEnd: at + conjoinedSubject[1].length };
  }
  return null;
}

/** Whether the words after a cue can name a speaker: a pronoun, a name, or a definite role noun
 * ("treneren", "pappa", "politiet") per the language's suffixes; not "svarte tak" (black roofs). */
/** Pronouns for things, not people: never a speaker on their own. */
const IMPERSONAL = new Set(['det', 'dette', 'den', 'it']);

export function plausibleSpeaker(phrase: string, compiled: Compiled): boolean {
  const words = phrase.trim().split(/[\s,]+/);
  const first = words[0] ?? '';
  // A name, also after a title ("seier informasjonssjef Tom Bratlie").
  if (first === '' || words.slice(0, 4).some(isCapitalised) || /^\p{N}/u.test(first)) return true;
  // A long title before the name, after a comma ("seier professor i norrøn filologi ved NTNU, Jan
  // Ragnar Hagland"): a full name of two capitalised words.
  if (/^[^,]{1,90},\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+)+/u.test(phrase.trim())) return true;
  const lower = first.toLowerCase();
  // "… stadfestar det i røynda krafta …", "…, sier det seg selv": "it" says nothing, and with no
  // name after it "det"/"den" is no article before one either.
  if (IMPERSONAL.has(lower) && (words.length === 1 || lower !== 'den')) return false;
  if (compiled.resources.pronouns[lower] !== undefined || RELATIVES.has(lower)) return true;
  const suffixes = compiled.resources.roleNounSuffixes ?? [];
  if (suffixes.length === 0 || suffixes.some((suffix) => lower.endsWith(suffix))) return true;
  // A bare role noun closing the sentence, as leads write it ("…, hevder tobakksforsker."); short
  // words there are more often objects ("svarte tak").
  return words.length === 1 && first.length >= MIN_BARE_ROLE_NOUN && /^\p{Ll}+$/u.test(first);
}

/** Whether `word` occurs in `text` between non-letters (a name in a sentence). */
export function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}
