// `tidende entities --db FILE [--type PER]`: stored entities with their variants and counts.
import type { Command } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../doc/model.js';
import { storedReport } from './stored-report.js';

export function registerEntitiesCommand(program: Command): void {
  program
    .command('entities')
    .description('list stored entities with their spelling variants and mention counts')
    .requiredOption('--db <file>', 'SQLite database file')
    .option('--type <type>', `only this type (${ENTITY_TYPES.join(', ')})`)
    .option('-f, --format <format>', 'json or text', 'text')
    .action((options: { db: string; type?: string; format: string }) => {
      if (options.type !== undefined && !ENTITY_TYPES.includes(options.type as EntityType)) {
        program.error(`unknown --type "${options.type}": use one of ${ENTITY_TYPES.join(', ')}`, { exitCode: 2 });
      }
      const entities = storedReport(options.db).entities
        .filter((e) => options.type === undefined || e.type === options.type)
        .sort((a, b) => b.mentions.length - a.mentions.length);
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(entities, null, 2)}\n`);
        return;
      }
      for (const e of entities) {
        const geo = e.geo ? `  [${e.geo.country ?? ''} ${e.geo.lat.toFixed(2)}, ${e.geo.lon.toFixed(2)}]` : '';
        const others = e.variants.filter((v) => v !== e.name);
        process.stdout.write(`${e.id}\t${e.type}\t${e.mentions.length}\t${e.name}${others.length ? `  (${others.join(', ')})` : ''}${geo}\n`);
      }
    });
}
