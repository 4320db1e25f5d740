// What the role tagger looks at for each word. There is no part-of-speech tagger in front of it:
// a lexicon learned from the treebank gives each known word its most frequent tag and the set of
// tags it takes, and suffixes stand in for unknown words. Clause structure is approximated by where
// the first finite verb stands (Norwegian puts it second: the subject is just before or just after
// it) and by the last subordinator, conjunction or comma before the word.

/** A known word's most frequent coarse tag and its two most frequent tags ("verb-pres/subst"). */
export interface LexiconEntry {
  tag: string;
  ambiguity: string;
}

export type RoleLexicon = ReadonlyMap<string, LexiconEntry>;

const FINITE = new Set(['verb-pres', 'verb-pret', 'verb-imp']);
/** Tags and words that open a new clause or phrase inside a sentence. */
const CLAUSE_MARKERS = new Set(['sbu', 'konj', '<komma>', 'clb', '<strek>', '<anf>', 'prep']);

export function shapeOf(form: string): string {
  if (/^\p{Lu}+$/u.test(form) && form.length > 1) return 'AA';
  if (/^\p{Lu}/u.test(form)) return 'Aa';
  if (/^\p{Ll}/u.test(form)) return 'a';
  if (/^\p{N}/u.test(form)) return '0';
  return 'p';
}

function entryOf(lexicon: RoleLexicon, form: string): LexiconEntry {
  const lower = form.toLowerCase();
  const known = lexicon.get(lower);
  if (known) return known;
  if (/^\p{N}/u.test(form)) return { tag: 'num', ambiguity: 'num' };
  if (/^\p{P}+$/u.test(form)) return { tag: 'punct', ambiguity: 'punct' };
  if (/^\p{Lu}/u.test(form)) return { tag: 'unk-cap', ambiguity: 'unk-cap' };
  return { tag: `unk-${lower.slice(-2)}`, ambiguity: 'unk' };
}

/** The features of every word of a sentence that do not depend on the tags chosen before it. */
export interface SentenceRoleFeatures {
  features: string[][];
  tags: string[];
  /** Where the clause of each word begins: after the last subordinator, conjunction, comma or preposition. */
  clauseStarts: number[];
}

export function sentenceRoleFeatures(forms: readonly string[], lexicon: RoleLexicon): SentenceRoleFeatures {
  const n = forms.length;
  const lower = forms.map((f) => f.toLowerCase());
  const entries = forms.map((f) => entryOf(lexicon, f));
  const w = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]);
  const c = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : entries[i].tag);
  const features: string[][] = [];
  const clauseStarts: number[] = [];
  let firstFinite = -1;
  let finiteCount = 0;
  let lastMarker = '<s>';
  let lastMarkerAt = -1;
  for (let i = 0; i < n; i++) {
    const word = lower[i];
    const tag = c(i);
    // Where this word stands relative to the sentence's first finite verb.
    const verbPlace = firstFinite < 0 ? 'before' : i === firstFinite + 1 ? 'next' : 'after';
    const markerDistance = Math.min(i - lastMarkerAt, 4);
    const f = [
      'b',
      `w=${word}`,
      `s3=${word.slice(-3)}`,
      `s2=${word.slice(-2)}`,
      `sh=${shapeOf(forms[i])}`,
      `c=${tag}`,
      `a=${entries[i].ambiguity}`,
      `w-1=${w(i - 1)}`,
      `w+1=${w(i + 1)}`,
      `w-2=${w(i - 2)}`,
      `w+2=${w(i + 2)}`,
      `c-1=${c(i - 1)}`,
      `c+1=${c(i + 1)}`,
      `c-2=${c(i - 2)}`,
      `c+2=${c(i + 2)}`,
      `c-1c=${c(i - 1)}|${tag}`,
      `cc+1=${tag}|${c(i + 1)}`,
      `c-1cc+1=${c(i - 1)}|${tag}|${c(i + 1)}`,
      `c-2c-1c=${c(i - 2)}|${c(i - 1)}|${tag}`,
      `cc+1c+2=${tag}|${c(i + 1)}|${c(i + 2)}`,
      `w-1w=${w(i - 1)}|${word}`,
      `ww+1=${word}|${w(i + 1)}`,
      `v=${verbPlace}|${tag}`,
      `vn=${Math.min(finiteCount, 2)}|${verbPlace}`,
      `m=${lastMarker}|${markerDistance}|${tag}`,
      `mw=${lastMarker}|${verbPlace}`,
    ];
    features.push(f);
    clauseStarts.push(lastMarkerAt + 1);
    if (FINITE.has(tag)) {
      if (firstFinite < 0) firstFinite = i;
      finiteCount++;
    }
    if (CLAUSE_MARKERS.has(tag) || word === 'som' || word === 'at') {
      lastMarker = word === 'som' || word === 'at' || tag === 'sbu' ? `${tag}:${word}` : tag;
      lastMarkerAt = i;
    }
  }
  return { features, tags: entries.map((e) => e.tag), clauseStarts };
}

/** Features that depend on the roles already chosen for the words before: the last two, and
 * whether the word's clause already has a subject (then a name after the verb is its object). */
export function historyFeatures(previous: string, beforePrevious: string, tag: string, clauseHasSubject: boolean): string[] {
  return [`r-1=${previous}`, `r-2r-1=${beforePrevious}|${previous}`, `r-1c=${previous}|${tag}`, `hs=${clauseHasSubject}|${tag}`];
}

/** Whether a role already chosen in [from, to) is a subject. */
export function subjectAmong(roles: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (roles[i] === 'S' || roles[i] === 's') return true;
  return false;
}
