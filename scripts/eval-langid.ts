// Prints the language-identification evaluation of issue 3 (test splits by default) for our
// identifier, CLD2, fastText lid.176 and franc side by side. Run: npx tsx scripts/eval-langid.ts [--split dev|test]
// [--data DIR] [--model FILE] [--json] [--markdown FILE]
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { evaluateLangid, formatLangidEvaluation } from '../src/nlp/langid/index.js';

export { evaluateLangid } from '../src/nlp/langid/index.js';

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_DATA_DIR = process.env.TIDENDE_DATA ?? join(projectRoot, '..', 'shared', 'data');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string', default: 'test' },
      data: { type: 'string', default: DEFAULT_DATA_DIR },
      model: { type: 'string' },
      json: { type: 'boolean', default: false },
      markdown: { type: 'string' },
    },
  });
  if (values.split !== 'dev' && values.split !== 'test') throw new Error('--split must be dev or test');
  const evaluation = await evaluateLangid(resolve(values.data), { split: values.split, modelPath: values.model });
  const markdown = formatLangidEvaluation(evaluation);
  if (values.markdown !== undefined) writeFileSync(values.markdown, markdown);
  process.stdout.write(values.json ? `${JSON.stringify(evaluation, null, 2)}\n` : markdown);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
