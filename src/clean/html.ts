// HTML page in, article out. Extraction is a cascade: Mozilla Readability over a linkedom DOM,
// pruned of what is not the article (article-body.ts); when that finds too little, the JSON-LD
// articleBody; then the most text-dense container of the page. Metadata comes from JSON-LD,
// OpenGraph and <meta> (page-metadata.ts), read before Readability rewrites the document.
import { parseHTML } from 'linkedom';
import { dropJunkParagraphs, markJunkBoxes, pruneArticleNode, trimLabelLines, type DropListener, type PruneOptions } from './article-body.js';
import { parseNewsDate } from './dates.js';
import { leanReadabilityParse, type LeanArticle } from './lean-readability.js';
import { readPageMetadata } from './page-metadata.js';

export interface ExtractedPage {
  title: string | null;
  /** Body as paragraphs separated by blank lines. */
  text: string;
  published: string | null;
  modified: string | null;
  author: string | null;
  outlet: string | null;
  lang: string | null;
  /** Canonical URL of the page (link rel=canonical, og:url, JSON-LD url), as written. */
  url: string | null;
  /** Which step of the cascade produced the text. */
  method: 'readability' | 'json-ld' | 'densest-block' | 'body';
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'FIGURE',
  'FIGCAPTION', 'SECTION', 'ARTICLE', 'TABLE', 'TR', 'TD', 'TH', 'HEADER', 'FOOTER', 'ASIDE', 'BR', 'HR', 'DL', 'DT', 'DD',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

/** Text of a node with block elements as paragraph breaks and inline whitespace folded. */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const folded = current.replace(/\s+/g, ' ').trim();
    if (folded) paragraphs.push(folded);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    // Sibling links, not childNodes: linkedom builds a fresh list on every childNodes read.
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Below this many words the Readability result is taken as a miss and the cascade goes on. */
const MIN_BODY_WORDS = 60;

const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function prunedText(node: DomNode, options: PruneOptions): string {
  pruneArticleNode(node as never, options);
  return trimLabelLines(dropJunkParagraphs(blockText(node).split('\n\n'), options.onDrop), options.onDrop).join('\n\n');
}

/** The container whose own paragraphs hold the most text: trafilatura's last resort before the whole body. */
function densestBlock(document: Document): DomNode | null {
  const scores = new Map<Element, number>();
  for (const paragraph of document.querySelectorAll('p')) {
    const parent = paragraph.parentElement;
    if (!parent) continue;
    const length = (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (length < 25) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best as unknown as DomNode | null;
}

/**
 * Scripts (except JSON-LD), styles, inline SVG and comments cut from the markup before parsing:
 * on news pages they are over half the bytes, and nothing downstream reads them. An HTML parser
 * also ends a script at the first `</script`, as the lazy match here does.
 */
const UNREAD_MARKUP = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<noscript\b[^>]*>[\s\S]*?<\/noscript\s*>|<!--[\s\S]*?-->/gi;

/** Image-set and data-* attributes: many per element on news pages, and linkedom makes each a node. */
const UNREAD_ATTRIBUTES = /\s(?:srcset|sizes|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*')/gi;

function parseDocument(html: string): Document {
  return (parseHTML(html.replace(UNREAD_MARKUP, '').replace(UNREAD_ATTRIBUTES, '')) as unknown as { document: Document }).document;
}

export function extractHtml(html: string, onDrop?: DropListener): ExtractedPage {
  const document = parseDocument(html);
  const metadata = readPageMetadata(document);
  const documentTitle = document.title;
  const junkBoxes = markJunkBoxes(document.documentElement as never);

  let parsed: LeanArticle | null = null;
  try {
    parsed = leanReadabilityParse(document, () => parseDocument(html));
  } catch {
    parsed = null; // Readability throws on some malformed trees; the cascade below still applies.
  }
  const headlines = [metadata.title, parsed?.title, documentTitle].filter((headline): headline is string => !!headline);
  let text = parsed?.content ? prunedText(parsed.content as unknown as DomNode, { headlines, junkBoxes, onDrop }) : '';
  let method: ExtractedPage['method'] = 'readability';
  if (wordCount(text) < MIN_BODY_WORDS) {
    const fromJsonLd = metadata.articleBody ?? '';
    // Readability rewrote the first document; the fallbacks read a fresh one.
    const fresh = wordCount(fromJsonLd) < MIN_BODY_WORDS ? parseDocument(html) : null;
    const dense = fresh ? densestBlock(fresh) : null;
    const denseText = dense && fresh ? prunedText(dense, { headlines, junkBoxes: markJunkBoxes(fresh.documentElement as never), onDrop }) : '';
    const candidates: [string, ExtractedPage['method']][] = [
      [fromJsonLd.replace(/\r?\n\s*/g, '\n\n').trim(), 'json-ld'],
      [denseText, 'densest-block'],
    ];
    for (const [candidate, candidateMethod] of candidates) {
      if (wordCount(candidate) > wordCount(text)) {
        text = candidate;
        method = candidateMethod;
      }
    }
    if (text.trim() === '' && fresh?.body) {
      text = blockText(fresh.body as unknown as DomNode);
      method = 'body';
    }
  }
  const title = metadata.title ?? parsed?.title ?? documentTitle ?? null;
  return {
    title: title?.trim() || null,
    text,
    published: metadata.published ? parseNewsDate(metadata.published) : null,
    modified: metadata.modified ? parseNewsDate(metadata.modified) : null,
    author: metadata.author ?? cleanByline(parsed?.byline ?? null),
    outlet: metadata.outlet,
    lang: metadata.lang ? normaliseLangTag(metadata.lang) : null,
    url: metadata.canonicalUrl,
    method,
  };
}

/** "Av Eirik Nesheim · 13. mars 2024 kl. 09.30" → "Eirik Nesheim": the name, without the by-word and what follows a separator. */
export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  const name = byline
    .replace(/^\s*(?:by|af|av|von|de|door)\s+/i, '')
    .split(/\s*[·|•,–—]\s*|\s+\d/)[0]
    .trim();
  return name.length > 1 && name.length <= 80 ? name : null;
}

/** "nb-NO" → "nb", "no" → null (Bokmål or Nynorsk is for the language stage to decide). */
export function normaliseLangTag(tag: string): string | null {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'no' || primary === 'nor') return null;
  if (primary === 'nob') return 'nb';
  if (primary === 'nno') return 'nn';
  if (primary === 'dan') return 'da';
  if (primary === 'swe') return 'sv';
  if (primary === 'eng') return 'en';
  return primary;
}
