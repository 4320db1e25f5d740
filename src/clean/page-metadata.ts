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

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** The first NewsArticle-like object in the page's JSON-LD, if any. */
export function jsonLdArticle(document: Document): JsonRecord | null {
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
  const published =
    asText(ld?.datePublished) ??
    meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const modified = asText(ld?.dateModified) ?? meta(document, 'article:modified_time', 'og:updated_time', 'dateModified', 'last-modified');
  const author = names(ld?.author) ?? meta(document, 'author', 'article:author', 'byl', 'dc.creator');
  const lang = asText(ld?.inLanguage) ?? asText(document.documentElement?.getAttribute('lang')) ?? meta(document, 'og:locale', 'language', 'content-language');
  const canonicalUrl = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(document, 'og:url') || asText(ld?.url) || asText(ld?.mainEntityOfPage);
  const title = asText(ld?.headline) ?? meta(document, 'og:title', 'twitter:title');
  const outlet = meta(document, 'og:site_name', 'application-name') ?? names(ld?.publisher);
  return { title, published, modified, author, outlet, lang, canonicalUrl: canonicalUrl || null, articleBody: asText(ld?.articleBody) };
}
