// Reports over the store for the API's detail routes. A story's report is built from its own
// articles (bounded by story size, not corpus size); entity pages need the whole corpus, so its
// report is built once and rebuilt only when the store has grown. Entity ids in API answers are
// "TYPE:canonical name", stable across reports, where the report's e1, e2… are not.
import { reportFor } from '../analyze/index.js';
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

export class CorpusView {
  private position = -1;
  private corpus: Report | undefined;
  private readonly storyReports = new Map<string, Report>();

  constructor(private readonly store: Store) {}

  /** Drops cached reports when articles were stored since the last look; returns the position. */
  refresh(): number {
    const { position } = this.store.changesSince(Math.max(this.position, 0));
    if (position !== this.position) {
      this.position = position;
      this.corpus = undefined;
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

  corpusReport(): Report {
    this.refresh();
    if (this.corpus === undefined) {
      const { articles, storyOf } = this.store.articles();
      this.corpus = withStableEntityIds(reportFor(articles, storyOf));
    }
    return this.corpus;
  }

  /** An entity by stable id; a story-local name ("PER:Holm") also finds the corpus entity that
   * has it as a variant ("PER:Anders Holm"). */
  entity(id: string): ReportEntity | undefined {
    const { entities } = this.corpusReport();
    const exact = entities.find((e) => e.id === id);
    if (exact) return exact;
    const colon = id.indexOf(':');
    if (colon < 0) return undefined;
    const [type, name] = [id.slice(0, colon), id.slice(colon + 1)];
    return entities.find((e) => e.type === type && e.variants.includes(name));
  }
}
