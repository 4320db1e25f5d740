// Feeds to article links: RSS 2.0 (and RSS 1.0), Atom 1.0, sitemaps with <news:news> and sitemap
// indexes, parsed by fast-xml-parser with entity processing off (no DOCTYPE expansion, no
// external entities: a billion-laughs feed is just text). An HTML page instead of a feed is told
// apart, and its <link rel="alternate"> feeds are offered for discovery.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { FetchError } from './errors.js';

export type FeedKind = 'rss' | 'atom' | 'sitemap' | 'sitemap-index';

export interface FeedEntry {
  url: string;
  title: string | null;
  published: string | null;
  lang: string | null;
}

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  lang: string | null;
  /** Article links; for a sitemap index, the child sitemaps. */
  entries: FeedEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined XML entities and character references; nothing a DOCTYPE declares. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), whole);
    return PREDEFINED[name.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

type XmlNode = Record<string, unknown>;

const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** Text of an element that may be a string, an object with #text, or CDATA. */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return decodeXmlText(String(value)).trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as XmlNode)['#text']);
  return null;
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function atomLink(entry: XmlNode): string | null {
  const links = list(entry.link) as XmlNode[];
  const alternate = links.find((link) => typeof link === 'object' && (link['@_rel'] === undefined || link['@_rel'] === 'alternate')) ?? links[0];
  if (!alternate) return null;
  return typeof alternate === 'object' ? text(alternate['@_href']) : text(alternate);
}

/** A feed's article links, or a FetchError saying why the body is not a feed. */
export function parseFeed(body: string, feedUrl: string): ParsedFeed {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (/^(<!doctype html|<html)/i.test(trimmed)) throw new FetchError('E_FEED_NOT_FEED', feedUrl, 'got an HTML page, not a feed');
  const valid = XMLValidator.validate(trimmed);
  if (valid !== true) throw new FetchError('E_FEED_MALFORMED', feedUrl, `malformed XML at line ${valid.err.line}: ${valid.err.msg}`);
  let root: XmlNode;
  try {
    root = parser.parse(trimmed) as XmlNode;
  } catch (error) {
    // fast-xml-parser refuses external entities outright; that is a feed we will not read.
    throw new FetchError('E_FEED_MALFORMED', feedUrl, `unreadable XML: ${(error as Error).message}`);
  }
  const entries: FeedEntry[] = [];
  const push = (link: string | null, title: string | null, published: string | null, lang: string | null): void => {
    const url = absolute(link, feedUrl);
    if (url) entries.push({ url, title, published, lang });
  };
  if (root.rss || root.RDF) {
    const channel = (root.rss ? (root.rss as XmlNode).channel : (root.RDF as XmlNode).channel) as XmlNode | undefined;
    const items = list(root.rss ? channel?.item : (root.RDF as XmlNode).item) as XmlNode[];
    const lang = text(channel?.language);
    for (const item of items) push(text(item.link) ?? (isPermalink(item.guid) ? text(item.guid) : null), text(item.title), text(item.pubDate) ?? text(item.date), lang);
    return { kind: 'rss', title: text(channel?.title), lang, entries };
  }
  if (root.feed) {
    const feed = root.feed as XmlNode;
    const lang = text(feed['@_lang']);
    for (const entry of list(feed.entry) as XmlNode[]) push(atomLink(entry), text(entry.title), text(entry.published) ?? text(entry.updated), text(entry['@_lang']) ?? lang);
    return { kind: 'atom', title: text(feed.title), lang, entries };
  }
  if (root.urlset) {
    for (const url of list((root.urlset as XmlNode).url) as XmlNode[]) {
      const news = (list(url.news)[0] ?? {}) as XmlNode;
      const publication = (list(news.publication)[0] ?? {}) as XmlNode;
      push(text(url.loc), text(news.title), text(news.publication_date) ?? text(url.lastmod), text(publication.language));
    }
    return { kind: 'sitemap', title: null, lang: null, entries };
  }
  if (root.sitemapindex) {
    for (const sitemap of list((root.sitemapindex as XmlNode).sitemap) as XmlNode[]) push(text(sitemap.loc), null, text(sitemap.lastmod), null);
    return { kind: 'sitemap-index', title: null, lang: null, entries };
  }
  if (root.html) throw new FetchError('E_FEED_NOT_FEED', feedUrl, 'got an HTML page, not a feed');
  throw new FetchError('E_FEED_NOT_FEED', feedUrl, `root element <${Object.keys(root).find((k) => !k.startsWith('?')) ?? '?'}> is not RSS, Atom or a sitemap`);
}

function isPermalink(guid: unknown): boolean {
  return typeof guid !== 'object' || guid === null || (guid as XmlNode)['@_isPermaLink'] !== 'false';
}

/** Feeds an HTML page announces with <link rel="alternate" type="application/rss+xml|atom+xml">. */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const found: string[] = [];
  for (const link of document.querySelectorAll('link[rel~="alternate"]')) {
    const type = (link.getAttribute('type') ?? '').toLowerCase();
    if (!/application\/(rss|atom)\+xml|application\/xml|text\/xml/.test(type)) continue;
    const url = absolute(link.getAttribute('href'), pageUrl);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}
