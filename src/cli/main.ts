// The CLI: parse arguments, call the library, set the exit status. One file per command.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerAnalyzeCommand } from './analyze.js';
import { registerEntitiesCommand } from './entities.js';
import { buildEvalCommand } from './eval.js';
import { registerFetchCommand } from './fetch.js';
import { registerFiguresCommand } from './figures.js';
import { registerIngestCommand } from './ingest.js';
import { registerLangidCommand } from './langid.js';
import { registerQuotesCommand } from './quotes.js';
import { registerSearchCommand } from './search.js';
import { registerServeCommand } from './serve.js';
import { registerStoriesCommand } from './stories.js';
import { registerWatchCommand } from './watch.js';
import { registerWorkerCommand } from './worker.js';

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

export function buildProgram(): Command {
  const program = new Command('tidende').description('News monitoring for the Nordic languages: articles in, stories out.').version(version());
  registerAnalyzeCommand(program);
  registerIngestCommand(program);
  registerFetchCommand(program);
  registerWatchCommand(program);
  registerSearchCommand(program);
  registerStoriesCommand(program);
  registerFiguresCommand(program);
  registerQuotesCommand(program);
  registerEntitiesCommand(program);
  registerLangidCommand(program);
  registerServeCommand(program);
  registerWorkerCommand(program);
  program.addCommand(buildEvalCommand());
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    const coded = error as { code?: string; message?: string };
    process.stderr.write(`tidende: ${coded.message ?? String(error)}${coded.code?.startsWith('E_') ? ` (${coded.code})` : ''}\n`);
    process.exitCode = 2;
  }
}
