// Case habits of words, the splitter's evidence where no stop marks a sentence's end: a word that
// inside sentences is written in lower case ("tirsdag", "journalister", "dette") starts a new
// sentence when it turns up capitalised after a headline. The lists are derived from the train
// splits of the treebanks by `build-case-lexicon.ts` and ship as text files in src/lang/<lang>/.
import { readFileSync } from 'node:fs';
import { languages, resourcesFor } from '../../lang/index.js';

export interface CaseCounts {
  /** Occurrences inside a sentence written in lower case. */
  lower: number;
  /** Occurrences inside a sentence written capitalised. */
  capitalised: number;
  /** Occurrences as a sentence's first word. */
  initial: number;
  /** Occurrences as a sentence's last word (before its closing punctuation, if any). */
  final: number;
}

export interface CaseLexicon {
  /** Words (lower-cased) written in lower case inside sentences: capitalised, they start one. */
  lowercaseWords: ReadonlySet<string>;
  /** Words that commonly open a sentence and are never capitalised inside one ("Det", "Men"):
   * evidence strong enough to end a sentence after an abbreviation or an initial. */
  sentenceOpeners: ReadonlySet<string>;
  /** Frequent words that rarely end a sentence ("til", "hele", "the"): a headline does not end
   * on one. */
  nonFinalWords: ReadonlySet<string>;
  /** Words written capitalised inside sentences: names. */
  capitalisedWords: ReadonlySet<string>;
}

/** Thresholds of the derivation; documented beside the generated files. */
export const CASE_LEXICON_THRESHOLDS = {
  /** A lower-case word: seen inside sentences this often, capitalised there at most this share. */
  minLower: 1,
  maxCapitalisedShare: 0.1,
  /** A sentence opener: seen first in a sentence this often, inside ones this often, never
   * capitalised there beyond this share. */
  minInitial: 3,
  minLowerOpener: 5,
  maxCapitalisedShareOpener: 0.02,
  /** A non-final word: seen this often, last in a sentence at most this share of the time. */
  minNonFinal: 20,
  maxFinalShare: 0.03,
} as const;

const isCapitalised = (form: string): boolean => form.charAt(0) !== form.charAt(0).toLowerCase();

// A token after one of these starts a clause of its own (quotes, dialogue dashes, colons): its
// case says nothing about the word.
const CLAUSE_OPENING = /^[:"«»“”„'‘’–—\-(|[]$/;

/** Case counts over tokenised sentences (train splits only). */
export function countCases(sentences: Iterable<readonly string[]>): Map<string, CaseCounts> {
  const counts = new Map<string, CaseCounts>();
  for (const tokens of sentences) {
    let initial = true;
    let lastWord = tokens.length - 1;
    while (lastWord >= 0 && !/^\p{L}/u.test(tokens[lastWord])) lastWord--;
    tokens.forEach((token, index) => {
      if (!/^\p{L}/u.test(token)) {
        if (/\p{N}/u.test(token)) initial = false;
        return;
      }
      const lower = token.toLowerCase();
      let entry = counts.get(lower);
      if (entry === undefined) counts.set(lower, (entry = { lower: 0, capitalised: 0, initial: 0, final: 0 }));
      if (index === lastWord) entry.final++;
      if (initial) entry.initial++;
      else if (!CLAUSE_OPENING.test(tokens[index - 1] ?? '')) {
        if (token === lower) entry.lower++;
        else if (isCapitalised(token)) entry.capitalised++;
      }
      initial = false;
    });
  }
  return counts;
}

export function lowercaseWordsOf(counts: ReadonlyMap<string, CaseCounts>): string[] {
  const t = CASE_LEXICON_THRESHOLDS;
  return [...counts]
    .filter(([, c]) => c.lower >= t.minLower && c.capitalised <= t.maxCapitalisedShare * (c.lower + c.capitalised))
    .map(([word]) => word)
    .sort();
}

export function sentenceOpenersOf(counts: ReadonlyMap<string, CaseCounts>): string[] {
  const t = CASE_LEXICON_THRESHOLDS;
  return [...counts]
    .filter(([, c]) => c.initial >= t.minInitial && c.lower >= t.minLowerOpener && c.capitalised <= t.maxCapitalisedShareOpener * (c.lower + c.capitalised))
    .map(([word]) => word)
    .sort();
}

export function nonFinalWordsOf(counts: ReadonlyMap<string, CaseCounts>): string[] {
  return [...counts]
    .filter(([, c]) => {
      const seen = c.lower + c.capitalised + c.initial;
      return seen >= CASE_LEXICON_THRESHOLDS.minNonFinal && c.final <= CASE_LEXICON_THRESHOLDS.maxFinalShare * seen;
    })
    .map(([word]) => word)
    .sort();
}

/** Lines of a word-list file: `#` comments and blank lines skipped. */
export function readWordList(file: URL): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const loaded = new Map<string, CaseLexicon>();

/** The lexicon of a language, read on first use. Without a language (the splitter runs before
 * language id when the input declares none) a word must be lower case in one language and
 * capitalised in none — "Bergen" is a city in Norwegian, whatever Swedish does with "bergen". */
export function caseLexicon(lang: string | undefined): CaseLexicon {
  const key = lang === undefined ? '' : (resourcesFor(lang)?.code ?? '');
  const cached = loaded.get(key);
  if (cached) return cached;
  let lexicon: CaseLexicon;
  const resources = key === '' ? undefined : resourcesFor(key);
  if (resources) {
    lexicon = {
      lowercaseWords: new Set(readWordList(resources.sentences.lowercaseWordsFile)),
      sentenceOpeners: new Set(readWordList(resources.sentences.sentenceOpenersFile)),
      nonFinalWords: new Set(readWordList(resources.sentences.nonFinalWordsFile)),
      capitalisedWords: new Set(readWordList(resources.sentences.capitalisedWordsFile)),
    };
  } else {
    // A word another language writes as a name may be one here ("Bergen"): it gives no evidence.
    const each = languages.map((l) => caseLexicon(l.code));
    const names = new Set(each.flatMap((l) => [...l.capitalisedWords]));
    const union = (pick: (l: CaseLexicon) => ReadonlySet<string>): Set<string> => new Set(each.flatMap((l) => [...pick(l)]).filter((w) => !names.has(w)));
    // A function word of one language can end a sentence in another: only words no language
    // ends sentences with stay non-final.
    const nonFinal = new Set(each.flatMap((l) => [...l.nonFinalWords]).filter((w) => each.every((l) => l.nonFinalWords.has(w) || !l.lowercaseWords.has(w))));
    lexicon = { lowercaseWords: union((l) => l.lowercaseWords), sentenceOpeners: union((l) => l.sentenceOpeners), nonFinalWords: nonFinal, capitalisedWords: names };
  }
  loaded.set(key, lexicon);
  return lexicon;
}
