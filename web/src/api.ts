// The JSON API as the UI uses it: typed fetches; errors carry the server's code and message.

export interface StoryListing {
  id: string;
  title: string | null;
  articleCount: number;
  languages: string[];
  outlets: string[];
  keyFigures: Record<string, number>;
  first: string | null;
  last: string | null;
  activity: string;
}

export interface Article {
  id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  lang: string;
  text: string;
  story: string;
  url: string | null;
  credits: string[];
}

export interface Entity {
  id: string;
  type: string;
  name: string;
  variants: string[];
  mentions: { article: string; start: number; end: number; text: string }[];
  geo: { lat: number; lon: number; country: string | null } | null;
}

export interface Quote {
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

export interface Figure {
  id: string;
  article: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  min: number | null;
  max: number | null;
  approximate: boolean;
  group: string | null;
  source: string | null;
  sourceText?: string | null;
  date: string | null;
}

export interface Fact {
  kind: string;
  group: string | null;
  latest: string;
  min: number | null;
  max: number | null;
  reports: string[];
  conflict: boolean;
}

export interface Reuse {
  a: string;
  b: string;
  share: number;
  crossLingual: boolean;
}

export interface StoryDetail {
  story: { id: string; title: string; articles: string[]; summary: string[]; languages: string[]; outlets: string[]; first: string | null; last: string | null; entities: string[]; facts: Fact[]; articleCount: number };
  articles: Article[];
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  reuse: Reuse[];
}

export interface ArticleDetail {
  article: Article;
  story: { id: string; title: string } | null;
  mentions: { start: number; end: number; text: string; entity: string; type: string }[];
  entities: Omit<Entity, 'mentions'>[];
  quotes: Quote[];
  figures: Figure[];
  reuse: Reuse[];
}

export interface EntityDetail {
  /** Mentions are the newest ones; the counts are over the whole store. */
  entity: Entity & { mentionCount: number; articleCount: number };
  quotes: Quote[];
  coOccurring: { entity: Omit<Entity, 'mentions'>; articles: number }[];
  /** How many of the entity's newest articles co-occurrence was counted over. */
  coOccurrenceWindow: number;
  /** The newest articles naming it. */
  articles: Omit<Article, 'text'>[];
  stories: StoryListing[];
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  story: string | null;
  excerpt: string;
  highlights: { start: number; end: number }[];
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  const body = (await response.json()) as T & { error?: { code: string; message: string } };
  if (!response.ok) throw new ApiFailure(response.status, body.error?.code ?? 'E_HTTP', body.error?.message ?? response.statusText);
  return body;
}

export const query = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};
