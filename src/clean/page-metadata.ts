// Article metadata from the page head, read before Readability rewrites the document: JSON-LD
// (NewsArticle and kin, also inside @graph), then OpenGraph / article:*, then plain <meta> and
// <link>, each field from the first source that has it.

export interface PageMetadata {
  title: string | null;
  published: string | null;
  modified: string | null;
  author: string | null;
  outlet: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  /** JSON-LD `articleBody`: a fallback body when the page's markup gives none. */
  articleBody: string | null;
}

type JsonRecord = Record<string, unknown>;

/** The page's <meta> contents by property, name or itemprop (first non-empty one wins), read in one pass. */
type MetaIndex = Map<string, string>;

function metaIndex(document: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const element of document.querySelectorAll('meta')) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute);
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function meta(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = index.get(key);
    if (content) return content;
  }
  return null;
}

/** The first NewsArticle-like object in the page's JSON-LD, if any. */
export function jsonLdArticle(document: Document): JsonRecord | null {
  // By tag, then type: linkedom's getElementsByTagName is a plain walk, a CSS selector is compiled and matched.
  for (const script of document.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the other metadata sources still apply.
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...(item as unknown[]));
      else if (item && typeof item === 'object') {
        const record = item as JsonRecord;
        const type = record['@type'];
        const types: unknown[] = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t))) return record;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return null;
}

const asText = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** A JSON-LD person/organisation field: a string, an object with `name`, or a list of either. */
function names(value: unknown): string | null {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const found = list.map((item) => asText(item) ?? (item && typeof item === 'object' ? asText((item as JsonRecord).name) : null)).filter((name): name is string => name !== null);
  return found.length > 0 ? found.join(', ') : null;
}

export function readPageMetadata(document: Document): PageMetadata {
  const ld = jsonLdArticle(document);
  const metas = metaIndex(document);
  const published =
    asText(ld?.datePublished) ??
    meta(metas, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const modified = asText(ld?.dateModified) ?? meta(metas, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified');
  const author = names(ld?.author) ?? meta(metas, 'author', 'article:author', 'byl', 'dc.creator');
  const lang = asText(ld?.inLanguage) ?? asText(document.documentElement?.getAttribute('lang')) ?? meta(metas, 'og:locale', 'language', 'content-language');
  const canonicalUrl = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(metas, 'og:url') || asText(ld?.url) || asText(ld?.mainEntityOfPage);
  const title = asText(ld?.headline) ?? meta(metas, 'og:title', 'twitter:title');
  const outlet = meta(metas, 'og:site_name', 'application-name') ?? names(ld?.publisher);
  return { title, published, modified, author, outlet, lang, canonicalUrl: canonicalUrl || null, articleBody: asText(ld?.articleBody) };
}
