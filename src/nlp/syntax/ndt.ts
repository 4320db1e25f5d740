// Training sentences for the role tagger, read from the Norwegian Dependency Treebank as NorNE
// ships it (10 CoNLL columns: id, form, lemma, pos, pos, features, head, relation, _, name=…).
// Each token gets the grammatical role of the phrase it belongs to, read off the tree: the words of
// a name ("Sven O. Høiby", FLAT), a coordination (KOORD) or an apposition (APP) share their head's role.
import { ROLE_LABELS, type RoleLabel } from './labels.js';

export interface NdtToken {
  form: string;
  /** Coarse part of speech with what matters for clause structure: `verb-pres`, `subst-prop`, `pron-nom`. */
  tag: string;
  head: number;
  relation: string;
}

export interface RoleSentence {
  forms: string[];
  tags: string[];
  roles: RoleLabel[];
}

/** The coarse tag of one NDT token: verbs by form (finite or not), proper nouns apart from common
 * ones, personal pronouns by case ("han" subject, "ham" object). */
export function ndtTag(pos: string, features: string): string {
  const feats = features.split('|');
  if (pos === 'verb') {
    const form = ['pres', 'pret', 'inf', 'perf-part', 'imp'].find((f) => feats.includes(f));
    return form ? `verb-${form}` : 'verb';
  }
  if (pos === 'subst') return feats.includes('prop') ? 'subst-prop' : feats.includes('gen') ? 'subst-gen' : 'subst';
  if (pos === 'pron') return feats.includes('nom') ? 'pron-nom' : feats.includes('akk') ? 'pron-akk' : 'pron';
  return pos;
}

/** Sentences of an NDT-format CoNLL file, tokens with tag, head and relation. */
export function readNdtSentences(content: string): NdtToken[][] {
  const sentences: NdtToken[][] = [];
  let current: NdtToken[] = [];
  for (const line of content.split('\n')) {
    const columns = line.split('\t');
    if (columns.length < 8) {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    current.push({ form: columns[1], tag: ndtTag(columns[3], columns[5]), head: Number(columns[6]), relation: columns[7] });
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Relations whose word stands in for its head's role: name parts, conjuncts, appositions. */
const SHARES_HEAD_ROLE = new Set(['FLAT', 'KOORD', 'KOORD-ELL', 'APP']);
/** Relations of a clause's own verb when the clause is the sentence's main one. */
const MAIN_VERB = new Set(['FINV', 'FRAG', 'INTERJ']);

/** The role of each token: the relation of the phrase it belongs to, with subjects split by
 * whether their verb heads the sentence. */
export function rolesOf(tokens: readonly NdtToken[]): RoleLabel[] {
  const climb = (index: number, shares: ReadonlySet<string>): number => {
    let at = index;
    for (let guard = 0; guard < tokens.length && shares.has(tokens[at].relation) && tokens[at].head > 0; guard++) at = tokens[at].head - 1;
    return at;
  };
  return tokens.map((_, i) => {
    const phrase = tokens[climb(i, SHARES_HEAD_ROLE)];
    switch (phrase.relation) {
      case 'SUBJ':
      case 'PSUBJ': {
        if (phrase.head === 0) return 'S';
        // A subject's verb heads the sentence, or is a conjunct of the verb that does.
        const verb = tokens[climb(phrase.head - 1, new Set(['KOORD', 'KOORD-ELL']))];
        return verb.head === 0 && MAIN_VERB.has(verb.relation) ? 'S' : 's';
      }
      case 'DOBJ':
      case 'IOBJ':
        return 'O';
      case 'PUTFYLL':
        return 'P';
      case 'DET':
        return phrase.tag === 'subst-gen' || phrase.tag === 'subst-prop' || phrase.tag === 'subst' ? 'G' : 'X';
      default:
        return 'X';
    }
  });
}

export function roleSentence(tokens: readonly NdtToken[]): RoleSentence {
  const roles = rolesOf(tokens);
  for (const role of roles) if (!ROLE_LABELS.includes(role)) throw new Error(`unknown role ${role}`);
  return { forms: tokens.map((t) => t.form), tags: tokens.map((t) => t.tag), roles };
}

/** A sentence's words joined by spaces: how sentences are matched between files. */
export const sentenceKey = (forms: readonly string[]): string => forms.join(' ');
