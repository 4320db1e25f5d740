import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { markJunkBoxes, pruneArticleNode } from './article-body.js';
import { blockText, extractHtml } from './html.js';

const prose = Array.from({ length: 8 }, (_, i) => `<p>Afsnit ${i + 1}: Stormen ramte kysten i nat, og beredskabet evakuerede flere hundrede beboere fra de lavtliggende områder ved fjorden.</p>`).join('\n');

const pageWith = (body: string, title = 'Stormen ramte kysten'): string =>
  `<!doctype html><html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><nav><a href="/">Forside</a></nav>${body}</body></html>`;

describe('article body pruning', () => {
  it('drops a caption box even after Readability replaces the box by its only paragraph', () => {
    const { text } = extractHtml(pageWith(`<article>${prose.replace('</p>\n', '</p><div class="caption"><p>Beboere ved fjorden i nat. Foto: Lars Berg</p></div>\n')}</article>`));
    expect(text).toContain('Afsnit 8');
    expect(text).not.toContain('Beboere ved fjorden');
  });

  it('reads camelCase class names as words ("newsCaption") but not a link’s class', () => {
    const html = pageWith(`<article>${prose}<span class="newsCaption">Kysten set fra luften efter stormen</span><p>Det blev en lang nat for <a class="textTag" href="/tag/beredskab">beredskabet i kommunen</a> og for frivillige.</p></article>`);
    const { text } = extractHtml(html);
    expect(text).not.toContain('Kysten set fra luften');
    expect(text).toContain('beredskabet i kommunen');
  });

  it('keeps an article container whose classes name its tags (WordPress "tag-storm")', () => {
    const { text, method } = extractHtml(pageWith(`<article class="post type-post tag-storm category-news"><div class="entry-content">${prose}</div></article>`));
    expect(method).toBe('readability');
    expect(text).toContain('Afsnit 1');
    expect(text).toContain('Afsnit 8');
  });

  it('drops teaser cards whose heading links elsewhere, and the headline repeated in the body', () => {
    const teasers = ['Vejret i weekenden bliver mildere end ventet', 'Færgerne sejler igen efter stormen i nat']
      .map((headline, i) => `<article><h3><a href="/t${i}">${headline}</a></h3><p>Kort tekst om en anden sag, som læserne også har fulgt i dag.</p></article>`)
      .join('');
    const { text } = extractHtml(pageWith(`<main><h2>Stormen ramte kysten</h2>${prose}<section>${teasers}</section></main>`));
    expect(text).toContain('Afsnit 8');
    expect(text).not.toContain('Vejret i weekenden');
    expect(text).not.toContain('Kort tekst om en anden sag');
    expect(text.startsWith('Stormen ramte kysten')).toBe(false);
  });

  it('keeps a linked heading that has no card around it (a product heading in a gift guide)', () => {
    const { document } = parseHTML(`<div id="root">${prose}<h3><a href="https://shop.example/lampe">Batteridrevet lampe til stormnætter</a></h3>${prose}</div>`);
    const root = document.getElementById('root') as never;
    pruneArticleNode(root, { junkBoxes: markJunkBoxes(document.documentElement as never) });
    expect(blockText(root)).toContain('Batteridrevet lampe til stormnætter');
  });
});
