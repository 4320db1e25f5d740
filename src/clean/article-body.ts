// Post-processing of Readability's main-content node, in the spirit of trafilatura: drop what
// readers of the article body never count as the article (headings, captions, credits, related
// links, newsletter boxes, link lists, bylines and date lines), judged on the benchmark in
// `tidende eval extract`.

interface ElementLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<ElementLike>;
  parentNode: ElementLike | null;
  getAttribute?(name: string): string | null;
  querySelectorAll?(selector: string): ArrayLike<ElementLike>;
  remove?(): void;
}

/** Elements that are never article prose: headings (the gold standard never counts them), media and furniture. */
const DROPPED_ELEMENTS = 'figure, figcaption, picture, video, audio, iframe, aside, nav, form, button, noscript, svg, select, label';

const MIN_HEADING_WORDS = 4;

/** class/id words that mark boxes around the article rather than the article. */
const JUNK_CLASS =
  /(?:^|[-_\s])(?:related|newsletter|subscribe|subscription|signup|sign-up|promo|advert|advertisement|ads?|ad-slot|sponsor(?:ed)?|share|sharing|social|credits?|byline|author|dateline|timestamp|breadcrumbs?|tags?|comments?|recirc|more-stories|read-?more|outbrain|taboola|toolbar|disclaimer|copyright|inline-?cta|cta)(?:$|[-_\s])/i;

const linkTextLength = (element: ElementLike): number => {
  let length = 0;
  const links = element.querySelectorAll?.('a') ?? [];
  for (let i = 0; i < links.length; i++) length += (links[i].textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return length;
};

/** Remove non-article elements from Readability's content node, in place. */
export type DropListener = (reason: string, text: string) => void;

export function pruneArticleNode(root: ElementLike, onDrop?: DropListener): void {
  const dropped = root.querySelectorAll?.(DROPPED_ELEMENTS) ?? [];
  for (const element of Array.from(dropped)) {
    onDrop?.(`element ${element.nodeName}`, element.textContent ?? '');
    element.remove?.();
  }
  // Section headings: the gold standard keeps sentence-like headings (questions, claims) and
  // drops label-like ones ("Ingredients", "Related").
  for (const heading of Array.from(root.querySelectorAll?.('h1, h2, h3, h4, h5, h6') ?? [])) {
    const words = (heading.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
    if (words < MIN_HEADING_WORDS) {
      onDrop?.(`heading ${words}`, heading.textContent ?? '');
      heading.remove?.();
    }
  }
  const all = Array.from(root.querySelectorAll?.('[class], [id]') ?? []);
  for (const element of all) {
    if (!element.parentNode) continue;
    const marker = `${element.getAttribute?.('class') ?? ''} ${element.getAttribute?.('id') ?? ''}`;
    const junk = JUNK_CLASS.exec(marker);
    if (junk) {
      onDrop?.(`class ${junk[0].trim()}`, element.textContent ?? '');
      element.remove?.();
    }
  }
  // Link lists ("More stories", tag clouds): blocks whose text is mostly link text.
  for (const element of Array.from(root.querySelectorAll?.('p, li, ul, ol, div') ?? [])) {
    if (!element.parentNode) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0) continue;
    if (linkTextLength(element) / text.length > 0.6) {
      onDrop?.(`link density ${element.nodeName}`, text);
      element.remove?.();
    }
  }
}

/** Lines that are furniture even when they sit in the content node as plain paragraphs. */
const JUNK_PARAGRAPH = [
  /^(?:updated|posted|published|first published|last updated|modified|opdateret|publiceret|publisert|oppdatert|publicerad|uppdaterad)\b.{0,80}$/i,
  /^(?:read more|related|more:|see also|also on|also read|recommended|you may also like|subscribe|advert(?:isement)?|comments?|share this|skip to content|continue reading|læs også|les også|läs också|annonce|annonse|annons)\b.{0,100}$/i,
  /^(?:credit|photo|image|foto|bilde|bild)s?\s*[:.]/i,
  /^(?:©|\(c\)|copyright)\s/i,
  /^(?=.{0,300}$).*\((?:image|photo|picture|foto|bild|bilde|credit)s?:[^)]*\)\s*$/i,
  /^\(?(?:reporting by|additional reporting|editing by|writing by|with post wires)\b/i,
  /^(?=.{0,200}$).*\b(?:uses cookies|click here|this slideshow requires|share it with)/i,
  /^(?=.{0,220}$).*\b(?:newsletters?|nyhedsbrev|nyhetsbrev|subscribe to|follow (?:us|her|him|them) on|have a tip\?|want more stories)/i,
  /^(?:by|af|av)\s+[\p{Lu}][^.!?]{0,80}$/u,
  /^[^.!?]{0,60}\|\s*(?:getty|reuters|ap|afp|ritzau|ntb|tt|scanpix|bloomberg)\b[^.!?]*$/i,
];

/** Leading label lines (section names, bylines, "Review") above the body; trailing ones were as often article text. */
const LABEL_MAX_WORDS = 5;
const LABEL_MAX_CHARS = 48;
const isLabel = (paragraph: string): boolean =>
  paragraph.length <= LABEL_MAX_CHARS && paragraph.split(/\s+/).length <= LABEL_MAX_WORDS && !/[.!?:"”»。！？]$/.test(paragraph);

export function trimLabelLines(paragraphs: readonly string[], onDrop?: DropListener): string[] {
  let start = 0;
  const end = paragraphs.length;
  // Index updates stay outside the optional call: `onDrop?.(…)` skips evaluating its arguments.
  while (start < end && isLabel(paragraphs[start])) {
    onDrop?.('leading label', paragraphs[start]);
    start++;
  }
  return paragraphs.slice(start, end);
}

/** Drop furniture paragraphs (short lines that match known boilerplate). */
/** A listing page's teasers end in an ellipsis; two or more of them mean the paragraphs are excerpts of other articles. */
const TEASER_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/;
const MIN_TEASERS = 2;

export function dropJunkParagraphs(paragraphs: readonly string[], onDrop?: DropListener): string[] {
  const teasers = paragraphs.filter((paragraph) => paragraph.length > 120 && TEASER_END.test(paragraph)).length;
  return paragraphs.filter((paragraph) => {
    if (teasers >= MIN_TEASERS && paragraph.length > 120 && TEASER_END.test(paragraph)) {
      onDrop?.('teaser', paragraph);
      return false;
    }
    const pattern = JUNK_PARAGRAPH.find((candidate) => candidate.test(paragraph));
    if (pattern) onDrop?.(`paragraph ${pattern.source.slice(0, 24)}`, paragraph);
    return !pattern;
  });
}
