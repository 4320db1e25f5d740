// The figure gold: what a reader finds in real newspaper text (stored as offsets into treebank
// text rebuilt by corpus-text.ts) and in short fictional articles written for the top-up (stored
// whole, with inline labels). Both give the same items: a span, and either a figure or a note
// saying what the number is instead (a date, an age, a price…).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FigureKind } from '../../../doc/model.js';
import { DDT_TRAIN_PATH, listDocuments, rebuildDocument, spanCheck, SV_TEST_PATH, SV_TRAIN_PATH } from './corpus-text.js';

export interface GoldFigure {
  kind: FigureKind;
  min: number | null;
  max: number | null;
  approximate: boolean;
  group: string;
  /** Who the text says reported the figure, as written ("politiet"); null when nobody is named. */
  source: string | null;
}

export interface GoldItem {
  doc: string;
  /** The quantity's span ("mindst 40"), in the document's text. */
  start: number;
  end: number;
  /** A figure, or null for a number that is not one. */
  figure: GoldFigure | null;
  /** For a non-figure: what the number is instead. */
  note?: string;
}

export type GoldOrigin = 'real' | 'written';

export interface GoldDocument {
  doc: string;
  lang: string;
  published: string | null;
  text: string;
  origin: GoldOrigin;
  split: 'dev' | 'test';
  items: GoldItem[];
}

export class FigureGoldError extends Error {
  constructor(
    message: string,
    readonly code: 'E_FIGURES_DATA_MISSING' | 'E_FIGURES_GOLD',
  ) {
    super(message);
  }
}

/** The fixed split rule: a document is dev when the first hex digit of SHA-256(doc) is 0–7.
 * The DDT train and Swedish train blocks, added after the test split was first read, are dev only;
 * the Swedish test blocks (fourth round) are test only, so the test split gained Swedish and lost nothing. */
export function splitOf(doc: string): 'dev' | 'test' {
  if (doc.startsWith(`${SV_TEST_PATH}#`)) return 'test';
  if (doc.startsWith(`${DDT_TRAIN_PATH}#`) || doc.startsWith(`${SV_TRAIN_PATH}#`)) return 'dev';
  return parseInt(createHash('sha256').update(doc).digest('hex')[0], 16) < 8 ? 'dev' : 'test';
}

/** The gold files stay in src/ (the build copies no data); this path works from src/ and dist/. */
const GOLD_DIR = new URL('../../../../src/nlp/figures/gold/', import.meta.url);
const goldFile = (name: string): URL => new URL(name, GOLD_DIR);

interface StoredItem extends GoldItem {
  check: string;
}

/** The real-text gold over every document of the corpus, rebuilt from the shared data; each span checked by hash. */
export function loadRealGold(dataDir: string): GoldDocument[] {
  if (!existsSync(join(dataDir, 'norne/ndt')) || !existsSync(join(dataDir, 'ud/UD_Danish-DDT')) || !existsSync(join(dataDir, DDT_TRAIN_PATH)) || !existsSync(join(dataDir, SV_TRAIN_PATH)) || !existsSync(join(dataDir, SV_TEST_PATH))) {
    throw new FigureGoldError(`the figure evaluation needs NorNE/NDT, UD Danish-DDT, ${DDT_TRAIN_PATH}, ${SV_TRAIN_PATH} and ${SV_TEST_PATH} in ${dataDir} (set TIDENDE_DATA or --data)`, 'E_FIGURES_DATA_MISSING');
  }
  const stored = readFileSync(goldFile('real.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as StoredItem);
  const byDoc = new Map<string, GoldDocument>();
  for (const { check, ...item } of stored) {
    let document = byDoc.get(item.doc);
    if (!document) {
      const rebuilt = rebuildDocument(dataDir, item.doc);
      document = { doc: item.doc, lang: rebuilt.lang, published: null, text: rebuilt.text, origin: 'real', split: splitOf(item.doc), items: [] };
      byDoc.set(item.doc, document);
    }
    if (spanCheck(document.text.slice(item.start, item.end)) !== check) {
      throw new FigureGoldError(`${item.doc}:${item.start}-${item.end}: the rebuilt text no longer matches the gold span (corpus-text.ts or the data changed)`, 'E_FIGURES_GOLD');
    }
    document.items.push(item);
  }
  // Every other document was read too and holds no figure: it counts, for precision.
  for (const doc of listDocuments(dataDir)) {
    if (byDoc.has(doc)) continue;
    const rebuilt = rebuildDocument(dataDir, doc);
    byDoc.set(doc, { doc, lang: rebuilt.lang, published: null, text: rebuilt.text, origin: 'real', split: splitOf(doc), items: [] });
  }
  return [...byDoc.values()];
}

const LABEL = /\{\{([^|}]+)\|([^}]*)\}\}/g;

/** Parses one inline label's fields after the span: `kind|min|max|~|group|source` or `-|note`. */
function parseLabel(fields: string[], where: string): Pick<GoldItem, 'figure' | 'note'> {
  const [kind, ...rest] = fields;
  if (kind === '-') return { figure: null, note: rest[0] ?? '' };
  if (rest.length < 4) throw new FigureGoldError(`${where}: a figure label needs kind|min|max|approx|group|source`, 'E_FIGURES_GOLD');
  const number = (v: string): number | null => (v === '' || v === 'null' ? null : Number(v));
  const [min, max, approx, group, source] = rest;
  return { figure: { kind: kind as FigureKind, min: number(min), max: number(max), approximate: approx === '~', group, source: source ? source : null } };
}

/**
 * The written top-up: articles separated by `### id lang date` lines, each labelled number
 * written `{{quantity|kind|min|max|~ or -|group|source}}` or `{{quantity|-|note}}`.
 */
export function parseWrittenGold(content: string): GoldDocument[] {
  const documents: GoldDocument[] = [];
  for (const block of content.split(/^### /m).slice(1)) {
    const newline = block.indexOf('\n');
    const [id, lang, published] = block.slice(0, newline).trim().split(/\s+/);
    const doc = `written/${id}`;
    const marked = block.slice(newline + 1).trim();
    const items: GoldItem[] = [];
    let text = '';
    let last = 0;
    for (const m of marked.matchAll(LABEL)) {
      text += marked.slice(last, m.index);
      const start = text.length;
      text += m[1];
      items.push({ doc, start, end: text.length, ...parseLabel(m[2].split('|'), `${doc}: ${m[1]}`) });
      last = (m.index ?? 0) + m[0].length;
    }
    text += marked.slice(last);
    documents.push({ doc, lang, published: published ?? null, text, origin: 'written', split: splitOf(doc), items });
  }
  return documents;
}

export function loadWrittenGold(): GoldDocument[] {
  return parseWrittenGold(readFileSync(goldFile('written.txt'), 'utf8'));
}
