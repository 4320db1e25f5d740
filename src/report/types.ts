// The report of ../shared/contract/REPORT.md as types: fields may be added, never renamed or dropped.
import type { EntityType, FigureKind } from '../doc/model.js';

export interface ReportArticle {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** Byline from the page or feed, null when none was found (optional: older producers omit it). */
  author?: string | null;
  /** Last-modified time the page declares, ISO 8601, or null. */
  modified?: string | null;
  lang: string;
  langConfidence: number;
  text: string;
  story: string;
  credits: string[];
  url: string | null;
  captions: string[];
}

export interface ReportFact {
  kind: string;
  group: string | null;
  latest: string;
  min: number | null;
  max: number | null;
  reports: string[];
  conflict: boolean;
}

export interface ReportStory {
  id: string;
  title: string;
  articles: string[];
  languages: string[];
  first: string | null;
  last: string | null;
  summary: string[];
  entities: string[];
  facts: ReportFact[];
}

export interface ReportMention {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface ReportEntity {
  id: string;
  type: EntityType;
  name: string;
  variants: string[];
  mentions: ReportMention[];
  geo: { lat: number; lon: number; country: string | null } | null;
}

export interface ReportQuote {
  id: string;
  article: string;
  start: number;
  end: number;
  text: string;
  direct: boolean;
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
}

export interface ReportFigure {
  id: string;
  article: string;
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  min: number | null;
  max: number | null;
  approximate: boolean;
  group: string | null;
  place: string | null;
  source: string | null;
  date: string | null;
  /** The words naming who reported it ("politiet"), also when no entity was resolved. */
  sourceText: string | null;
}

export interface ReportReuse {
  a: string;
  b: string;
  share: number;
  crossLingual: boolean;
  passages: { aStart: number; aEnd: number; bStart: number; bEnd: number }[];
  /** Same words after normalisation. */
  exactDuplicate: boolean;
  /** MinHash estimate of the Jaccard similarity of their 5-word shingles. */
  jaccard: number;
}

export interface Report {
  report: 'tidende/1';
  articles: ReportArticle[];
  stories: ReportStory[];
  entities: ReportEntity[];
  quotes: ReportQuote[];
  figures: ReportFigure[];
  reuse: ReportReuse[];
}
