// Readers for the NER corpora in ../shared/data (NorNE CoNLL and CoNLL-U, Danish DDT NER,
// Swedish Webbnyheter) into one shape: tokens, BIO labels over our types, language, label scheme.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NORNE_TYPE_MAP } from './labels.js';

export type NerLang = 'nb' | 'nn' | 'da' | 'sv';

export interface NerSentence {
  tokens: string[];
  /** BIO labels: over our seven types when `coarse` is false, over PER/LOC/ORG/MISC when true. */
  labels: string[];
  lang: NerLang;
  coarse: boolean;
}

export type NerSplit = 'train' | 'dev' | 'test';

export interface NerCorpus {
  name: string;
  lang: NerLang;
  split: NerSplit;
  sentences: NerSentence[];
}

/** I-X after O or after another type starts an entity, as conlleval reads it. */
export function repairBio(labels: readonly string[]): string[] {
  return labels.map((label, index) => {
    if (!label.startsWith('I-')) return label;
    const previous = index > 0 ? labels[index - 1] : 'O';
    return previous === 'O' || previous.slice(2) !== label.slice(2) ? `B-${label.slice(2)}` : label;
  });
}

function mapNorneLabel(raw: string): string {
  if (raw === 'O' || raw === '_') return 'O';
  const [prefix, type] = [raw.slice(0, 1), raw.slice(2)];
  const mapped = NORNE_TYPE_MAP[type];
  if (mapped === undefined) throw new Error(`unknown NorNE type "${raw}"`);
  return `${prefix}-${mapped}`;
}

/** NorNE in the NDT layout: ten columns, `name=B-PER` in the last. Headline markers `|` are
 * dropped: they are an NDT convention and never appear in running text. */
export function parseNorneConll(text: string, lang: NerLang): NerSentence[] {
  const sentences: NerSentence[] = [];
  let tokens: string[] = [];
  let labels: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, labels: repairBio(labels), lang, coarse: false });
    tokens = [];
    labels = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const columns = line.split('\t');
    if (columns[0].includes('-') || columns[0].includes('.')) continue;
    const form = columns[1];
    const name = /(?:^|\|)name=([^|]+)/.exec(columns[9] ?? '')?.[1] ?? 'O';
    if (form === '|' && name === 'O') continue;
    tokens.push(form);
    labels.push(mapNorneLabel(name));
  }
  flush();
  return sentences;
}

/** Danish DDT NER: token TAB IOB2 tag, PER/LOC/ORG/MISC. */
export function parseDanishNer(text: string): NerSentence[] {
  const sentences: NerSentence[] = [];
  let tokens: string[] = [];
  let labels: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, labels: repairBio(labels), lang: 'da', coarse: true });
    tokens = [];
    labels = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const [form, tag] = line.split('\t');
    tokens.push(form);
    labels.push(tag?.trim() || 'O');
  }
  flush();
  return sentences;
}

/** Swedish Webbnyheter: token and a bare type (`0` = outside). Without B/I prefixes two adjacent
 * names of one type cannot be told apart, so a run of one type becomes one entity. */
export function parseSwedishNer(text: string): NerSentence[] {
  const sentences: NerSentence[] = [];
  let tokens: string[] = [];
  let labels: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, labels, lang: 'sv', coarse: true });
    tokens = [];
    labels = [];
  };
  let previousType = '0';
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 2) {
      // A blank line ends the sentence; a lone stray field (one in the train file) is skipped.
      if (line.trim() === '') {
        flush();
        previousType = '0';
      }
      continue;
    }
    const [form, type] = fields;
    tokens.push(form);
    labels.push(type === '0' ? 'O' : `${type === previousType ? 'I' : 'B'}-${type}`);
    previousType = type;
  }
  flush();
  return sentences;
}

/** The share of the Swedish train file held out for tuning (the corpus has no dev split). */
const SWEDISH_TUNING_SHARE = 0.1;

interface CorpusFile {
  name: string;
  lang: NerLang;
  split: NerSplit;
  path: string;
  parse: (text: string) => NerSentence[];
  slice?: 'head' | 'tail';
}

const CORPUS_FILES: readonly CorpusFile[] = [
  { name: 'NorNE nb', lang: 'nb', split: 'train', path: 'norne/nob-train.conll', parse: (t) => parseNorneConll(t, 'nb') },
  { name: 'NorNE nn', lang: 'nn', split: 'train', path: 'norne/nno-train.conll', parse: (t) => parseNorneConll(t, 'nn') },
  { name: 'DDT NER da', lang: 'da', split: 'train', path: 'ner-da/da_ddt-ud-ner-train-10k.conll', parse: parseDanishNer },
  { name: 'Webbnyheter sv', lang: 'sv', split: 'train', path: 'ner-sv/train_corpus.txt', parse: parseSwedishNer, slice: 'head' },
  { name: 'NorNE nb', lang: 'nb', split: 'dev', path: 'norne/ud/nob/no_bokmaal-ud-dev.conllu', parse: (t) => parseNorneConll(t, 'nb') },
  { name: 'NorNE nn', lang: 'nn', split: 'dev', path: 'norne/ud/nno/no_nynorsk-ud-dev.conllu', parse: (t) => parseNorneConll(t, 'nn') },
  { name: 'DDT NER da', lang: 'da', split: 'dev', path: 'ner-da/da_ddt-ud-ner-dev.conll', parse: parseDanishNer },
  { name: 'Webbnyheter sv', lang: 'sv', split: 'dev', path: 'ner-sv/train_corpus.txt', parse: parseSwedishNer, slice: 'tail' },
  { name: 'NorNE nb', lang: 'nb', split: 'test', path: 'norne/ud/nob/no_bokmaal-ud-test.conllu', parse: (t) => parseNorneConll(t, 'nb') },
  { name: 'NorNE nn', lang: 'nn', split: 'test', path: 'norne/ud/nno/no_nynorsk-ud-test.conllu', parse: (t) => parseNorneConll(t, 'nn') },
  { name: 'DDT NER da', lang: 'da', split: 'test', path: 'ner-da/da_ddt-ud-ner-test.conll', parse: parseDanishNer },
  { name: 'Webbnyheter sv', lang: 'sv', split: 'test', path: 'ner-sv/test_corpus.txt', parse: parseSwedishNer },
];

/** The corpora of one split, in a fixed order (nb, nn, da, sv). The Swedish "dev" is the last
 * tenth of its train file, and its "train" the rest, so the two never overlap. */
export async function readNerSplit(dataDir: string, split: NerSplit, langs?: readonly NerLang[]): Promise<NerCorpus[]> {
  const files = CORPUS_FILES.filter((file) => file.split === split && (langs === undefined || langs.includes(file.lang)));
  return Promise.all(
    files.map(async (file) => {
      let sentences = file.parse(await readFile(join(dataDir, file.path), 'utf8'));
      if (file.slice !== undefined) {
        const cut = Math.round(sentences.length * (1 - SWEDISH_TUNING_SHARE));
        sentences = file.slice === 'head' ? sentences.slice(0, cut) : sentences.slice(cut);
      }
      return { name: file.name, lang: file.lang, split: file.split, sentences };
    }),
  );
}

/** Where the shared corpora live: `TIDENDE_DATA`, else ../shared/data beside the project. */
export function defaultDataDir(projectRoot: string): string {
  return process.env.TIDENDE_DATA ?? join(projectRoot, '..', 'shared', 'data');
}

/** Unlabeled running text for word clusters and case habits: the NER train files' tokens
 * (`nerTrain`), other cased text (`cased`: the Swedish Talbanken 2015 train file, English EWT
 * train) and the Nordic sentences of NordicDSL (`lowerCased`: lower-cased Wikipedia). No dev or
 * test split of any NER corpus is read. */
export async function readUnlabeledSentences(
  dataDir: string,
): Promise<{ nerTrain: string[][]; cased: string[][]; lowerCased: string[][] }> {
  const nerTrain: string[][] = [];
  for (const corpus of await readNerSplit(dataDir, 'train')) for (const sentence of corpus.sentences) nerTrain.push(sentence.tokens);
  const cased: string[][] = [];
  for (const path of ['ud/UD_Swedish-Talbanken/sv-ud-train.v1_0.conll', 'ud/UD_English-EWT/en_ewt-ud-train.conllu']) {
    let tokens: string[] = [];
    for (const line of (await readFile(join(dataDir, path), 'utf8')).split('\n')) {
      if (line.trim() === '') {
        if (tokens.length > 0) cased.push(tokens);
        tokens = [];
        continue;
      }
      if (line.startsWith('#')) continue;
      const columns = line.split('\t');
      if (!/^\d+$/.test(columns[0])) continue;
      tokens.push(columns[1]);
    }
    if (tokens.length > 0) cased.push(tokens);
  }
  const lowerCased: string[][] = [];
  const nordic = new Set(['dk', 'nb', 'nn', 'sv']);
  for (const line of (await readFile(join(dataDir, 'langid/nordicdsl-wikipedia-test.csv'), 'utf8')).split('\n').slice(1)) {
    const comma = line.indexOf(',');
    if (comma < 0 || !nordic.has(line.slice(0, comma))) continue;
    const words = line.slice(comma + 1).trim().split(/\s+/).filter((word) => word.length > 0);
    if (words.length > 0) lowerCased.push(words);
  }
  return { nerTrain, cased, lowerCased };
}
