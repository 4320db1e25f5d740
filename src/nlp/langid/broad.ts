// The broad detector for any language: CLD2 through the `cld` package's native binding, called
// synchronously (the package's own `detect` wraps the same call in a promise on a worker thread).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface BroadGuess {
  /** ISO 639-1 (or CLD2's code where it has none); Norwegian Bokmål is `nb`, never `no`. */
  lang: string;
  /** CLD2's share of the text's bytes in this language, 0..100. */
  percent: number;
  /** CLD2's own verdict on whether the whole-text guess can be trusted. */
  reliable: boolean;
}

interface CldLanguage {
  code: string;
  percent: number;
}

interface CldBinding {
  detect(
    text: string,
    isPlainText: boolean,
    languageHint: string,
    encodingHint: string,
    tldHint: string,
    httpHint: string,
    bestEffort: boolean,
  ): { reliable: boolean; languages: CldLanguage[] };
}

// CLD2 still reports some retired ISO codes, and `no` for Bokmål.
const CLD_CODE_FIXES: Record<string, string> = { no: 'nb', iw: 'he', in: 'id', jw: 'jv', 'zh-Hant': 'zh' };

export function normalizeCldCode(code: string): string {
  return CLD_CODE_FIXES[code] ?? code;
}

// Loaded once per process on first use; `null` when the native module is missing or fails to
// load, in which case callers fall back to the Nordic model alone.
let cldBinding: CldBinding | null | undefined;

function loadCld(): CldBinding | null {
  if (cldBinding === undefined) {
    try {
      const require = createRequire(import.meta.url);
      const packageMain = require.resolve('cld');
      cldBinding = require(join(dirname(packageMain), 'build', 'Release', 'cld.node')) as CldBinding;
    } catch {
      cldBinding = null;
    }
  }
  return cldBinding;
}

export function broadDetectorAvailable(): boolean {
  return loadCld() !== null;
}

/**
 * CLD2's ranked guesses for a plain text (up to three), best first; empty when CLD2 finds
 * nothing or is not installed. Never throws on odd input.
 */
export function detectBroad(text: string): { reliable: boolean; guesses: BroadGuess[] } {
  const cld = loadCld();
  if (cld === null || text.trim() === '') return { reliable: false, guesses: [] };
  try {
    const result = cld.detect(text, true, '', '', '', '', true);
    const guesses = result.languages
      .filter((language) => language.code !== 'un' && language.code !== 'xxx')
      .map((language) => ({ lang: normalizeCldCode(language.code), percent: language.percent, reliable: result.reliable }));
    return { reliable: result.reliable, guesses };
  } catch {
    return { reliable: false, guesses: [] };
  }
}
