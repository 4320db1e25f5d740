// `tidende figures --db FILE [--story ID]`: each story's figures as a timeline, facts first.
import type { Command } from 'commander';
import type { ReportFigure } from '../report/index.js';
import { storedReport } from './stored-report.js';

const range = (f: Pick<ReportFigure, 'min' | 'max'>): string =>
  f.min === f.max ? String(f.min) : f.max === null ? `≥${f.min}` : f.min === null ? `≤${f.max}` : `${f.min}–${f.max}`;

export function registerFiguresCommand(program: Command): void {
  program
    .command('figures')
    .description("print stored stories' figures as timelines: who reported what count, when")
    .requiredOption('--db <file>', 'SQLite database file')
    .option('--story <id>', 'only this story')
    .option('-f, --format <format>', 'json or text', 'text')
    .action((options: { db: string; story?: string; format: string }) => {
      const report = storedReport(options.db, { story: options.story });
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify({ stories: report.stories.map((s) => ({ id: s.id, title: s.title, facts: s.facts })), figures: report.figures }, null, 2)}\n`);
        return;
      }
      const byId = new Map(report.figures.map((f) => [f.id, f]));
      const outletOf = new Map(report.articles.map((a) => [a.id, a.outlet ?? a.id]));
      for (const story of report.stories) {
        if (story.facts.length === 0) continue;
        process.stdout.write(`■ ${story.title} (${story.id})\n`);
        for (const fact of story.facts) {
          process.stdout.write(`  ${fact.kind} · ${fact.group ?? '—'}: ${range(fact)}${fact.conflict ? '  ⚠ reports conflict' : ''}\n`);
          for (const id of fact.reports) {
            const f = byId.get(id);
            if (f) process.stdout.write(`    ${f.date ?? 'undated'}  ${f.approximate ? '≈' : ''}${range(f)}  ${outletOf.get(f.article)}${f.sourceText ? `, ifølge ${f.sourceText}` : ''}: “${f.text}”${id === fact.latest ? '  ← latest' : ''}\n`);
          }
        }
      }
    });
}
