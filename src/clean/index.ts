// The clean stage: a raw article (text or HTML) becomes an Article with a cleaned body and the
// metadata found on the way. It runs before the component pipeline and cannot fail silently:
// an article with no text left is an input error.
import { newArticle, type Article, type RawArticle } from '../doc/model.js';
import { cleanText } from './clean-text.js';
import { extractHtml } from './html.js';

export { cleanText, type CleanedText } from './clean-text.js';
export { extractHtml, normaliseLangTag, blockText } from './html.js';
export { parseNewsDate } from './dates.js';

export class EmptyArticleError extends Error {
  readonly code = 'E_INPUT_EMPTY';
}

const MAX_TITLE_LENGTH = 200;

/** A plain-text file's headline: its first line, when a blank line follows and it is short. */
function splitHeadline(text: string): { title: string | null; body: string } {
  const match = /^([^\n]+)\n[ \t]*\n/.exec(text);
  if (!match) return { title: null, body: text };
  const line = match[1].trim();
  if (line.length > MAX_TITLE_LENGTH || /[.:;,]$/.test(line) && line.split(/\s+/).length > 16) return { title: null, body: text };
  return { title: line, body: text.slice(match[0].length).replace(/^\s+/, '') };
}

/** A full date in a file name ("dr-2024-03-12-storm.txt"): the last resort for `published`. */
function dateInSourceName(source: string): string | null {
  const name = source.split(/[\\/]/).pop() ?? '';
  const match = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(name);
  if (!match) return null;
  const [month, day] = [Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? match[0] : null;
}

export function cleanArticle(raw: RawArticle): Article {
  let source = raw.body.kind === 'text' ? raw.body.text : '';
  let title = raw.title;
  let published = raw.published;
  let outlet = raw.outlet;
  let lang = raw.lang;
  let url = raw.url;
  let author = raw.author ?? null;
  let modified = raw.modified ?? null;
  if (raw.body.kind === 'html') {
    const page = extractHtml(raw.body.html);
    source = page.text;
    title ??= page.title;
    published ??= page.published;
    author ??= page.author;
    modified ??= page.modified;
    outlet ??= page.outlet;
    lang ??= page.lang;
    url ??= page.url;
  }
  const cleaned = cleanText(source);
  let text = cleaned.text;
  if (title === null && raw.body.kind === 'text') {
    const split = splitHeadline(text);
    if (split.body.length > 0) {
      title = split.title;
      text = split.body;
    }
  }
  if (text.trim().length === 0) throw new EmptyArticleError('no article text left after cleaning');
  const article = newArticle({ ...raw, title, published: published ?? cleaned.published ?? dateInSourceName(raw.source), author, modified, outlet, lang, url }, text);
  article.credits = cleaned.credits;
  article.captions = cleaned.captions;
  return article;
}
