import { describe, expect, it } from 'vitest';
import { cleanByline, extractHtml } from './html.js';
import { cleanArticle } from './index.js';

const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Afsnit ${i + 1}: Regeringen og støttepartierne blev i nat enige om en ny klimaaftale, der skal halvere udledningerne fra landbruget inden 2030.</p>`).join('\n');

const page = `<!doctype html><html lang="da-DK"><head><title>Klimaaftale | Avisen</title>
<link rel="canonical" href="https://avisen.dk/klima/aftale">
<meta property="og:site_name" content="Avisen">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Avisen"},
 {"@type":"NewsArticle","headline":"Ny klimaaftale på plads","datePublished":"2024-03-12T07:02:00+01:00","dateModified":"2024-03-12T09:30:00+01:00",
  "author":[{"@type":"Person","name":"Mette Holm"},{"@type":"Person","name":"Jens Lund"}]}]}</script></head>
<body><nav><a href="/">Forside</a> <a href="/indland">Indland</a></nav>
<article><h1>Ny klimaaftale på plads</h1><div class="byline">Af Mette Holm</div>
<figure><img src="x.jpg"><figcaption>Ministeren ved pressemødet. Foto: Ritzau Scanpix</figcaption></figure>
${paragraphs}
<h2>Læs også</h2>
<div class="related-articles"><ul><li><a href="/a">Landbruget protesterer mod aftalen om klimaet i dag</a></li><li><a href="/b">Sådan stemte partierne om klimaloven i Folketinget</a></li></ul></div>
<p>Tilmeld dig vores nyhedsbrev og få nyheder hver morgen.</p>
</article><footer>© Avisen 2024</footer></body></html>`;

describe('extractHtml', () => {
  it('reads metadata from JSON-LD, OpenGraph and <link>', () => {
    const extracted = extractHtml(page);
    expect(extracted).toMatchObject({
      title: 'Ny klimaaftale på plads',
      outlet: 'Avisen',
      lang: 'da',
      url: 'https://avisen.dk/klima/aftale',
      author: 'Mette Holm, Jens Lund',
      method: 'readability',
    });
    expect(extracted.published).toMatch(/^2024-03-12/);
    expect(extracted.modified).toMatch(/^2024-03-12/);
  });

  it('keeps the article paragraphs and drops captions, related links, label headings and newsletter boxes', () => {
    const { text } = extractHtml(page);
    expect(text).toContain('Afsnit 1: Regeringen');
    expect(text).toContain('Afsnit 8: Regeringen');
    for (const junk of ['Ministeren ved pressemødet', 'Landbruget protesterer', 'Læs også', 'nyhedsbrev', 'Forside']) expect(text).not.toContain(junk);
  });

  it('falls back to JSON-LD articleBody when the markup has no article text', () => {
    const body = 'Stormen Ingunn ramte Trøndelag i nat. '.repeat(20);
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm","articleBody":"${body}"}</script></head><body><div id="app"></div></body></html>`;
    const extracted = extractHtml(html);
    expect(extracted.method).toBe('json-ld');
    expect(extracted.text).toContain('Stormen Ingunn ramte Trøndelag');
  });

  it('carries author and modified time into the article; a value the reader gave wins over the page', () => {
    const raw = { id: 'p', source: 'x.warc@0', outlet: null, title: null, published: null, lang: null, url: null, body: { kind: 'html' as const, html: page } };
    expect(cleanArticle(raw)).toMatchObject({ author: 'Mette Holm, Jens Lund', modified: '2024-03-12T09:30+01:00' });
    expect(cleanArticle({ ...raw, author: 'Redaktionen' })).toMatchObject({ author: 'Redaktionen', modified: '2024-03-12T09:30+01:00' });
  });

  it('cleans a Readability byline to the name', () => {
    expect(cleanByline('Av Eirik Nesheim · 13. mars 2024 kl. 09.30')).toBe('Eirik Nesheim');
    expect(cleanByline('By Jane Doe | Reuters')).toBe('Jane Doe');
    expect(cleanByline(null)).toBeNull();
  });
});
