// The one document model: an article's cleaned text is the single source, and every annotation
// layer is a list of spans with UTF-16 offsets into it (`text.slice(start, end)` is the thing).

/** Languages the pipeline has resources for; other ISO 639-1 codes may still appear as labels. */
export const NORDIC_LANGS = ['da', 'nb', 'nn', 'sv'] as const;
export const KNOWN_LANGS = ['da', 'nb', 'nn', 'sv', 'en'] as const;
export type KnownLang = (typeof KNOWN_LANGS)[number];

export interface Span {
  start: number;
  end: number;
}

/** What a reader produces: an article as found, before cleaning. */
export interface RawArticle {
  id: string;
  /** Path or URL it was read from (with `:line` for a JSONL record). */
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** Byline as the page or feed gives it ("Mette Holm, Jens Lund"); absent when the reader has none. */
  author?: string | null;
  /** Last modification time (ISO 8601) the page or feed declares. */
  modified?: string | null;
  /** The language the input declared, if any; the language stage may confirm or override it. */
  lang: string | null;
  url: string | null;
  /** Plain text body, or HTML to be extracted: exactly one of them is set. */
  body: { kind: 'text'; text: string } | { kind: 'html'; html: string };
}

export interface Sentence extends Span {
  /** Per-sentence language label (mixed-language articles happen). */
  lang: string;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'EVT' | 'PROD' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'GPE', 'EVT', 'PROD', 'MISC'];

export interface EntityMention extends Span {
  type: EntityType;
  text: string;
  /** Set by the corpus stage `resolve`: id of the entity this mention refers to. */
  entity?: string;
}

export interface Quote extends Span {
  text: string;
  direct: boolean;
  /** Index into `mentions` of the speaker's mention, resolved to an entity later. */
  speakerMention: number | null;
  speakerText: string | null;
  cue: string | null;
}

export type FigureKind =
  | 'killed'
  | 'injured'
  | 'arrested'
  | 'hospitalized'
  | 'missing'
  | 'displaced'
  | 'evacuated'
  | 'deployed'
  | 'other';

export interface Figure extends Span {
  text: string;
  kind: FigureKind;
  min: number | null;
  max: number | null;
  approximate: boolean;
  group: string | null;
  placeMention: number | null;
  sourceMention: number | null;
  /** The words naming who reported the figure ("politiet"), whether or not an entity was found. */
  sourceText: string | null;
  date: string | null;
  /** The quantity alone ("mindst 40"), inside the figure's span; evaluation matches on it. */
  quantity?: Span;
}

/** An article as it moves through the pipeline: raw fields, cleaned text, annotation layers. */
export interface Article {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** Byline, from the page's JSON-LD/meta or the feed item; optional so older stored rows stay valid. */
  author?: string | null;
  /** Last modification time (ISO 8601) the page declares. */
  modified?: string | null;
  url: string | null;
  lang: string;
  langConfidence: number;
  /** Cleaned body. Offsets of every layer below point into it. */
  text: string;
  /** Wire agencies / outlets the text credits, in order of appearance. */
  credits: string[];
  /** Photo captions found in the scraped text, once each; they are not part of `text`. */
  captions: string[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: EntityMention[];
  quotes: Quote[];
  figures: Figure[];
}

/** A fresh article with empty layers: what the clean stage hands on. */
export function newArticle(raw: RawArticle, text: string): Article {
  return {
    id: raw.id,
    source: raw.source,
    outlet: raw.outlet,
    title: raw.title,
    published: raw.published,
    author: raw.author ?? null,
    modified: raw.modified ?? null,
    url: raw.url,
    lang: raw.lang ?? 'und',
    langConfidence: 0,
    text,
    credits: [],
    captions: [],
    sentences: [],
    tokens: [],
    mentions: [],
    quotes: [],
    figures: [],
  };
}
