// Reports over the store for the API's story and article routes, built from the story's own
// articles (bounded by story size, not corpus size) and cached until the store grows. Entity
// pages come from the store's entity index instead. Entity ids in API answers are
// "TYPE:canonical name", stable across reports, where the report's e1, e2… are not.
import { reportFor } from '../analyze/index.js';
import { lookupCity } from '../corpus/resolve/index.js';
import type { Report, ReportEntity } from '../report/index.js';
import type { Store } from '../store/index.js';

export const entityIdOf = (entity: Pick<ReportEntity, 'type' | 'name'>): string => `${entity.type}:${entity.name}`;

/** The report with every entity reference rewritten to the stable id. */
export function withStableEntityIds(report: Report): Report {
  const stable = new Map(report.entities.map((e) => [e.id, entityIdOf(e)]));
  const map = (id: string | null): string | null => (id === null ? null : (stable.get(id) ?? id));
  return {
    ...report,
    entities: report.entities.map((e) => ({ ...e, id: entityIdOf(e) })),
    stories: report.stories.map((s) => ({ ...s, entities: s.entities.map((id) => stable.get(id) ?? id) })),
    quotes: report.quotes.map((q) => ({ ...q, speaker: map(q.speaker) })),
    figures: report.figures.map((f) => ({ ...f, place: map(f.place), source: map(f.source) })),
  };
}

const STORY_CACHE_SIZE = 64;

/** Loads what the first story report would otherwise load on a reader's request (the place
 * gazetteer: a few seconds on a busy machine). */
export function preloadReportResources(): void {
  lookupCity('Oslo', new Set(['NO']));
}

export class CorpusView {
  private position = -1;
  private readonly storyReports = new Map<string, Report>();

  constructor(private readonly store: Store) {}

  /** Drops cached reports when articles were stored since the last look; returns the position. */
  refresh(): number {
    const { position } = this.store.changesSince(Math.max(this.position, 0));
    if (position !== this.position) {
      this.position = position;
      this.storyReports.clear();
    }
    return position;
  }

  storyReport(id: string): Report | undefined {
    this.refresh();
    let report = this.storyReports.get(id);
    if (report === undefined) {
      const { articles, storyOf } = this.store.articles({ story: id });
      if (articles.length === 0) return undefined;
      report = withStableEntityIds(reportFor(articles, storyOf));
      if (this.storyReports.size >= STORY_CACHE_SIZE) this.storyReports.delete(this.storyReports.keys().next().value as string);
      this.storyReports.set(id, report);
    }
    return report;
  }
}
