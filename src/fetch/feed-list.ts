// The list of feeds to watch: a text file, one feed per line as `URL [outlet name] [lang]`
// (blank lines and # comments skipped), or an OPML export from a feed reader.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXmlText } from './feeds.js';

export interface FeedSource {
  url: string;
  outlet: string | null;
  lang: string | null;
}

export interface FeedListProblem {
  line: number;
  message: string;
}

const LANG_TAG = /^[a-z]{2,3}(?:[-_][A-Za-z]{2})?$/;

function httpUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A feeds file or OPML document to feed sources, with a problem per unusable line. */
export function parseFeedList(text: string): { feeds: FeedSource[]; problems: FeedListProblem[] } {
  if (/^\s*(<\?xml[^>]*>\s*)?<opml[\s>]/i.test(text)) return parseOpml(text);
  const feeds: FeedSource[] = [];
  const problems: FeedListProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const [first, ...rest] = line.split(/\s+/);
    const url = httpUrl(first);
    if (!url) {
      problems.push({ line: i + 1, message: `not an http(s) URL: ${first}` });
      continue;
    }
    const lang = rest.length > 0 && LANG_TAG.test(rest[rest.length - 1]) ? (rest.pop() ?? null) : null;
    feeds.push({ url, outlet: rest.join(' ') || null, lang });
  }
  return { feeds, problems };
}

type Outline = Record<string, unknown>;

function parseOpml(text: string): { feeds: FeedSource[]; problems: FeedListProblem[] } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { feeds: [], problems: [{ line: valid.err.line, message: `malformed OPML: ${valid.err.msg}` }] };
  const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: false, isArray: (name) => name === 'outline' }).parse(text) as {
    opml?: { body?: { outline?: Outline[] } };
  };
  const feeds: FeedSource[] = [];
  const problems: FeedListProblem[] = [];
  const visit = (outlines: Outline[] | undefined): void => {
    for (const outline of outlines ?? []) {
      const xmlUrl = typeof outline.xmlUrl === 'string' ? decodeXmlText(outline.xmlUrl) : null;
      if (xmlUrl) {
        const url = httpUrl(xmlUrl);
        const title = outline.title ?? outline.text;
        const lang = outline.language ?? outline.lang;
        if (url) feeds.push({ url, outlet: typeof title === 'string' ? decodeXmlText(title) : null, lang: typeof lang === 'string' ? lang : null });
        else problems.push({ line: 0, message: `not an http(s) URL: ${xmlUrl}` });
      }
      visit(outline.outline as Outline[] | undefined);
    }
  };
  visit(root.opml?.body?.outline);
  return { feeds, problems };
}
