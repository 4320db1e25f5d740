// Input problems, one line each on stderr, and the exit status they imply.
import type { InputError } from '../ingest/index.js';

export function printProblems(errors: readonly InputError[], warnings: readonly InputError[], quiet: boolean): void {
  for (const warning of warnings) if (!quiet) process.stderr.write(`tidende: warning: ${warning.describe()}\n`);
  for (const error of errors) process.stderr.write(`tidende: error: ${error.describe()}\n`);
}

/** 0 when all went well, 1 when some inputs failed, 2 when nothing could be read. */
export function exitStatus(succeeded: number, failed: number): number {
  if (failed === 0) return succeeded === 0 ? 2 : 0;
  return succeeded === 0 ? 2 : 1;
}
