// Post-processing of Readability's main-content node, in the spirit of trafilatura: drop what
// readers of the article body never count as the article (headings, captions, credits, related
// links, newsletter boxes, link lists, bylines and date lines), judged on the benchmark in
// `tidende eval extract`.

interface ElementLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<ElementLike>;
  firstChild: ElementLike | null;
  nextSibling: ElementLike | null;
  parentNode: ElementLike | null;
  getAttribute?(name: string): string | null;
  querySelectorAll?(selector: string): ArrayLike<ElementLike>;
  remove?(): void;
}

/** Elements that are never article prose: headings (the gold standard never counts them), media and furniture. */
const DROPPED_ELEMENTS = 'figure, figcaption, picture, video, audio, iframe, aside, nav, form, button, noscript, svg, select, label';

const MIN_HEADING_WORDS = 4;

/**
 * class/id words (regex fragments) that mark boxes around the article rather than the article:
 * related and recommended links, newsletter and subscription boxes, ads, share bars, bylines and
 * date lines, tags, comments, captions and credits, side rails, print-only headers.
 */
const JUNK_CLASS_WORDS = [
  'related', 'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'promo', 'advert', 'advertisement', 'ads?', 'ad-slot',
  'sponsor(?:ed)?', 'share', 'sharing', 'social', 'credits?', 'byline', 'author', 'dateline', 'timestamp', 'breadcrumbs?', 'tags?',
  'comments?', 'recirc', 'more-stories', 'read-?more', 'outbrain', 'taboola', 'toolbar', 'disclaimer', 'copyright', 'inline-?cta',
  'cta', 'captions?', 'trending', 'rail', 'print',
] as const;
const JUNK_CLASS = new RegExp(`(?:^|[-_\\s])(?:${JUNK_CLASS_WORDS.join('|')})(?:$|[-_\\s])`, 'i');
/** The same words anywhere, boundaries aside: a cheap prefilter, as most class names hold none. */
const JUNK_WORD = new RegExp(JUNK_CLASS_WORDS.join('|'), 'i');

const MAX_JUNK_SHARE = 0.5;

const textLength = (element: ElementLike): number => (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;

const linkTextLength = (element: ElementLike): number => {
  let length = 0;
  const links = element.querySelectorAll?.('a') ?? [];
  for (let i = 0; i < links.length; i++) length += (links[i].textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return length;
};

const TEASER_LINK_SHARE = 0.8;
const CARD_TAGS = new Set(['ARTICLE', 'LI']);

/**
 * The card holding a teaser's heading: its nearest <article> or <li> below the root, when that is
 * not most of the text. A linked heading on its own stays (gift guides link each product's heading).
 */
function teaserCard(root: ElementLike, heading: ElementLike, rootLength: number): ElementLike | null {
  for (let node = heading.parentNode; node && node !== root; node = node.parentNode) {
    if (CARD_TAGS.has(node.nodeName.toUpperCase())) return textLength(node) <= MAX_JUNK_SHARE * rootLength ? node : null;
  }
  return null;
}

export type DropListener = (reason: string, text: string) => void;

/**
 * Text nodes of the page that sit inside a box marked by class or id as furniture, each with the
 * boxes it sits in. Marked on the page as published, because Readability strips class names and
 * replaces a <div class="caption"> holding one <p> by that <p>; text nodes survive its rewriting.
 */
export interface JunkBoxes {
  boxOf: Map<ElementLike, number[]>;
  /** Per box, its class/id word that matched (for the drop log). */
  marker: string[];
}

function junkMarker(element: ElementLike): string | null {
  // A link's class names its target ("textTag" links a tag page from running prose), not a box.
  if (element.nodeName === 'A' || element.nodeName === 'a') return null;
  const raw = `${element.getAttribute?.('class') ?? ''} ${element.getAttribute?.('id') ?? ''}`;
  // Most class names hold none of the words at all: a cheap test first (this runs on every element).
  if (!JUNK_WORD.test(raw)) return null;
  // camelCase names ("newsCaption", "relatedArticles") split into words like kebab-case ones.
  const junk = JUNK_CLASS.exec(raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2'));
  return junk ? junk[0].replace(/^[-_\s]+|[-_\s]+$/g, '') : null;
}

/** Mark the text of every class/id-marked furniture box in a page (call before Readability). */
export function markJunkBoxes(root: ElementLike): JunkBoxes {
  const boxes: JunkBoxes = { boxOf: new Map(), marker: [] };
  const walk = (node: ElementLike, open: number[]): void => {
    if (node.nodeType === 3) {
      if (open.length > 0) boxes.boxOf.set(node, open);
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'HEAD') return;
    let inside = open;
    const marker = junkMarker(node);
    if (marker !== null) {
      inside = [...open, boxes.marker.length];
      boxes.marker.push(marker);
    }
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inside);
  };
  walk(root, []);
  return boxes;
}

/**
 * Remove from the content the text of marked boxes. A box around the article is never most of
 * it: WordPress marks the article container itself with its tags ("tag-reviews").
 */
function dropJunkBoxText(root: ElementLike, junkBoxes: JunkBoxes, onDrop?: DropListener): void {
  const textNodes: { node: ElementLike; boxes: number[]; length: number }[] = [];
  let rootLength = 0;
  const walk = (node: ElementLike): void => {
    if (node.nodeType === 3) {
      const length = (node.textContent ?? '').trim().length;
      rootLength += length;
      const boxes = junkBoxes.boxOf.get(node);
      if (boxes && length > 0) textNodes.push({ node, boxes, length });
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  const boxLength = new Map<number, number>();
  for (const { boxes, length } of textNodes) for (const box of boxes) boxLength.set(box, (boxLength.get(box) ?? 0) + length);
  const dropped = new Map<number, string[]>();
  for (const { node, boxes } of textNodes) {
    const box = boxes.find((candidate) => (boxLength.get(candidate) ?? 0) <= MAX_JUNK_SHARE * rootLength);
    if (box === undefined) continue;
    if (onDrop) dropped.set(box, (dropped.get(box) ?? []).concat(node.textContent ?? ''));
    node.remove?.();
  }
  for (const [box, texts] of dropped) onDrop?.(`class ${junkBoxes.marker[box]}`, texts.join(' '));
}

const foldedText = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

export interface PruneOptions {
  /** The page's headline(s): a heading repeating one is the title, not body. */
  headlines?: readonly string[];
  /** Boxes marked on the page before Readability rewrote it (markJunkBoxes). */
  junkBoxes?: JunkBoxes;
  onDrop?: DropListener;
}

/** Remove non-article elements from Readability's content node (or a fallback container), in place. */
export function pruneArticleNode(root: ElementLike, options: PruneOptions = {}): void {
  const { headlines = [], junkBoxes, onDrop } = options;
  const dropped = root.querySelectorAll?.(DROPPED_ELEMENTS) ?? [];
  for (const element of Array.from(dropped)) {
    onDrop?.(`element ${element.nodeName}`, element.textContent ?? '');
    element.remove?.();
  }
  // Teaser cards: a heading that is a link to another page heads a teaser of another article, and
  // the card around it (an <article> or list item) goes with it.
  const fullLength = textLength(root);
  for (const heading of Array.from(root.querySelectorAll?.('h2, h3, h4, h5, h6') ?? [])) {
    if (!heading.parentNode) continue;
    const length = textLength(heading);
    if (length === 0 || linkTextLength(heading) < TEASER_LINK_SHARE * length) continue;
    const card = teaserCard(root, heading, fullLength);
    if (!card) continue;
    onDrop?.(`teaser card ${card.nodeName}`, card.textContent ?? '');
    card.remove?.();
  }
  // The article's own headline repeated inside the body container is the title, not body text.
  const headlineSet = new Set(headlines.map(foldedText).filter((headline) => headline.length > 0));
  for (const heading of Array.from(root.querySelectorAll?.('h1, h2, h3, h4, h5, h6') ?? [])) {
    if (heading.parentNode && headlineSet.has(foldedText(heading.textContent ?? ''))) {
      onDrop?.('headline', heading.textContent ?? '');
      heading.remove?.();
    }
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
  if (junkBoxes) dropJunkBoxText(root, junkBoxes, onDrop);
  // Classes kept in the content too: Readability re-parses the page when its first attempt finds
  // too little text, and the marked text nodes are then gone.
  const rootLength = textLength(root);
  for (const element of Array.from(root.querySelectorAll?.('[class], [id]') ?? [])) {
    if (!element.parentNode) continue;
    const marker = junkMarker(element);
    if (marker !== null && textLength(element) <= MAX_JUNK_SHARE * rootLength) {
      onDrop?.(`class ${marker}`, element.textContent ?? '');
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
