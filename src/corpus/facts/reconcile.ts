// Reconciliation of a story's figures: one fact per (kind, group), its reports in time order,
// the range over them, the latest report, and whether reports conflict. Counts of casualties and
// arrests are cumulative, so a later, higher count is an update; a conflict is a later count below
// what an earlier report already established, or two reports of the same moment whose ranges do
// not meet — each range widened by 10% when it is approximate.
import { timeOf } from '../stories/index.js';

export interface FigureReport {
  id: string;
  kind: string;
  group: string | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  /** When it was reported, as precise as known; null sorts last in arrival order. */
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

const VAGUENESS = 0.1;
/** Reports this close in time describe the same moment. */
const SAME_MOMENT_MS = 60 * 60 * 1000;

function bounds(report: FigureReport): [number, number] {
  const widen = report.approximate ? VAGUENESS : 0;
  const low = report.min ?? 0;
  const high = report.max ?? Number.POSITIVE_INFINITY;
  return [low * (1 - widen), high * (1 + widen)];
}

/** Two reports timed to within the hour describe the same moment; day-precise dates do not
 * tell morning from evening, so they are ordered, not compared as simultaneous. */
function sameMoment(a: FigureReport, b: FigureReport): boolean {
  const timed = (d: string | null): d is string => d !== null && d.length > 10;
  if (!timed(a.date) || !timed(b.date)) return false;
  return Math.abs((timeOf(a.date) ?? 0) - (timeOf(b.date) ?? 0)) <= SAME_MOMENT_MS;
}

export function conflicts(earlier: FigureReport, later: FigureReport): boolean {
  const [earlierLow, earlierHigh] = bounds(earlier);
  const [laterLow, laterHigh] = bounds(later);
  if (sameMoment(earlier, later)) return laterHigh < earlierLow || laterLow > earlierHigh;
  return laterHigh < earlierLow;
}

export function reconcileFacts(reports: readonly FigureReport[]): Fact[] {
  const groups = new Map<string, FigureReport[]>();
  for (const report of reports) {
    const key = `${report.kind}\u0000${report.group ?? ''}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(report);
  }
  const facts: Fact[] = [];
  for (const list of groups.values()) {
    const ordered = list
      .map((report, index) => ({ report, index, time: timeOf(report.date) }))
      .sort((a, b) => (a.time ?? Number.POSITIVE_INFINITY) - (b.time ?? Number.POSITIVE_INFINITY) || a.index - b.index)
      .map((e) => e.report);
    const values = ordered.flatMap((r) => [r.min, r.max]).filter((v): v is number => v !== null);
    let conflict = false;
    for (let i = 0; i < ordered.length && !conflict; i++) {
      for (let j = i + 1; j < ordered.length && !conflict; j++) conflict = conflicts(ordered[i], ordered[j]);
    }
    facts.push({
      kind: ordered[0].kind,
      group: ordered[0].group,
      latest: ordered[ordered.length - 1].id,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      reports: ordered.map((r) => r.id),
      conflict,
    });
  }
  return facts.sort((a, b) => b.reports.length - a.reports.length || a.kind.localeCompare(b.kind) || (a.group ?? '').localeCompare(b.group ?? ''));
}
