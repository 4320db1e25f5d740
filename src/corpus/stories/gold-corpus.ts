// The project's story-clustering evaluation corpus: fictional articles written for it about shared
// events (gold/written.jsonl) plus real NDT newspaper texts, referenced by path in
// gold/ndt-files.tsv and rebuilt from the treebank's tokens at run time (never copied here).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledStoryArticle } from './evaluate.js';

export type StorySplit = 'dev' | 'test';

export interface WrittenArticle {
  id: string;
  story: string;
  split: StorySplit;
  lang: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

export interface StoryGoldCorpus {
  articles: LabelledStoryArticle[];
  /** Ids of the real NDT texts among them: each is its own gold story. */
  ndtIds: Set<string>;
}

export class StoryGoldError extends Error {
  constructor(
    readonly code: 'E_DATA_MISSING',
    message: string,
  ) {
    super(message);
  }
}

// From src/corpus/stories or dist/corpus/stories alike, the gold files stay in the source tree.
export const storyGoldDir = fileURLToPath(new URL('../../../src/corpus/stories/gold/', import.meta.url));

export function readWrittenArticles(dir: string = storyGoldDir): WrittenArticle[] {
  return readFileSync(join(dir, 'written.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as WrittenArticle);
}

const NO_SPACE_BEFORE = /^[.,:;!?)\]»”%]$|^'s$/u;
const NO_SPACE_AFTER = /^[([«“]$/u;

/**
 * An NDT file's text from its tokens: sentences joined with spaces, punctuation attached, and a
 * sentence ending in `|` (the treebank's headline mark) taken as a headline on its own line.
 * The first headline, when the file starts with one, is the title.
 */
export function ndtArticleText(conll: string): { title: string | null; text: string } {
  const sentences: { words: string[]; headline: boolean }[] = [];
  let words: string[] = [];
  let headline = false;
  const close = (): void => {
    if (words.length > 0) sentences.push({ words, headline });
    words = [];
    headline = false;
  };
  for (const line of conll.split('\n')) {
    const columns = line.split('\t');
    if (columns.length < 2) {
      close();
      continue;
    }
    if (columns[1] === '|') headline = true;
    else words.push(columns[1]);
  }
  close();
  const join = (tokens: readonly string[]): string => {
    let out = '';
    tokens.forEach((token, i) => {
      if (i > 0 && !NO_SPACE_BEFORE.test(token) && !NO_SPACE_AFTER.test(tokens[i - 1])) out += ' ';
      out += token;
    });
    return out;
  };
  const title = sentences[0]?.headline ? join(sentences[0].words) : null;
  const body = (title === null ? sentences : sentences.slice(1)).map((s) => (s.headline ? `\n\n${join(s.words)}\n\n` : join(s.words)));
  return { title, text: body.join(' ').replace(/ *\n\n */gu, '\n\n').trim() };
}

/** The NDT files of a split, as `nob/ap001_0000.conll` paths relative to `norne/ndt`. */
export function ndtFiles(split: StorySplit, dir: string = storyGoldDir): string[] {
  return readFileSync(join(dir, 'ndt-files.tsv'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((columns) => columns[1] === split)
    .map((columns) => columns[0]);
}

/** The evaluation corpus of one split. Fails with E_DATA_MISSING when the NDT texts are absent. */
export function loadStoryGold(split: StorySplit, dataDir: string, options: { withNdt?: boolean } = {}): StoryGoldCorpus {
  const articles: LabelledStoryArticle[] = readWrittenArticles()
    .filter((a) => a.split === split)
    .map((a) => ({ id: a.id, eventId: a.story, title: a.title, text: a.text, lang: a.lang, published: a.published }));
  const ndtIds = new Set<string>();
  if (options.withNdt === false) return { articles, ndtIds };
  const ndtDir = join(dataDir, 'norne', 'ndt');
  if (!existsSync(ndtDir)) throw new StoryGoldError('E_DATA_MISSING', `NDT texts not found at ${ndtDir} (set --data or TIDENDE_DATA)`);
  for (const path of ndtFiles(split)) {
    const { title, text } = ndtArticleText(readFileSync(join(ndtDir, path), 'utf8'));
    const id = `ndt:${path.replace(/\.conll$/u, '')}`;
    ndtIds.add(id);
    // Undated: they are clustered in arrival order, after the dated articles, with no time decay.
    articles.push({ id, eventId: id, title, text, lang: path.startsWith('nno/') ? 'nn' : 'nb', published: null });
  }
  return { articles, ndtIds };
}
