// HTML page in, article out: Mozilla Readability finds the main content over a linkedom DOM;
// metadata (title, published time, outlet, language, canonical URL) comes from JSON-LD, OpenGraph
// and <meta>, read before Readability rewrites the document.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseNewsDate } from './dates.js';

export interface ExtractedPage {
  title: string | null;
  /** Body as paragraphs separated by blank lines. */
  text: string;
  published: string | null;
  outlet: string | null;
  lang: string | null;
  url: string | null;
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
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  inLanguage?: string;
  publisher?: { name?: string };
  url?: string;
}

/** The first NewsArticle-like object in the page's JSON-LD, if any. */
function jsonLdArticle(document: Document): JsonLdArticle | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the other metadata sources still apply.
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const type = record['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t))) return record as JsonLdArticle;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return null;
}

export function extractHtml(html: string): ExtractedPage {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const ld = jsonLdArticle(document);
  const publishedRaw =
    ld?.datePublished ??
    meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const lang = (ld?.inLanguage ?? document.documentElement?.getAttribute('lang') ?? meta(document, 'og:locale', 'language'))?.trim() || null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url') ?? ld?.url ?? null;
  const headTitle = ld?.headline ?? meta(document, 'og:title', 'twitter:title') ?? null;
  const outlet = meta(document, 'og:site_name', 'application-name') ?? ld?.publisher?.name ?? null;

  const reader = new Readability<DomNode>(document, { serializer: (node) => node as unknown as DomNode });
  const parsed = reader.parse();
  const text = parsed?.content ? blockText(parsed.content) : blockText(document.body as unknown as DomNode);
  const title = headTitle ?? parsed?.title ?? document.title ?? null;
  return {
    title: title?.trim() || null,
    text,
    published: publishedRaw ? parseNewsDate(publishedRaw) : null,
    outlet: outlet?.trim() || null,
    lang: lang ? normaliseLangTag(lang) : null,
    url: canonical,
  };
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
