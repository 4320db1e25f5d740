// Where the evaluation data lives: `../shared/data` beside the repository, or $TIDENDE_DATA.
import { fileURLToPath } from 'node:url';

export const defaultDataDir = process.env.TIDENDE_DATA ?? fileURLToPath(new URL('../../../shared/data', import.meta.url));
