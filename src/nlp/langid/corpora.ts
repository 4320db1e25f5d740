// Readers for the corpora under ../shared/data that train and evaluate language identification:
// each yields plain sentences with a gold label, in file order (3-sentence windows need the order).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledSentence {
  text: string;
  lang: string;
  /** Which corpus it came from, where training weighs corpora (e.g. `ddt`, `nordicdsl`). */
  source?: string;
}

export type Split = 'train' | 'dev' | 'test';

/** Sentences of a CoNLL-U file, from its `# text =` lines. */
export function readConllu(path: string, lang: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# text = ')) sentences.push({ text: line.slice('# text = '.length).trim(), lang });
  }
  return sentences;
}

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', ')', ']', '»', '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '«']);

/** Joins tokens as running text would show them, close enough for language identification. */
export function detokenize(tokens: readonly string[]): string {
  let text = '';
  for (const token of tokens) {
    if (text.length === 0) text = token;
    else if (NO_SPACE_BEFORE.has(token) || NO_SPACE_AFTER.has(text[text.length - 1])) text += token;
    else text += ` ${token}`;
  }
  return text;
}

/**
 * Sentences of a token-per-line file (CoNLL-X, or TAB-separated NER): the form is the column
 * `formColumn`, sentences end at a blank line. NorNE's headline marker `|` is dropped.
 */
export function readTokenLines(path: string, lang: string, formColumn: number): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let tokens: string[] = [];
  const flush = () => {
    if (tokens.length > 0) sentences.push({ text: detokenize(tokens), lang });
    tokens = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const form = line.split('\t')[formColumn];
    if (form !== undefined && form !== '' && form !== '|') tokens.push(form);
  }
  flush();
  return sentences;
}

/** NordicDSL's labels as ISO 639-1 (`dk` is Danish). */
const NORDIC_DSL_LABELS: Record<string, string> = { dk: 'da', sv: 'sv', nb: 'nb', nn: 'nn', is: 'is', fo: 'fo' };

/** The NordicDSL Wikipedia test rows (`language,sentence`, no quoting in the file). */
export function readNordicDsl(path: string): LabelledSentence[] {
  const rows: LabelledSentence[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const line of lines.slice(1)) {
    const comma = line.indexOf(',');
    if (comma < 0) continue;
    const lang = NORDIC_DSL_LABELS[line.slice(0, comma)];
    const text = line.slice(comma + 1).trim();
    if (lang !== undefined && text !== '') rows.push({ text, lang, source: 'nordicdsl' });
  }
  return rows;
}

/**
 * Which half of NordicDSL a sentence belongs to, by a fixed hash of its text: the training half
 * feeds the model, only the other half is ever scored.
 */
export function nordicDslHalf(text: string): 'train' | 'eval' {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) % 2 === 0 ? 'train' : 'eval';
}

/** One corpus file of the UD evaluation: its path under the data folder and its gold label. */
export interface UdSource {
  lang: string;
  path: string;
}

/** The UD splits of the sentence-level evaluation, per language. */
export function udSources(split: 'dev' | 'test'): UdSource[] {
  return [
    { lang: 'da', path: `ud/UD_Danish-DDT/da_ddt-ud-${split}.conllu` },
    { lang: 'nb', path: `ud/UD_Norwegian-Bokmaal/no_bokmaal-ud-${split}.conllu` },
    { lang: 'nn', path: `ud/UD_Norwegian-Nynorsk/no_nynorsk-ud-${split}.conllu` },
    { lang: 'sv', path: `ud/UD_Swedish-Talbanken/sv_talbanken-ud-${split}.conllu` },
    { lang: 'en', path: `ud/UD_English-EWT/en_ewt-ud-${split}.conllu` },
  ];
}

/** Sentences of one UD split, grouped per source file so windows never span two languages. */
export function readUdSplit(dataDir: string, split: 'dev' | 'test'): LabelledSentence[][] {
  return udSources(split).map((source) => readConllu(join(dataDir, source.path), source.lang));
}

/** Training sentences per language: train splits only (the list), in file order. */
export function readTrainingSentences(dataDir: string): LabelledSentence[][] {
  const tagged = (sentences: LabelledSentence[], source: string) => sentences.map((s) => ({ ...s, source }));
  return [
    tagged(readTokenLines(join(dataDir, 'ner-da/da_ddt-ud-ner-train-10k.conll'), 'da', 0), 'treebank'),
    tagged(readTokenLines(join(dataDir, 'norne/nob-train.conll'), 'nb', 1), 'treebank'),
    tagged(readTokenLines(join(dataDir, 'norne/nno-train.conll'), 'nn', 1), 'treebank'),
    tagged(readTokenLines(join(dataDir, 'ud/UD_Swedish-Talbanken/sv-ud-train.v1_0.conll'), 'sv', 1), 'treebank'),
    tagged(readConllu(join(dataDir, 'ud/UD_English-EWT/en_ewt-ud-train.conllu'), 'en'), 'treebank'),
  ];
}

export const NORDIC_DSL_PATH = 'langid/nordicdsl-wikipedia-test.csv';

/** Whether the shared data folder is there with the files evaluation needs. */
export function hasLangidData(dataDir: string): boolean {
  return (
    udSources('dev').every((source) => existsSync(join(dataDir, source.path))) &&
    existsSync(join(dataDir, NORDIC_DSL_PATH))
  );
}

/** Debian's word lists (packages wdanish, wnorwegian, wswedish), by language. */
export const WORD_LIST_FILES: Record<string, string> = {
  da: 'danish',
  nb: 'bokmaal',
  nn: 'nynorsk',
  sv: 'swedish',
};

/** A word list file is UTF-8 (danish) or ISO-8859-1 (the others): decode whichever it is. */
function decodeWordList(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/**
 * Debian's word lists for da, nb, nn and sv: lower-cased, letters only (entries with hyphens
 * or apostrophes never match a normalised word), without repeats. Throws when one is missing.
 */
export function readWordLists(dictDir: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const [lang, file] of Object.entries(WORD_LIST_FILES)) {
    const words = new Set(
      decodeWordList(readFileSync(join(dictDir, file)))
        .split('\n')
        .map((word) => word.trim().toLowerCase())
        .filter((word) => /^\p{L}+$/u.test(word)),
    );
    lists.set(lang, [...words].sort());
  }
  return lists;
}
