// Running text rebuilt from the treebanks the quote gold refers to. The gold stores only document
// references and character offsets (the texts may not be republished), so this rebuild must stay
// deterministic: change it and every offset in the gold moves (evaluate.ts checks a hash per quote).
//
// NorNE/NDT (`norne/ndt/{nob,nno}/*.conll`): one file is one text segment, one token a line, no
// SpaceAfter. Tokens are joined by spacing rules for punctuation; a sentence ending in the headline
// token `|` is a headline and its own paragraph; a sentence opening with a dash (`-`, `–`, `—`)
// opens a paragraph, as dash-led quotes do in Norwegian print. Other sentences run on after a space.
//
// DDT (`ud/UD_Danish-DDT/da_ddt-ud-{dev,test}.conllu`): no document boundaries survive, so a
// "document" is a fixed block of DANISH_BLOCK consecutive sentences, rebuilt from `# text`, with the
// same paragraph rule for dash-led sentences.
//
// Swedish news (`ner-sv/train_corpus.txt#N`, shuffled Webbnyheter 2012 sentences, one token and its
// NER tag a line) and DDT train (`ner-da/da_ddt-ud-ner-train-10k.conll#N`, token TAB tag): blocks of
// 20 sentences, each sentence joined by the figure gold's rules (src/nlp/figures/gold/corpus-text.ts:
// `joinSvSentence`, `joinNdtSentence`), so both golds see the same sentences and characters for
// the same reference; only the separator differs: here a dash-led sentence opens a line, as above
// (a space and a newline are one character each, so the offsets agree with the figure gold's text).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DDT_BLOCK, DDT_TRAIN_PATH, SV_BLOCK, SV_TRAIN_PATH, joinNdtSentence, joinSvSentence } from '../../figures/gold/corpus-text.js';

export const DANISH_BLOCK = 20;

const NO_SPACE_BEFORE = new Set([',', '.', ':', ';', '!', '?', ')', ']', '»', '”', '%', '…']);
const NO_SPACE_AFTER = new Set(['(', '[', '«', '„', '“']);
const DASHES = new Set(['-', '–', '—']);

/** One sentence of NDT tokens as running text, and whether it is a headline. */
export function joinNdtTokens(forms: readonly string[]): { text: string; headline: boolean } {
  const headline = forms.length > 0 && forms[forms.length - 1] === '|';
  const words = headline ? forms.slice(0, -1) : forms;
  let text = '';
  let glueNext = true;
  let straightOpen = false;
  for (const form of words) {
    let glue = glueNext || NO_SPACE_BEFORE.has(form);
    glueNext = NO_SPACE_AFTER.has(form);
    if (form === '"' || form === "'") {
      // Straight marks alternate: an opening one sticks to the next word, a closing one to the last.
      if (straightOpen) glue = true;
      else glueNext = true;
      straightOpen = !straightOpen;
    }
    text += (glue || text === '' ? '' : ' ') + form;
  }
  return { text, headline };
}

/** Sentences (as token forms) of a 10-column CoNLL file. */
export function readConllSentences(content: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of content.split('\n')) {
    const columns = line.split('\t');
    if (columns.length < 5) {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    current.push(columns[1]);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Sentences joined into paragraphs: headlines and dash-led sentences start a new line. */
export function joinSentences(sentences: readonly { text: string; headline: boolean }[]): string {
  let text = '';
  let breakNext = false;
  for (const sentence of sentences) {
    if (sentence.text === '') continue;
    const dashLed = DASHES.has(sentence.text[0]) && /^\S\s/.test(sentence.text);
    if (text !== '') text += breakNext || dashLed || sentence.headline ? '\n' : ' ';
    text += sentence.text;
    breakNext = sentence.headline;
  }
  return text;
}

export function rebuildNdtText(content: string): string {
  return joinSentences(readConllSentences(content).map(joinNdtTokens));
}

/** The `# text` lines of a CoNLL-U file, in order. */
export function readConlluTexts(content: string): string[] {
  return content
    .split('\n')
    .filter((line) => line.startsWith('# text = '))
    .map((line) => line.slice('# text = '.length).trim());
}

export function rebuildDanishBlock(content: string, block: number): string {
  const texts = readConlluTexts(content).slice(block * DANISH_BLOCK, (block + 1) * DANISH_BLOCK);
  return joinSentences(texts.map((text) => ({ text, headline: false })));
}

/** The sentences of a one-token-a-line file with the tag last (tab or spaces; a Swedish token may
 * hold a space), joined as the figure gold joins them. Kept per file: the gold holds many blocks. */
const tokenFileCache = new Map<string, string[]>();
function tokenFileSentences(dataDir: string, path: string, swedish: boolean): string[] {
  const key = join(dataDir, path);
  const cached = tokenFileCache.get(key);
  if (cached !== undefined) return cached;
  const sentences: string[] = [];
  let forms: string[] = [];
  const flush = (): void => {
    if (forms.length > 0) sentences.push(swedish ? joinSvSentence(forms) : joinNdtSentence(forms).text);
    forms = [];
  };
  for (const line of readFileSync(key, 'utf8').split('\n')) {
    const fields = swedish ? line.trim().split(/\s+/) : [line.split('\t')[0].trim()];
    if (fields[0] === '') flush();
    else forms.push(swedish && fields.length > 1 ? fields.slice(0, -1).join(' ') : fields[0]);
  }
  flush();
  tokenFileCache.set(key, sentences);
  return sentences;
}

export interface CorpusDocument {
  /** Path relative to the data folder, with `#block` for DDT blocks. */
  doc: string;
  lang: 'nb' | 'nn' | 'da' | 'sv';
  text: string;
}

/** `norne/ndt/nob/ap001_0000.conll` or `ud/UD_Danish-DDT/da_ddt-ud-dev.conllu#3` → its text. */
export function rebuildDocument(dataDir: string, doc: string): CorpusDocument {
  const [path, block] = doc.split('#');
  if (path === SV_TRAIN_PATH || path === DDT_TRAIN_PATH) {
    if (block === undefined || !/^\d+$/.test(block)) throw new Error(`${doc}: a block document needs a #block number`);
    const swedish = path === SV_TRAIN_PATH;
    const size = swedish ? SV_BLOCK : DDT_BLOCK;
    const sentences = tokenFileSentences(dataDir, path, swedish).slice(Number(block) * size, (Number(block) + 1) * size);
    return { doc, lang: swedish ? 'sv' : 'da', text: joinSentences(sentences.map((text) => ({ text, headline: false }))) };
  }
  const content = readFileSync(join(dataDir, path), 'utf8');
  if (path.startsWith('norne/ndt/')) {
    return { doc, lang: path.includes('/nno/') ? 'nn' : 'nb', text: rebuildNdtText(content) };
  }
  if (block === undefined || !/^\d+$/.test(block)) throw new Error(`${doc}: a DDT document needs a #block number`);
  return { doc, lang: 'da', text: rebuildDanishBlock(content, Number(block)) };
}

/** The NDT segment just before `doc` in its source file (`ap005_0006` → `ap005_0005`), rebuilt, or
 * null for a first segment and for block documents. NDT cuts each paper's running text into
 * consecutive segments, so an article can start in one and go on in the next: the reader of the
 * whole article knows who "han" is, and the evaluation lets the finder read the segment before as
 * context (it scores only quotes inside `doc`). */
export function precedingSegment(dataDir: string, doc: string): string | null {
  const match = /^(norne\/ndt\/\w+\/.+_)(\d+)\.conll$/.exec(doc);
  if (match === null || Number(match[2]) === 0) return null;
  const previous = `${match[1]}${String(Number(match[2]) - 1).padStart(match[2].length, '0')}.conll`;
  if (!existsSync(join(dataDir, previous))) return null;
  return rebuildDocument(dataDir, previous).text;
}

/** Every document of the corpus, for finding candidates to annotate. */
export function danishBlockCount(content: string): number {
  return Math.ceil(readConlluTexts(content).length / DANISH_BLOCK);
}
