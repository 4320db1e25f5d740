// Articles with their layers and story assignments in, the contract's report out.
import type { Article } from '../doc/model.js';
import { reconcileFacts } from '../corpus/facts/index.js';
import { storySurface } from '../corpus/stories/index.js';
import type { Report, ReportEntity, ReportFigure, ReportQuote, ReportReuse, ReportStory } from './types.js';

export interface ReportInput {
  articles: readonly Article[];
  /** Story id of each article id. */
  storyOf: ReadonlyMap<string, string>;
  entities?: readonly ReportEntity[];
  reuse?: readonly ReportReuse[];
}

/** Entity id of a mention, once resolution has run; null before. */
const entityOf = (article: Article, mention: number | null): string | null =>
  mention === null ? null : (article.mentions[mention]?.entity ?? null);

export function buildReport(input: ReportInput): Report {
  const quotes: ReportQuote[] = [];
  const figures: ReportFigure[] = [];
  for (const article of input.articles) {
    for (const q of article.quotes) {
      quotes.push({
        id: `q${quotes.length + 1}`,
        article: article.id,
        start: q.start,
        end: q.end,
        text: q.text,
        direct: q.direct,
        speaker: entityOf(article, q.speakerMention),
        speakerText: q.speakerText,
        cue: q.cue,
      });
    }
    for (const f of article.figures) {
      figures.push({
        id: `f${figures.length + 1}`,
        article: article.id,
        start: f.start,
        end: f.end,
        text: f.text,
        kind: f.kind,
        min: f.min,
        max: f.max,
        approximate: f.approximate,
        group: f.group,
        place: entityOf(article, f.placeMention),
        source: entityOf(article, f.sourceMention),
        date: f.date ?? article.published,
        sourceText: f.sourceText,
      });
    }
  }

  const members = new Map<string, Article[]>();
  for (const article of input.articles) {
    const story = input.storyOf.get(article.id);
    if (story === undefined) throw new Error(`article ${article.id} has no story`);
    let list = members.get(story);
    if (!list) members.set(story, (list = []));
    list.push(article);
  }
  const entities = input.entities ?? [];
  // Per-story tallies in one pass each, so the report stays linear in corpus size.
  const figuresByStory = new Map<string, ReportFigure[]>();
  for (const figure of figures) {
    const story = input.storyOf.get(figure.article) as string;
    let list = figuresByStory.get(story);
    if (!list) figuresByStory.set(story, (list = []));
    list.push(figure);
  }
  const mentionsByStory = new Map<string, Map<string, number>>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const story = input.storyOf.get(mention.article) as string;
      let counts = mentionsByStory.get(story);
      if (!counts) mentionsByStory.set(story, (counts = new Map()));
      counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
    }
  }
  const stories: ReportStory[] = [...members.entries()].map(([id, list]) => {
    const salience = [...(mentionsByStory.get(id) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
    return { id, ...storySurface(list), entities: salience.map(([entity]) => entity), facts: reconcileFacts(figuresByStory.get(id) ?? []) };
  });
  stories.sort((a, b) => (a.first ?? '\uffff').localeCompare(b.first ?? '\uffff') || a.id.localeCompare(b.id, 'en', { numeric: true }));

  return {
    report: 'tidende/1',
    articles: input.articles.map((a) => ({
      id: a.id,
      source: a.source,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      author: a.author ?? null,
      modified: a.modified ?? null,
      lang: a.lang,
      langConfidence: a.langConfidence,
      text: a.text,
      story: input.storyOf.get(a.id) as string,
      credits: a.credits,
      url: a.url,
      captions: a.captions,
    })),
    stories,
    entities: [...entities],
    quotes,
    figures,
    reuse: [...(input.reuse ?? [])],
  };
}
