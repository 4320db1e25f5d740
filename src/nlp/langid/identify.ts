// The two-level decision: our Nordic model labels Latin-script text as da/nb/nn/sv/en (or is/fo);
// CLD2 is asked only for another script, for text whose words the model does not know, and as a
// second opinion when the model is unsure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectBroad } from './broad.js';
import { countNormalizedWords, normalizeForLangid } from './features.js';
import { createScorer, parseModel, type LangidModel, type ModelScorer } from './model.js';

export const UNDETERMINED = 'und';

export interface LanguageGuess {
  /** ISO 639-1 code, or `und` when the text has no language to speak of. */
  lang: string;
  /** Probability that `lang` is right, 0..1 (calibrated for the Nordic model's labels). */
  confidence: number;
}

/** A guess with the Nordic model's whole distribution, for callers that weigh alternatives. */
export interface DetailedGuess extends LanguageGuess {
  /** Nordic-model probability per label; empty when the model was not consulted. */
  probabilities: Record<string, number>;
  /** Which level decided. */
  source: 'nordic' | 'broad' | 'none';
  words: number;
}

export interface IdentifierOptions {
  /** Below this share of known words (with ≥ `minWordsForOther` words) CLD2 may overrule. */
  minKnownWordShare: number;
  minWordsForOther: number;
  /** Below this share of known words CLD2 may name another language even when it is unsure. */
  minKnownWordShareUnreliable: number;
  /** Below this Nordic-model confidence CLD2 may name another language for familiar words too. */
  minNordicConfidence: number;
  /** Below this Nordic-model confidence CLD2's opinion is weighed in. */
  consultBroadBelow: number;
  /** Use CLD2 at all (off: Nordic model only, as in the pure model benchmark). */
  useBroadDetector: boolean;
}

export const DEFAULT_IDENTIFIER_OPTIONS: IdentifierOptions = {
  minKnownWordShare: 0.6,
  minWordsForOther: 3,
  minKnownWordShareUnreliable: 0.25,
  minNordicConfidence: 0.5,
  consultBroadBelow: 0.8,
  useBroadDetector: true,
};

export const DEFAULT_MODEL_URL = new URL('../../../models/langid/nordic-langid.bin.gz', import.meta.url);

export function loadModelFile(path: string | URL = DEFAULT_MODEL_URL): LangidModel {
  return parseModel(readFileSync(path instanceof URL ? fileURLToPath(path) : path));
}

// Script blocks, markup and addresses carry no language; taking them out first keeps
// "<p>Hej</p>" from reading as the language of "p".
const MARKUP = /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]{0,2000}>|&(#\d+|#x[0-9a-f]+|[a-z]+);/gi;
// Bounded repetitions: an unbounded `\S+@\S+` backtracks quadratically on a long unbroken string.
const ADDRESSES = /\b(?:https?:\/\/|www\.)\S{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/gi;

/** Text longer than this is cut before stripping: the first 20,000 characters decide. */
export const MAX_IDENTIFIED_CHARS = 20000;

export function stripMarkup(text: string): string {
  if (text.indexOf('<') < 0 && text.indexOf('&') < 0 && text.indexOf('@') < 0 && text.indexOf('/') < 0 && text.indexOf('www.') < 0) return text;
  return text.replace(MARKUP, ' ').replace(ADDRESSES, ' ');
}

const LATIN_LETTER = /\p{Script=Latin}/u;
const ANY_LETTER = /\p{L}/u;

/** Counts letters in Latin script and in any other script. */
export function countLetters(text: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII and Latin-1/Extended-A/B decide by range; only other characters pay for a regex.
    if (code < 0x80) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) latin++;
      continue;
    }
    if (code >= 0xc0 && code < 0x250) {
      if (code !== 0xd7 && code !== 0xf7) latin++;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(text.codePointAt(i) ?? code);
    if (!ANY_LETTER.test(char)) continue;
    if (LATIN_LETTER.test(char)) latin++;
    else other++;
  }
  return { latin, other };
}

export interface LanguageIdentifier {
  readonly classes: readonly string[];
  identify(text: string): LanguageGuess;
  identifyDetailed(text: string): DetailedGuess;
}

const NOTHING: DetailedGuess = { lang: UNDETERMINED, confidence: 0, probabilities: {}, source: 'none', words: 0 };

/** The broad detector's confidence is not calibrated; these caps keep it below our model's. */
function broadConfidence(percent: number, reliable: boolean): number {
  return Math.round((percent / 100) * (reliable ? 0.9 : 0.5) * 1000) / 1000;
}

export function createLanguageIdentifier(
  model: LangidModel,
  options: Partial<IdentifierOptions> = {},
): LanguageIdentifier {
  const settings = { ...DEFAULT_IDENTIFIER_OPTIONS, ...options };
  const scorer: ModelScorer = createScorer(model);
  const classes = scorer.classes;

  function identifyDetailed(text: string): DetailedGuess {
    if (typeof text !== 'string' || text.length === 0) return NOTHING;
    const plain = stripMarkup(text.length > MAX_IDENTIFIED_CHARS ? text.slice(0, MAX_IDENTIFIED_CHARS) : text);
    const letters = countLetters(plain);
    if (letters.latin + letters.other < 2) return NOTHING;

    if (letters.other > letters.latin) {
      if (!settings.useBroadDetector) return NOTHING;
      const broad = detectBroad(plain);
      const best = broad.guesses[0];
      if (best === undefined) return NOTHING;
      return { lang: best.lang, confidence: broadConfidence(best.percent, broad.reliable), probabilities: {}, source: 'broad', words: 0 };
    }

    const normalized = normalizeForLangid(plain);
    const words = countNormalizedWords(normalized);
    if (words === 0) return NOTHING;
    const scores = scorer.score(normalized);
    let bestIndex = 0;
    for (let k = 1; k < classes.length; k++) if (scores.probabilities[k] > scores.probabilities[bestIndex]) bestIndex = k;
    const probabilities: Record<string, number> = {};
    classes.forEach((lang, k) => (probabilities[lang] = scores.probabilities[k]));
    const nordic: DetailedGuess = {
      lang: classes[bestIndex],
      confidence: scores.probabilities[bestIndex],
      probabilities,
      source: 'nordic',
      words,
    };

    const unfamiliar = words >= settings.minWordsForOther && scores.knownWordShare < settings.minKnownWordShare;
    const unsure = nordic.confidence < settings.consultBroadBelow;
    if (!settings.useBroadDetector || (!unfamiliar && !unsure)) return nordic;

    const broad = detectBroad(plain);
    const best = broad.guesses[0];
    if (best === undefined) return nordic;
    const ours = best.lang === 'no' || classes.includes(best.lang);
    // The model only knows its own labels; a text whose words it has mostly never seen, or that
    // it cannot place, may be in a language it was never shown (German, Finnish, …). Text of
    // one or two words stays ours: CLD2 calls "Vi ses." French.
    const placeable = words >= settings.minWordsForOther;
    const foreign =
      !ours &&
      placeable &&
      (unfamiliar || nordic.confidence < settings.minNordicConfidence) &&
      (broad.reliable || scores.knownWordShare < settings.minKnownWordShareUnreliable);
    if (foreign) {
      return { lang: best.lang, confidence: broadConfidence(best.percent, broad.reliable), probabilities, source: 'broad', words };
    }
    if (!broad.reliable || !unsure) return nordic;
    // A second opinion where ours is weak: CLD2's errors differ from ours, and weighing its
    // share for each label (up to 3:1) fixed 0.4 points of dev sentences at no cost elsewhere.
    const combined: Record<string, number> = {};
    let total = 0;
    for (const lang of classes) {
      const share = broad.guesses.find((guess) => guess.lang === lang)?.percent ?? 0;
      combined[lang] = probabilities[lang] * (0.5 + share / 100);
      total += combined[lang];
    }
    let lang = nordic.lang;
    for (const candidate of classes) {
      combined[candidate] /= total;
      if (combined[candidate] > combined[lang]) lang = candidate;
    }
    return { lang, confidence: combined[lang], probabilities: combined, source: 'nordic', words };
  }

  return {
    classes,
    identifyDetailed,
    identify(text) {
      const { lang, confidence } = identifyDetailed(text);
      return { lang, confidence };
    },
  };
}
