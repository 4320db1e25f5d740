// Atom 1.0 documents (RFC 4287), so a story, a search or an entity can be followed in any feed
// reader. Every text is escaped; nothing from an article is ever written as markup.

export interface AtomEntry {
  id: string;
  title: string;
  /** ISO time of the entry's latest change. */
  updated: string;
  link: string;
  summary?: string;
  author?: string | null;
}

export interface AtomFeed {
  /** A stable URI for the feed itself. */
  id: string;
  title: string;
  /** Absolute URL of the feed document and of the page it mirrors. */
  self: string;
  alternate: string;
  entries: AtomEntry[];
}

// XML 1.0 forbids most control characters even when escaped; articles can carry them.
// eslint-disable-next-line no-control-regex -- the point is to match control characters
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), '1970-01-01T00:00:00.000Z');
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title type="text">${escapeXml(e.title)}</title>
    <updated>${escapeXml(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    <author><name>${escapeXml(e.author ?? 'Tidende')}</name></author>${e.summary ? `\n    <summary type="text">${escapeXml(e.summary)}</summary>` : ''}
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(feed.id)}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
  <generator>Tidende</generator>
${entries.join('\n')}
</feed>
`;
}

/** An ISO time for a possibly partial date ("2024-03"), for Atom's required `updated`. */
export function atomTime(value: string | null, fallback: string): string {
  if (value === null) return fallback;
  const time = Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}
