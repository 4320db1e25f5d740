// The node flags `bin/tidende` starts the CLI with (its `#!/usr/bin/env -S node …` line), so that a
// benchmark running the CLI's code in a child process measures what users run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function launcherNodeFlags(): string[] {
  const shebang = readFileSync(join(import.meta.dirname, '..', 'bin', 'tidende'), 'utf8').split('\n', 1)[0];
  const match = /^#!\/usr\/bin\/env -S node(.*)$/u.exec(shebang);
  if (match === null) throw new Error(`bin/tidende: no "#!/usr/bin/env -S node" line to take node flags from: ${shebang}`);
  return match[1].split(' ').filter((flag) => flag !== '');
}
