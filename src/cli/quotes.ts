// `tidende quotes --db FILE [--speaker NAME]`: stored quotes grouped by who said them.
import type { Command } from 'commander';
import { storedReport } from './stored-report.js';

export function registerQuotesCommand(program: Command): void {
  program
    .command('quotes')
    .description('list stored quotes by speaker')
    .requiredOption('--db <file>', 'SQLite database file')
    .option('--speaker <name>', 'only speakers whose name contains this (case-insensitive)')
    .option('--story <id>', 'only this story')
    .option('-f, --format <format>', 'json or text', 'text')
    .action((options: { db: string; speaker?: string; story?: string; format: string }) => {
      const report = storedReport(options.db, { story: options.story });
      const entityName = new Map(report.entities.map((e) => [e.id, e.name]));
      const wanted = options.speaker?.toLowerCase();
      const quotes = report.quotes
        .map((q) => ({ ...q, speakerName: (q.speaker ? entityName.get(q.speaker) : null) ?? q.speakerText ?? 'unknown' }))
        .filter((q) => wanted === undefined || q.speakerName.toLowerCase().includes(wanted));
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(quotes, null, 2)}\n`);
        return;
      }
      const bySpeaker = new Map<string, typeof quotes>();
      for (const q of quotes) {
        let list = bySpeaker.get(q.speakerName);
        if (!list) bySpeaker.set(q.speakerName, (list = []));
        list.push(q);
      }
      for (const [speaker, list] of [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length)) {
        process.stdout.write(`${speaker} (${list.length})\n`);
        for (const q of list) process.stdout.write(`  ${q.direct ? '“' : '~ '}${q.text}${q.direct ? '”' : ''}  [${q.article}${q.cue ? `, ${q.cue}` : ''}]\n`);
      }
      if (quotes.length === 0) process.stderr.write('tidende: no quotes found\n');
    });
}
