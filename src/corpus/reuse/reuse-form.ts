// The language-neutral form of a word for text reuse, as one 32-bit id: a wire story or a quote
// translated between Danish, Bokmål, Nynorsk and Swedish becomes (nearly) the same sequence of
// ids. Three layers, first match wins:
// 1. numbers keep their digits only ("1.150", "1 150" → 1150): the strongest anchors;
// 2. the per-language concept lists (src/lang/<code>/reuse-words.ts): "ikke"/"inte"/"ikkje" →
//    not, "siger"/"säger"/"seier" → say, "syv"/"sju" → 7; function words are flagged so the
//    aligner can skip them;
// 3. orthographic correspondences, then a prefix stem: see `foldSpelling`.
import { daReuseWords } from '../../lang/da/reuse-words.js';
import { nbReuseWords } from '../../lang/nb/reuse-words.js';
import { nnReuseWords } from '../../lang/nn/reuse-words.js';
import { svReuseWords } from '../../lang/sv/reuse-words.js';
import type { ReuseWords } from '../../lang/base/reuse-words.js';

/** Low bit of a form id: set for function words. */
export const FUNCTION_WORD = 1;

const STEM_LETTERS = 5;
const reuseVocabularies: readonly ReuseWords[] = [daReuseWords, nbReuseWords, nnReuseWords, svReuseWords];

interface ConceptTables {
  functionConcepts: Map<string, string>;
  contentConcepts: Map<string, string>;
}

let conceptTables: ConceptTables | undefined;

/** One table for the four languages: a quote may be in another language than its article, and
 * the lists agree on every word they share (checked by the test). */
function concepts(): ConceptTables {
  if (!conceptTables) {
    const functionConcepts = new Map<string, string>();
    const contentConcepts = new Map<string, string>();
    for (const words of reuseVocabularies) {
      for (const [word, concept] of Object.entries(words.functionWords)) functionConcepts.set(word, concept);
      for (const [word, concept] of Object.entries(words.contentWords)) if (!functionConcepts.has(word)) contentConcepts.set(word, concept);
    }
    for (const word of functionConcepts.keys()) contentConcepts.delete(word);
    conceptTables = { functionConcepts, contentConcepts };
  }
  return conceptTables;
}

const DIACRITICS: Readonly<Record<string, string>> = { æ: 'e', ä: 'e', ø: 'o', ö: 'o', å: 'o', é: 'e', è: 'e', ê: 'e', ü: 'y', ó: 'o', ò: 'o', á: 'a', à: 'a', í: 'i' };

/**
 * Orthographic correspondences between the four written standards, applied in order:
 * aa → å (old Danish/Norwegian spelling); æ/ä → e and ø/ö/å → o (the vowel letters the
 * standards swap: "længe"/"lenge"/"länge", "høj"/"hög", "år"/"år"); initial hv → v ("hvad"/"vad");
 * initial af → av before a consonant ("afkørsel"/"avkjørsel"); ti before a vowel → s, inside a
 * word ("patient"/"pasient", "station"/"stasjon"); gj, kj, hj, sj → g, k, h, s before a vowel
 * ("regjering"/"regering", "kjøpe"/"köpa", "hjem"/"hem"); ld, nd → l, n (the d Danish and
 * Norwegian write and Swedish drops: "holde"/"hålla", "faldet"/"fallit", "håndtering"/"hantering");
 * ck → k, x → ks, c → k or s, w → v, ph → f, th → t; doubled consonants single ("komme"/"kome");
 * p/t/k after a vowel → b/d/g (Danish softening: "gade"/"gata", "bog"/"bok", "købe"/"kjøpe"), and
 * then every vowel after the first letter one letter ("önskar"/"ønsker", "lycka"/"lykke",
 * "väntas"/"ventes": the standards differ most in unstressed vowels), the first five letters
 * (a stem that survives -en/-et/-ene/-arna/-erne and -hed/-het), and a final vowel dropped.
 */
export function foldSpelling(lower: string): string {
  let w = lower.replace(/aa/g, 'å').replace(/[æäøöåéèêüóòáàí]/g, (c) => DIACRITICS[c] ?? c);
  w = w.replace(/^hv/, 'v').replace(/^af(?![aeiouy])/, 'av').replace(/(?<=.)ti(?=[aeouy])/g, 's');
  w = w.replace(/([gkhs])j(?=[aeiouy])/g, '$1').replace(/ck/g, 'k').replace(/x/g, 'ks').replace(/([ln])d/g, '$1');
  w = w.replace(/c(?=[eiy])/g, 's').replace(/c/g, 'k').replace(/w/g, 'v').replace(/ph/g, 'f').replace(/th/g, 't');
  w = w.replace(/([bcdfghjklmnpqrstvwxz])\1+/g, '$1');
  w = w.replace(/(?<=[aeiouy])[ptk]/g, (c) => (c === 'p' ? 'b' : c === 't' ? 'd' : 'g'));
  w = w.slice(0, 1) + w.slice(1).replace(/[aeiouy]+/g, 'e');
  w = w.slice(0, STEM_LETTERS);
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** FNV-1a, 32 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The form id of a word (any case): hash of its neutral form, low bit set for function words. */
export function reuseFormId(word: string): number {
  const lower = word.toLowerCase();
  const code = lower.charCodeAt(0);
  if (code >= 48 && code <= 57) return (hashString(`#${lower.replace(/\D/g, '')}`) & ~FUNCTION_WORD) >>> 0;
  const { functionConcepts, contentConcepts } = concepts();
  const functionConcept = functionConcepts.get(lower);
  if (functionConcept !== undefined) return (hashString(`~${functionConcept}`) | FUNCTION_WORD) >>> 0;
  const contentConcept = contentConcepts.get(lower);
  const form = contentConcept !== undefined ? `=${contentConcept}` : foldSpelling(lower);
  return (hashString(form) & ~FUNCTION_WORD) >>> 0;
}

/** Readable form, for tests and debugging: the string `reuseFormId` hashes. */
export function reuseForm(word: string): string {
  const lower = word.toLowerCase();
  const code = lower.charCodeAt(0);
  if (code >= 48 && code <= 57) return `#${lower.replace(/\D/g, '')}`;
  const { functionConcepts, contentConcepts } = concepts();
  const functionConcept = functionConcepts.get(lower);
  if (functionConcept !== undefined) return `~${functionConcept}`;
  const contentConcept = contentConcepts.get(lower);
  return contentConcept !== undefined ? `=${contentConcept}` : foldSpelling(lower);
}
