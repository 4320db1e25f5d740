import { describe, expect, it } from 'vitest';
import { FetchError } from './errors.js';
import { parseFeedList } from './feed-list.js';
import { discoverFeeds, parseFeed } from './feeds.js';

const code = (fn: () => unknown): string => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return error instanceof FetchError ? error.code : 'other';
  }
};

describe('parseFeed', () => {
  it('reads RSS 2.0 links, resolving relative ones and decoding predefined entities', () => {
    const feed = parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>Nyt &amp; nævnt</title><language>da-DK</language>
      <item><title>Storm &amp; regn</title><link>/a/1</link><pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate></item>
      <item><title>Uden link</title><guid isPermaLink="true">https://x.dk/a/2</guid></item>
      <item><title>Ikke en side</title><guid isPermaLink="false">tag:x.dk,2024:3</guid></item></channel></rss>`, 'https://x.dk/rss');
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('Nyt & nævnt');
    expect(feed.entries.map((e) => e.url)).toEqual(['https://x.dk/a/1', 'https://x.dk/a/2']);
    expect(feed.entries[0]).toMatchObject({ title: 'Storm & regn', lang: 'da-DK', published: '2024-03-12T08:00:00Z' });
  });

  it('does not expand DOCTYPE entities (billion laughs) and refuses external ones', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
      <rss version="2.0"><channel><title>&lol2;</title><item><link>https://x.dk/a</link></item></channel></rss>`;
    const feed = parseFeed(laughs, 'https://x.dk/rss');
    expect(feed.title).toBe('&lol2;');
    expect(feed.entries).toHaveLength(1);
    const external = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]><rss><channel><title>&ext;</title></channel></rss>`;
    expect(code(() => parseFeed(external, 'https://x.dk/rss'))).toBe('E_FEED_MALFORMED');
  });

  it('reads Atom alternate links and news sitemaps', () => {
    const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv"><title>T</title><entry><title>A</title>
      <link rel="self" href="https://y.se/self"/><link rel="alternate" href="https://y.se/a"/><published>2024-03-12T08:00:00Z</published></entry></feed>`, 'https://y.se/atom');
    expect(atom.entries).toEqual([{ url: 'https://y.se/a', title: 'A', published: '2024-03-12T08:00:00Z', lang: 'sv', author: null, modified: null }]);
    const sitemap = parseFeed(`<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://z.no/a</loc><news:news>
      <news:publication><news:name>Z</news:name><news:language>nb</news:language></news:publication><news:publication_date>2024-03-12</news:publication_date>
      <news:title>Tittel</news:title></news:news></url></urlset>`, 'https://z.no/sitemap.xml');
    expect(sitemap.entries).toEqual([{ url: 'https://z.no/a', title: 'Tittel', published: '2024-03-12', lang: 'nb', author: null, modified: null }]);
  });

  it('reads item authors and update times: dc:creator, RSS author e-mail with name, Atom authors and updated', () => {
    const rss = parseFeed(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>
      <item><link>https://x.dk/1</link><dc:creator>Mette Holm</dc:creator></item>
      <item><link>https://x.dk/2</link><author>desk@x.dk (Jens Lund)</author></item>
      <item><link>https://x.dk/3</link><author>desk@x.dk</author></item></channel></rss>`, 'https://x.dk/rss');
    expect(rss.entries.map((entry) => entry.author)).toEqual(['Mette Holm', 'Jens Lund', null]);
    const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><author><name>Redaktionen</name></author>
      <entry><link href="https://y.se/a"/><author><name>Anna Berg</name></author><author><name>Erik Lind</name></author>
        <published>2024-03-12T08:00:00Z</published><updated>2024-03-12T10:30:00Z</updated></entry>
      <entry><link href="https://y.se/b"/><updated>2024-03-13T09:00:00Z</updated></entry></feed>`, 'https://y.se/atom');
    expect(atom.entries.map(({ author, modified }) => ({ author, modified }))).toEqual([
      { author: 'Anna Berg, Erik Lind', modified: '2024-03-12T10:30:00Z' },
      { author: 'Redaktionen', modified: '2024-03-13T09:00:00Z' },
    ]);
  });

  it('tells malformed XML and HTML pages apart from feeds', () => {
    expect(code(() => parseFeed('<rss><channel><item></channel></rss>', 'https://x.dk/rss'))).toBe('E_FEED_MALFORMED');
    expect(code(() => parseFeed('<!DOCTYPE html><html><body>hi</body></html>', 'https://x.dk/rss'))).toBe('E_FEED_NOT_FEED');
    expect(code(() => parseFeed('<?xml version="1.0"?><svg></svg>', 'https://x.dk/rss'))).toBe('E_FEED_NOT_FEED');
  });

  it('discovers feeds announced by an HTML page', () => {
    const html = '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"><link rel="alternate" hreflang="sv" href="/sv"></head></html>';
    expect(discoverFeeds(html, 'https://x.dk/')).toEqual(['https://x.dk/rss.xml']);
  });
});

describe('parseFeedList', () => {
  it('reads URL, optional outlet and language per line, skipping comments and reporting bad lines', () => {
    const { feeds, problems } = parseFeedList('# feeds\nhttps://dr.dk/rss DR Nyheder da\n\nhttps://nrk.no/rss nb\nhttps://svt.se/rss SVT\nftp://x/y\n');
    expect(feeds).toEqual([
      { url: 'https://dr.dk/rss', outlet: 'DR Nyheder', lang: 'da' },
      { url: 'https://nrk.no/rss', outlet: null, lang: 'nb' },
      { url: 'https://svt.se/rss', outlet: 'SVT', lang: null },
    ]);
    expect(problems).toEqual([{ line: 6, message: 'not an http(s) URL: ftp://x/y' }]);
  });

  it('imports OPML, nested outlines included', () => {
    const { feeds } = parseFeedList(`<?xml version="1.0"?><opml version="2.0"><body><outline text="Nordic">
      <outline text="DR &amp; co" type="rss" xmlUrl="https://dr.dk/rss" language="da"/><outline text="SVT" xmlUrl="https://svt.se/rss"/></outline></body></opml>`);
    expect(feeds).toEqual([
      { url: 'https://dr.dk/rss', outlet: 'DR & co', lang: 'da' },
      { url: 'https://svt.se/rss', outlet: 'SVT', lang: null },
    ]);
  });
});
