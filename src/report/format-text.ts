// The report as a readable digest for a terminal: stories, their articles, key people, quotes, figures.
import type { Report } from './types.js';

const MAX_SUMMARY = 3;
const MAX_LISTED = 6;

export function formatText(report: Report): string {
  const lines: string[] = [];
  const articleById = new Map(report.articles.map((a) => [a.id, a]));
  const entityById = new Map(report.entities.map((e) => [e.id, e]));
  const storyArticles = (storyId: string): Set<string> => new Set(report.stories.find((s) => s.id === storyId)?.articles ?? []);
  lines.push(`${report.articles.length} articles, ${report.stories.length} stories, ${report.entities.length} entities, ${report.quotes.length} quotes, ${report.figures.length} figures, ${report.reuse.length} reuse pairs`);
  for (const story of report.stories) {
    const span = story.first === story.last ? (story.first ?? 'undated') : `${story.first ?? '?'} – ${story.last ?? '?'}`;
    lines.push('', `■ ${story.title}`, `  ${story.id} · ${story.articles.length} article${story.articles.length === 1 ? '' : 's'} · ${story.languages.join(', ')} · ${span}`);
    for (const sentence of story.summary.slice(0, MAX_SUMMARY)) lines.push(`  │ ${sentence}`);
    for (const id of story.articles) {
      const a = articleById.get(id);
      if (!a) continue;
      const meta = [a.outlet, a.published, a.lang, a.credits.length ? `via ${a.credits.join('/')}` : null].filter(Boolean).join(' · ');
      lines.push(`  - ${a.title ?? a.id}  (${meta})`);
      for (const pair of report.reuse.filter((r) => r.b === id)) {
        const source = articleById.get(pair.a);
        lines.push(`      ↺ ${Math.round(pair.share * 100)}% of it found in ${source?.outlet ?? pair.a}${source?.title ? ` “${source.title}”` : ''}${pair.crossLingual ? ` (${source?.lang} → ${a.lang})` : ''}`);
      }
    }
    const people = story.entities.map((e) => entityById.get(e)).filter((e) => e && e.type === 'PER').slice(0, MAX_LISTED);
    if (people.length) lines.push(`  People: ${people.map((p) => p?.name).join(', ')}`);
    const members = storyArticles(story.id);
    const quotes = report.quotes.filter((q) => members.has(q.article)).slice(0, MAX_LISTED);
    for (const q of quotes) {
      const who = q.speaker ? (entityById.get(q.speaker)?.name ?? q.speakerText) : q.speakerText;
      lines.push(`  “${q.text}” — ${who ?? 'unknown'}`);
    }
    const figures = report.figures.filter((f) => members.has(f.article)).slice(0, MAX_LISTED);
    for (const f of figures) {
      const range = f.min === f.max ? `${f.min}` : `${f.min ?? '?'}–${f.max ?? '?'}`;
      lines.push(`  # ${f.kind} ${f.approximate ? '≈' : ''}${range} ${f.group ?? ''} (${f.text})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
