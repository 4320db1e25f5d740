import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { leanReadabilityParse } from './lean-readability.js';

const parse = (html: string): Document => (parseHTML(html) as unknown as { document: Document }).document;

/** Plain Readability, as published: the lean parse must find the same article. */
function plainText(html: string): { title: string | null | undefined; text: string } | null {
  const parsed = new Readability<Element>(parse(html), { keepClasses: true, serializer: (node) => node as Element }).parse();
  return parsed ? { title: parsed.title, text: (parsed.content as unknown as Element).textContent ?? '' } : null;
}

function leanText(html: string): { title: string | null | undefined; text: string } | null {
  const parsed = leanReadabilityParse(parse(html), () => parse(html));
  return parsed ? { title: parsed.title, text: parsed.content.textContent ?? '' } : null;
}

const sentence = 'The council voted on Tuesday to close the old harbour bridge for repairs, which will take a year.';

describe('leanReadabilityParse', () => {
  it('finds the article plain Readability finds on a long page (no retry)', () => {
    const html = `<html><head><title>Bridge closes</title></head><body><nav class="menu"><a href="/">Home</a></nav>
      <article><h1>Bridge closes</h1>${Array.from({ length: 8 }, () => `<p>${sentence}</p>`).join('')}</article>
      <footer class="footer">Contact <a href="/c">us</a></footer></body></html>`;
    const lean = leanText(html);
    expect(lean?.text).toContain('harbour bridge');
    expect(lean).toEqual(plainText(html));
  });

  it('rebuilds the page for its retries and finds the same short article', () => {
    // Under Readability's 500 characters: it retries with its flags off, restoring the body each time.
    const html = `<html><head><title>Short</title></head><body><div class="sidebar comment">Reader comment: ${sentence}</div>
      <div class="story"><p>${sentence}</p><p>Traffic goes round by the ring road.<br><br>Buses keep their routes.</p></div></body></html>`;
    const lean = leanText(html);
    expect(lean?.text).toContain('ring road');
    expect(lean).toEqual(plainText(html));
  });

  it('leaves innerHTML as linkedom publishes it outside a parse', () => {
    const document = parse('<html><body><div><p>One <b>two</b></p></div></body></html>');
    const div = document.querySelector('div');
    expect(div?.innerHTML).toBe('<p>One <b>two</b></p>');
    if (div) div.innerHTML = '<p>Three</p>';
    expect(document.body.innerHTML).toBe('<div><p>Three</p></div>');
  });
});
