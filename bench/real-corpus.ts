// Benchmark articles built from real newspaper sentences: the NorNE Norwegian Dependency Treebank
// (Bokmål and Nynorsk newspaper segments) and the Danish DDT treebank, read from ../shared/data.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchArticle } from './generate-news.js';

/** Sentences per article; NDT segments run to about 100 sentences, so each yields several. */
const SENTENCES_PER_ARTICLE = 15;
const TITLE_WORDS = 12;
/** Sentences per paragraph when no headline or dash-led quote starts one. */
const SENTENCES_PER_PARAGRAPH = 3;
/** The treebanks carry no dates; articles get evenly spaced synthetic ones. */
const CORPUS_START_MS = Date.UTC(2024, 0, 1, 6, 0, 0);
const ARTICLE_SPACING_MS = 37 * 60 * 1000;

const OUTLETS: Readonly<Record<string, string>> = {
  ap: 'Aftenposten',
  db: 'Dagbladet',
  bt: 'Bergens Tidende',
  vg: 'VG',
  st: 'Stavanger Aftenblad',
};

/** `../shared/data` beside the repository root, where the project keeps its corpora. */
export function defaultDataDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');
}

/**
 * `count` articles from real sentences: NDT segments as nb/nn articles, DDT sentences as da
 * articles, interleaved so any prefix mixes the three; the pool repeats with id suffixes
 * (`#2`, `#3`, …) when `count` exceeds it. Throws if `dataDir` or its treebanks are missing.
 */
export function loadRealCorpus(dataDir: string, count: number): BenchArticle[] {
  const pool = articlePool(resolve(dataDir));
  const articles: BenchArticle[] = [];
  for (let index = 0; index < count; index++) {
    const base = pool[index % pool.length];
    const cycle = Math.floor(index / pool.length);
    articles.push({
      ...base,
      id: cycle === 0 ? base.id : `${base.id}#${cycle + 1}`,
      published: new Date(CORPUS_START_MS + index * ARTICLE_SPACING_MS).toISOString(),
    });
  }
  return articles;
}

/** Parsing ~30k sentences takes a moment; benchmarks ask for several sizes from the same data. */
const poolCache = new Map<string, BenchArticle[]>();

function articlePool(dataDir: string): BenchArticle[] {
  const cached = poolCache.get(dataDir);
  if (cached) return cached;
  const ndtDir = join(dataDir, 'norne', 'ndt');
  const ddtDir = join(dataDir, 'ud', 'UD_Danish-DDT');
  for (const required of [dataDir, join(ndtDir, 'nob'), join(ndtDir, 'nno'), ddtDir]) {
    if (!existsSync(required)) {
      throw new Error(
        `Real benchmark corpus not found: ${required} does not exist. loadRealCorpus needs the shared data ` +
          `directory (normally ../shared/data beside the repository) with norne/ndt/{nob,nno}/*.conll and ` +
          `ud/UD_Danish-DDT/*.conllu.`,
      );
    }
  }
  const bokmal = ndtArticles(join(ndtDir, 'nob'), 'nb');
  const nynorsk = ndtArticles(join(ndtDir, 'nno'), 'nn');
  const danish = ddtArticles(ddtDir);
  const pool = interleave([bokmal, nynorsk, danish]);
  if (pool.length === 0) throw new Error(`Real benchmark corpus under ${dataDir} holds no sentences.`);
  poolCache.set(dataDir, pool);
  return pool;
}

/** Round-robin, so even a small `count` holds all three languages. */
function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  const longest = Math.max(...lists.map((list) => list.length));
  for (let i = 0; i < longest; i++) {
    for (const list of lists) if (i < list.length) out.push(list[i]);
  }
  return out;
}

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

// ---------------------------------------------------------------------------------------------
// NorNE NDT

interface TreebankSentence {
  text: string;
  /** NDT marks headline and subheading tokens with a `|` form. */
  headline: boolean;
}

function ndtArticles(dir: string, lang: 'nb' | 'nn'): BenchArticle[] {
  const articles: BenchArticle[] = [];
  for (const path of filesIn(dir, '.conll')) {
    const segment = basename(path, '.conll');
    const outlet = outletOf(segment);
    const chunks = chunkSentences(readNdtSentences(path));
    chunks.forEach((sentences, part) => {
      articles.push(buildArticle(`norne-${lang}-${segment}-${part + 1}`, sentences, outlet, lang));
    });
  }
  return articles;
}

/** "ap001_0000" → Aftenposten; "st-nn002_0001" → Stavanger Aftenblad; unknown prefixes stay as they are. */
export function outletOf(segment: string): string {
  const prefix = segment.replace(/\d.*$/, '');
  return OUTLETS[prefix] ?? OUTLETS[prefix.replace(/-(nn|bm)$/, '')] ?? prefix;
}

function readNdtSentences(path: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let forms: string[] = [];
  let headline = false;
  const finish = () => {
    // NDT sometimes opens a sentence with the mark closing the one before: « … lykkelig . / » Han …
    while (forms.length > 0 && CARRIED_BACK.has(forms[0]) && sentences.length > 0) {
      const previous = sentences[sentences.length - 1];
      previous.text += forms.shift();
    }
    const text = joinTokens(forms);
    if (hasWords(text)) sentences.push({ text, headline });
    forms = [];
    headline = false;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      finish();
      continue;
    }
    if (line.startsWith('#')) continue;
    const columns = line.split('\t');
    // Multiword ranges (1-2) and empty nodes (1.1) would repeat words; NDT has none, but be safe.
    if (columns.length < 2 || /[-.]/.test(columns[0])) continue;
    const form = columns[1];
    if (form === '|') headline = true;
    else forms.push(form);
  }
  finish();
  return sentences;
}

// ---------------------------------------------------------------------------------------------
// Danish DDT

function ddtArticles(dir: string): BenchArticle[] {
  const sentences: TreebankSentence[] = [];
  for (const path of filesIn(dir, '.conllu')) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.startsWith('# text = ')) continue;
      const text = line.slice('# text = '.length).trim();
      if (hasWords(text)) sentences.push({ text, headline: false });
    }
  }
  // DDT has no document boundaries in these files, so articles are fixed runs of sentences.
  const articles: BenchArticle[] = [];
  for (let start = 0, part = 1; start < sentences.length; start += SENTENCES_PER_ARTICLE, part++) {
    articles.push(buildArticle(`ddt-da-${part}`, sentences.slice(start, start + SENTENCES_PER_ARTICLE), 'DDT', 'da'));
  }
  return articles;
}

/** DDT has a few "sentences" that are a lone comma; they would only make ragged text. */
function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

// ---------------------------------------------------------------------------------------------
// Building articles

/** Splits a segment into runs of about SENTENCES_PER_ARTICLE, none much shorter than the rest. */
function chunkSentences<T>(sentences: T[]): T[][] {
  const chunkCount = Math.max(1, Math.round(sentences.length / SENTENCES_PER_ARTICLE));
  const chunks: T[][] = [];
  for (let i = 0; i < chunkCount; i++) {
    const from = Math.round((i * sentences.length) / chunkCount);
    const to = Math.round(((i + 1) * sentences.length) / chunkCount);
    if (to > from) chunks.push(sentences.slice(from, to));
  }
  return chunks;
}

function buildArticle(id: string, sentences: TreebankSentence[], outlet: string, lang: BenchArticle['lang']): BenchArticle {
  const words = sentences[0].text.split(' ');
  const title = words.length > TITLE_WORDS ? words.slice(0, TITLE_WORDS).join(' ') : sentences[0].text;
  // A headline opening the chunk is the title, not body text.
  const body = sentences[0].headline && sentences.length > 1 ? sentences.slice(1) : sentences;
  return { id, title, text: paragraphs(body).join('\n\n'), published: '', outlet, lang };
}

/** Headlines stand alone and dash-led quotes open a paragraph, as in the printed paper. */
function paragraphs(sentences: TreebankSentence[]): string[] {
  const out: string[] = [];
  let open: string[] = [];
  const flush = () => {
    if (open.length > 0) out.push(open.join(' '));
    open = [];
  };
  for (const sentence of sentences) {
    if (sentence.headline) {
      flush();
      out.push(sentence.text);
      continue;
    }
    if (/^[-–—] /.test(sentence.text)) flush();
    open.push(sentence.text);
    if (open.length >= SENTENCES_PER_PARAGRAPH) flush();
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Detokenising

/** Tokens that attach to the word before them. */
const CLOSING = new Set(['.', ',', ':', ';', '!', '?', ')', ']', '}', '»', '...', '…', '”', '’']);
/** Closing quotes and brackets, which NDT may put at the start of the next sentence. */
const CARRIED_BACK = new Set(['»', '”', '’', ')', ']']);
/** Tokens the next word attaches to. */
const OPENING = new Set(['(', '[', '{', '«', '“', '‘']);
/** Quotes written the same at both ends: they open and close in turn. */
const TOGGLING = new Set(['"', "'"]);

/**
 * Joins treebank tokens into running text: "Hun sa , « ja » ( 2 / 3 ) ." → "Hun sa, «ja» (2/3).".
 * Exported for tests.
 */
export function joinTokens(tokens: readonly string[]): string {
  let out = '';
  let attachNext = true; // nothing before the first token
  const openToggles = new Set<string>();
  for (const token of tokens) {
    let attach = attachNext;
    attachNext = false;
    if (TOGGLING.has(token)) {
      if (openToggles.has(token)) {
        openToggles.delete(token);
        attach = true;
      } else {
        openToggles.add(token);
        attachNext = true;
      }
    } else if (CLOSING.has(token) || /^[.,:;!?…]+$/.test(token)) {
      attach = true;
    } else if (OPENING.has(token)) {
      attachNext = true;
    } else if (token === '/') {
      // "HIV / AIDS", "watt / kg", "1944 / 45": a slash binds both sides.
      attach = true;
      attachNext = true;
    } else if (/^-\p{L}/u.test(token)) {
      // A suffix split off after a quote or abbreviation: « humor » -stuntet → «humor»-stuntet.
      attach = true;
    }
    out += attach || out === '' ? token : ` ${token}`;
  }
  return out;
}
