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
  /** Byline the feed gives the item (dc:creator, RSS author, Atom author names). */
  author: string | null;
  /** When the item was last changed (Atom updated, sitemap lastmod). */
  modified: string | null;
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

/**
 * A feed date as ISO 8601: RSS writes RFC 822 ("Tue, 12 Mar 2024 08:00:00 GMT"), which the report's
 * date fields do not accept; ISO dates (Atom, sitemaps) are kept as written; anything else is dropped.
 */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** RSS <author> is an e-mail address, often with the name in brackets: "desk@x.dk (Mette Holm)". */
function rssAuthor(value: string | null): string | null {
  if (!value) return null;
  const named = /\(([^)]+)\)\s*$/.exec(value);
  if (named) return named[1].trim() || null;
  return /^\S+@\S+$/.test(value) ? null : value;
}

/** Atom <author><name>, one or several. */
function atomAuthors(value: unknown): string | null {
  const names = list(value)
    .map((author) => (author && typeof author === 'object' ? text((author as XmlNode).name) : text(author)))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names.join(', ') : null;
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
  const push = (link: string | null, fields: Omit<FeedEntry, 'url' | 'author' | 'modified'> & Partial<Pick<FeedEntry, 'author' | 'modified'>>): void => {
    const url = absolute(link, feedUrl);
    if (url) entries.push({ url, ...fields, published: feedDate(fields.published), author: fields.author ?? null, modified: feedDate(fields.modified ?? null) });
  };
  if (root.rss || root.RDF) {
    const channel = (root.rss ? (root.rss as XmlNode).channel : (root.RDF as XmlNode).channel) as XmlNode | undefined;
    const items = list(root.rss ? channel?.item : (root.RDF as XmlNode).item) as XmlNode[];
    const lang = text(channel?.language);
    for (const item of items) {
      push(text(item.link) ?? (isPermalink(item.guid) ? text(item.guid) : null), {
        title: text(item.title),
        published: text(item.pubDate) ?? text(item.date),
        lang,
        author: text(item.creator) ?? rssAuthor(text(item.author)),
        modified: text(item.updated) ?? text(item.modified),
      });
    }
    return { kind: 'rss', title: text(channel?.title), lang, entries };
  }
  if (root.feed) {
    const feed = root.feed as XmlNode;
    const lang = text(feed['@_lang']);
    const feedAuthor = atomAuthors(feed.author);
    for (const entry of list(feed.entry) as XmlNode[]) {
      push(atomLink(entry), {
        title: text(entry.title),
        published: text(entry.published) ?? text(entry.updated),
        lang: text(entry['@_lang']) ?? lang,
        author: atomAuthors(entry.author) ?? feedAuthor,
        modified: text(entry.updated),
      });
    }
    return { kind: 'atom', title: text(feed.title), lang, entries };
  }
  if (root.urlset) {
    for (const url of list((root.urlset as XmlNode).url) as XmlNode[]) {
      const news = (list(url.news)[0] ?? {}) as XmlNode;
      const publication = (list(news.publication)[0] ?? {}) as XmlNode;
      push(text(url.loc), { title: text(news.title), published: text(news.publication_date) ?? text(url.lastmod), lang: text(publication.language), modified: text(url.lastmod) });
    }
    return { kind: 'sitemap', title: null, lang: null, entries };
  }
  if (root.sitemapindex) {
    for (const sitemap of list((root.sitemapindex as XmlNode).sitemap) as XmlNode[]) push(text(sitemap.loc), { title: null, published: text(sitemap.lastmod), lang: null });
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
