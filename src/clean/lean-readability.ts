// Readability 0.6.0 over linkedom 0.18.14 (both pinned exactly in package.json) without the work
// whose result extraction never reads. Profiled on the 181 pages of the article-extraction
// benchmark (bench/fetch.ts), two costs were pure overhead:
//   - Readability serialises the whole <body> before its first attempt, to restore it for a retry
//     that 13 of 181 pages take, and serialises the article four times more for log lines that are
//     dropped unread (`this.log("..." + articleContent.innerHTML)` builds the string anyway);
//   - it rewrites every link and image URL to an absolute one; we keep only text.
// (Skipping linkedom's per-node event-listener registry, a WeakMap entry and a Map per node, was
// tried too: garbage collection halved, but a plain-function base constructor made every node
// slower to build, and the whole was slower.)
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * Stands in for the <body> markup Readability keeps for its retry: the page is rebuilt from the
 * source on the rare retry instead of being serialised on every page.
 */
class BodySnapshot {
  constructor(readonly rebuild: (page: Element) => void) {}
  /** What the dropped log lines concatenate. */
  toString(): string {
    return '';
  }
}

/** The rebuild of the page being parsed, set while `leanReadabilityParse` runs. */
let rebuildBody: ((page: Element) => void) | null = null;

function installLinkedomHook(): void {
  const { document } = parseHTML('<html><body><div></div></body></html>') as unknown as { document: Document };
  const element = document.querySelector('div');
  if (!element) throw new Error('linkedom: no element in a one-element page');
  let owner: object | null = element;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'innerHTML')) owner = Object.getPrototypeOf(owner) as object | null;
  const innerHtml = owner ? Object.getOwnPropertyDescriptor(owner, 'innerHTML') : undefined;
  if (!owner || !innerHtml?.get || !innerHtml.set) throw new Error('linkedom: no innerHTML accessor');
  const { get, set } = innerHtml;
  Object.defineProperty(owner, 'innerHTML', {
    ...innerHtml,
    // Readability reads innerHTML for real only from <object> and <noscript>; from <body> (the
    // retry snapshot) and <div> (its article, for log lines) a snapshot stands in.
    get(this: Element) {
      if (rebuildBody && (this.tagName === 'BODY' || this.tagName === 'DIV')) return new BodySnapshot(rebuildBody);
      return get.call(this) as string;
    },
    set(this: Element, value: unknown) {
      if (value instanceof BodySnapshot) value.rebuild(this);
      else set.call(this, value);
    },
  });
}

installLinkedomHook();

/** The part of Readability's result extraction reads. */
export interface LeanArticle {
  title: string | null | undefined;
  byline: string | null | undefined;
  /** The article node (Readability's `content` with a node serializer). */
  content: Element;
}

interface ReadabilityInternals {
  _fixRelativeUris(node: Element): void;
  _unwrapNoscriptImages(document: Document): void;
  _removeScripts(document: Document): void;
  _prepDocument(): void;
}

/** A document as Readability's `_grabArticle` first sees it: noscript images unwrapped, scripts removed, <br> runs turned into paragraphs. */
function preparedForReadability(document: Document): Document {
  const steps = new Readability(document) as unknown as ReadabilityInternals;
  steps._unwrapNoscriptImages(document);
  steps._removeScripts(document);
  steps._prepDocument();
  return document;
}

/**
 * Readability's `parse()` with `keepClasses` on `document` (which it rewrites).
 * `reparse` yields the same document afresh: a retry rebuilds the body from it.
 */
export function leanReadabilityParse(document: Document, reparse: () => Document): LeanArticle | null {
  const reader = new Readability<Element>(document, { keepClasses: true, serializer: (node) => node as Element });
  (reader as unknown as ReadabilityInternals)._fixRelativeUris = () => undefined;
  rebuildBody = (page) => {
    const fresh = preparedForReadability(reparse());
    page.replaceChildren();
    // Adopted, not copied: linkedom moves nodes between documents without re-parsing them.
    for (let child = fresh.body.firstChild; child; child = fresh.body.firstChild) page.appendChild(child);
  };
  try {
    const parsed = reader.parse();
    return parsed ? { title: parsed.title, byline: parsed.byline, content: parsed.content as unknown as Element } : null;
  } finally {
    rebuildBody = null;
  }
}
