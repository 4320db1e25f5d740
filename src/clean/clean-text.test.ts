import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanText, parseNewsDate } from './index.js';

describe('cleanText', () => {
  it('turns metadata lines into the published date and drops them from the body', () => {
    const cleaned = cleanText('Publisert: 5. mai 2024 kl. 10.15\n\nRegjeringen la fram budsjettet.');
    expect(cleaned.published).toBe('2024-05-05T10:15');
    expect(cleaned.text).toBe('Regjeringen la fram budsjettet.');
  });

  it('reads a bare " date" line as in scraped dumps', () => {
    const cleaned = cleanText(' date 2022-01\nFolketinget vedtog loven i går.');
    expect(cleaned.published).toBe('2022-01');
    expect(cleaned.text).toBe('Folketinget vedtog loven i går.');
  });

  it('prefers the publication date over an update date whatever their order', () => {
    const cleaned = cleanText('Opdateret 13. marts 2024 kl. 09.00\nPubliceret 12. marts 2024, kl. 08.41\n\nTekst her.');
    expect(cleaned.published).toBe('2024-03-12T08:41');
  });

  it('keeps photo captions printed twice out of the body, once in captions', () => {
    const input = [
      'Stormen ramte Esbjerg i nat.',
      'Redningsfolk i Esbjerg. Foto: Jens Olsen Vis mere',
      'Mindst tre er omkommet.',
      'Redningsfolk i Esbjerg. Foto: Jens Olsen Vis mere',
      'Bild: Anna Berg/TT',
    ].join('\n');
    const cleaned = cleanText(input);
    expect(cleaned.text).toBe('Stormen ramte Esbjerg i nat.\nMindst tre er omkommet.');
    expect(cleaned.captions).toEqual(['Redningsfolk i Esbjerg. Foto: Jens Olsen', 'Bild: Anna Berg/TT']);
    expect(cleaned.text).not.toMatch(/Foto|Vis mere/);
  });

  it('removes navigation residue and cookie banners in every language', () => {
    const input = [
      'forrige',
      'neste',
      'Del artikel',
      'Annonse',
      'Læs også: Sådan forbereder du dig på stormen',
      'Les også: Slik ble natten',
      'Läs också: Färjan brann i sex timmar',
      'Vi bruger cookies til at forbedre din oplevelse. Accepter alle',
      'Politiet anholdt 1.347 personer.',
    ].join('\n');
    expect(cleanText(input).text).toBe('Politiet anholdt 1.347 personer.');
  });

  it('does not take body sentences for navigation', () => {
    const input = 'Neste uke kommer regjeringen med et forslag.\nDet er forrige ukes tall som teller.';
    expect(cleanText(input).text).toBe(input);
  });

  it('turns wire credit lines into credits, in order, and keeps inline credits in the text', () => {
    const cleaned = cleanText('STOCKHOLM (TT) Färjan brann i natt.\nMer text.\n/ritzau/\nNTB-AFP\n©Reuters');
    expect(cleaned.credits).toEqual(['TT', 'Ritzau', 'NTB', 'AFP', 'Reuters']);
    expect(cleaned.text).toBe('STOCKHOLM (TT) Färjan brann i natt.\nMer text.');
  });

  it('keeps the remaining lines byte for byte', () => {
    const body = '»Det er  alvorligt«, siger han.\u00a0Tallet er 4.712.\n\n– Vi ved det ikke, siger hun.';
    expect(cleanText(`${body}\nAnnonce`).text).toBe(body);
  });
});

describe('parseNewsDate', () => {
  it.each([
    ['5. mai 2024 kl. 10.15', '2024-05-05T10:15'],
    ['12. marts 2024, kl. 08.41', '2024-03-12T08:41'],
    ['2024-03-14 07:02', '2024-03-14T07:02'],
    ['2024-03-13T09:30:00+01:00', '2024-03-13T09:30+01:00'],
    ['March 3, 2024', '2024-03-03'],
    ['3 March 2024', '2024-03-03'],
    ['14. oktober 2023', '2023-10-14'],
    ['06.05.2024 kl. 12:00', '2024-05-06T12:00'],
    ['ingen dato her', null],
  ])('%s → %s', (text, iso) => {
    expect(parseNewsDate(text)).toBe(iso);
  });
});

describe('cleanArticle', () => {
  const raw = { id: 'a', source: 'a.txt', outlet: null, title: null, published: null, lang: null, url: null };

  it('takes the headline of a text file from its first line', () => {
    const article = cleanArticle({ ...raw, body: { kind: 'text', text: 'Storm rammer Jylland\n\nPubliceret 12. marts 2024\n\nStormen Helga har kostet liv.' } });
    expect(article.title).toBe('Storm rammer Jylland');
    expect(article.text).toBe('Stormen Helga har kostet liv.');
    expect(article.published).toBe('2024-03-12');
  });

  it('extracts an HTML page with its metadata', () => {
    const html = `<!doctype html><html lang="nb-NO"><head><title>Side</title>
      <meta property="og:site_name" content="Vestavisen"><meta property="og:title" content="Storm over Vestlandet">
      <meta property="article:published_time" content="2024-03-13T09:30:00+01:00"></head>
      <body><nav><a href="/">Forsiden</a> <a href="/sport">Sport</a></nav>
      <article><h1>Storm over Vestlandet</h1>
      <p>Stormen Helga har ført til at flere hundre mennesker er evakuert fra hjemmene sine i Bergen og omegn, opplyser politiet.</p>
      <p>– Situasjonen er svært alvorlig, sier beredskapsleder Kari Nordmann til avisen. Hun ber folk holde seg innendørs.</p>
      <p>Meteorologene venter at vinden vil avta utover kvelden, men varsler nye kraftige byger i morgen.</p></article>
      <footer>© Vestavisen</footer></body></html>`;
    const article = cleanArticle({ ...raw, source: 'a.html', body: { kind: 'html', html } });
    expect(article.title).toBe('Storm over Vestlandet');
    expect(article.outlet).toBe('Vestavisen');
    expect(article.published).toBe('2024-03-13T09:30+01:00');
    expect(article.lang).toBe('nb');
    expect(article.text).toContain('flere hundre mennesker er evakuert');
    expect(article.text).toContain('\n\n– Situasjonen er svært alvorlig');
    expect(article.text).not.toContain('Forsiden');
    expect(article.text).not.toContain('©');
  });

  it('fails on an article with no text left', () => {
    expect(() => cleanArticle({ ...raw, body: { kind: 'text', text: 'Annonse\nforrige\nneste' } })).toThrow(/no article text/);
  });
});
