// Running text rebuilt from the treebanks the figure gold points into. The gold stores document
// references and character offsets only (the texts may not be republished), so this rebuild is
// part of the gold: change it and the offsets move (the evaluation checks a hash of every span).
//
// NDT (`norne/ndt/{nob,nno}/*.conll`): one file is one document; tokens are joined with a space
// except before closing punctuation and after opening brackets and quotes; a sentence ending in
// the headline token `|` is a headline, put on its own line; other sentences run on after a space.
// DDT (`ud/UD_Danish-DDT/da_ddt-ud-{dev,test}.conllu`): no document boundaries survive, so a
// document is a fixed block of DDT_BLOCK consecutive `# text` sentences joined by spaces.
// DDT train (`ner-da/da_ddt-ud-ner-train-10k.conll`, the 604 DDT train sentences of Plank's Danish
// NER set; train-5k is a subset): tokens only, joined by the NDT rules, DDT_BLOCK sentences a
// document. These are dev-only documents (see `splitOf` in gold.ts).
// Swedish news (`ner-sv/train_corpus.txt`, Webbnyheter 2012 in the Swedish NER data): shuffled
// sentences, one token and its tag per line (tab or spaces), joined by the NDT rules except that
// the undirected quote marks ” and " open and close by turns; SV_BLOCK sentences a document, the
// first SV_BLOCKS blocks only (the annotated sample). Dev-only documents too.
// Swedish test (`ner-sv/test_corpus.txt`, the Swedish NER test file, never read for figures
// before the fourth round): the same format and rules, every block a document; test-only.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DDT_BLOCK = 20;

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', ')', ']', '»', '”', '%', '…']);
const NO_SPACE_AFTER = new Set(['(', '[', '«', '„', '“']);

export interface GoldDocument {
  /** `norne/ndt/nob/ap001_0000.conll`, or `ud/UD_Danish-DDT/da_ddt-ud-dev.conllu#3` for a DDT block. */
  doc: string;
  lang: 'nb' | 'nn' | 'da' | 'sv';
  text: string;
}

/** One NDT sentence (token forms) as text, and whether it is a headline. */
export function joinNdtSentence(forms: readonly string[]): { text: string; headline: boolean } {
  const headline = forms.length > 0 && forms[forms.length - 1] === '|';
  let text = '';
  let glueNext = false;
  for (const form of headline ? forms.slice(0, -1) : forms) {
    const glue = text === '' || glueNext || NO_SPACE_BEFORE.has(form);
    text += (glue ? '' : ' ') + form;
    glueNext = NO_SPACE_AFTER.has(form);
  }
  return { text, headline };
}

/** The sentences of a 10-column CoNLL file as lists of token forms. */
export function readNdtSentences(content: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of content.split('\n')) {
    const columns = line.split('\t');
    if (columns.length < 5) {
      if (current.length > 0) sentences.push(current);
      current = [];
    } else current.push(columns[1]);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

export function rebuildNdtText(content: string): string {
  let text = '';
  let afterHeadline = false;
  for (const { text: sentence, headline } of readNdtSentences(content).map(joinNdtSentence)) {
    if (sentence === '') continue;
    if (text !== '') text += afterHeadline || headline ? '\n' : ' ';
    text += sentence;
    afterHeadline = headline;
  }
  return text;
}

function ddtSentences(content: string): string[] {
  return content
    .split('\n')
    .filter((line) => line.startsWith('# text = '))
    .map((line) => line.slice('# text = '.length).trim());
}

export function rebuildDdtBlock(content: string, block: number): string {
  return ddtSentences(content).slice(block * DDT_BLOCK, (block + 1) * DDT_BLOCK).join(' ');
}

/** DDT train as tokens: the sentences of a token-TAB-tag file (a line without a token ends one). */
function tokenFileSentences(content: string): string[] {
  const sentences: string[] = [];
  let current: string[] = [];
  for (const line of content.split('\n')) {
    const form = line.split('\t')[0].trim();
    if (form === '') {
      if (current.length > 0) sentences.push(joinNdtSentence(current).text);
      current = [];
    } else current.push(form);
  }
  if (current.length > 0) sentences.push(joinNdtSentence(current).text);
  return sentences;
}

/** The DDT train sentences held in the Danish NER data: documents that are never test. */
export const DDT_TRAIN_PATH = 'ner-da/da_ddt-ud-ner-train-10k.conll';

/** The Swedish news sentences of the Swedish NER train file: documents that are never test. */
export const SV_TRAIN_PATH = 'ner-sv/train_corpus.txt';
export const SV_BLOCK = 20;
/** How many blocks of SV_TRAIN_PATH are documents: the sample that was annotated in full. */
export const SV_BLOCKS = 345;

/** The Swedish NER test file's news sentences: documents that are always test (the fourth round). */
export const SV_TEST_PATH = 'ner-sv/test_corpus.txt';

const UNDIRECTED_QUOTES = new Set(['”', '"']);

/** One Swedish sentence as text: the NDT rules, with ” and " opening and closing by turns. */
export function joinSvSentence(forms: readonly string[]): string {
  let text = '';
  let glueNext = false;
  let open = false;
  for (const form of forms) {
    const quote = UNDIRECTED_QUOTES.has(form);
    const closing = quote && open;
    const glue = text === '' || glueNext || (quote ? closing : NO_SPACE_BEFORE.has(form));
    text += (glue ? '' : ' ') + form;
    glueNext = quote ? !closing : NO_SPACE_AFTER.has(form);
    if (quote) open = !open;
  }
  return text;
}

/** The Swedish NER file's sentences: a token and its tag per line, separated by a tab or spaces. */
function svSentences(content: string): string[] {
  const sentences: string[] = [];
  let current: string[] = [];
  for (const line of content.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '') {
      if (current.length > 0) sentences.push(joinSvSentence(current));
      current = [];
    } else current.push(fields.length > 1 ? fields.slice(0, -1).join(' ') : fields[0]);
  }
  if (current.length > 0) sentences.push(joinSvSentence(current));
  return sentences;
}

/** The sentences of the large block files, kept per file: the gold holds hundreds of blocks of
 * each, and splitting a whole file again for every block made loading the gold take ~30 s. */
const blockFileSentences = new Map<string, string[]>();
function sentencesOf(dataDir: string, path: string, content: string, split: (content: string) => string[]): string[] {
  const key = join(dataDir, path);
  let sentences = blockFileSentences.get(key);
  if (sentences === undefined) blockFileSentences.set(key, (sentences = split(content)));
  return sentences;
}

/** The text of one document reference, read from the shared data folder. */
export function rebuildDocument(dataDir: string, doc: string): GoldDocument {
  const [path, block] = doc.split('#');
  const content = readFileSync(join(dataDir, path), 'utf8');
  if (path.startsWith('norne/ndt/')) return { doc, lang: path.includes('/nno/') ? 'nn' : 'nb', text: rebuildNdtText(content) };
  if (block === undefined || !/^\d+$/.test(block)) throw new Error(`${doc}: a block document needs a #block number`);
  if (path === SV_TRAIN_PATH || path === SV_TEST_PATH) return { doc, lang: 'sv', text: sentencesOf(dataDir, path, content, svSentences).slice(Number(block) * SV_BLOCK, (Number(block) + 1) * SV_BLOCK).join(' ') };
  if (path === DDT_TRAIN_PATH) return { doc, lang: 'da', text: sentencesOf(dataDir, path, content, tokenFileSentences).slice(Number(block) * DDT_BLOCK, (Number(block) + 1) * DDT_BLOCK).join(' ') };
  return { doc, lang: 'da', text: rebuildDdtBlock(content, Number(block)) };
}

/** Every document reference of the corpus, in a fixed order. */
export function listDocuments(dataDir: string): string[] {
  const docs: string[] = [];
  for (const variety of ['nob', 'nno']) {
    const folder = join('norne/ndt', variety);
    for (const file of readdirSync(join(dataDir, folder)).filter((f) => f.endsWith('.conll')).sort()) docs.push(`${folder}/${file}`);
  }
  for (const split of ['dev', 'test']) {
    const path = `ud/UD_Danish-DDT/da_ddt-ud-${split}.conllu`;
    const blocks = Math.ceil(ddtSentences(readFileSync(join(dataDir, path), 'utf8')).length / DDT_BLOCK);
    for (let b = 0; b < blocks; b++) docs.push(`${path}#${b}`);
  }
  const trainBlocks = Math.ceil(tokenFileSentences(readFileSync(join(dataDir, DDT_TRAIN_PATH), 'utf8')).length / DDT_BLOCK);
  for (let b = 0; b < trainBlocks; b++) docs.push(`${DDT_TRAIN_PATH}#${b}`);
  const svBlocks = Math.min(SV_BLOCKS, Math.ceil(svSentences(readFileSync(join(dataDir, SV_TRAIN_PATH), 'utf8')).length / SV_BLOCK));
  for (let b = 0; b < svBlocks; b++) docs.push(`${SV_TRAIN_PATH}#${b}`);
  const svTestBlocks = Math.ceil(svSentences(readFileSync(join(dataDir, SV_TEST_PATH), 'utf8')).length / SV_BLOCK);
  for (let b = 0; b < svTestBlocks; b++) docs.push(`${SV_TEST_PATH}#${b}`);
  return docs;
}

/** A short fingerprint of an annotated span, so a moved offset is caught rather than scored. */
export function spanCheck(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
