// The role tagger's corpora. Training reads NorNE's NDT-format train files (UD's train split of
// Bokmål and Nynorsk); dev and test are the NDT sentences of UD's dev and test splits, found by their
// words, since those splits ship only in UD's own scheme here and roles are read off NDT's relations.
// Sentences of the documents the quote gold uses are left out of training: the quote evaluation
// must not run a parser that has seen the gold trees of its own texts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNdtSentences, roleSentence, sentenceKey, type RoleSentence } from './ndt.js';

export type RoleSplit = 'train' | 'dev' | 'test';
export type RoleLang = 'nb' | 'nn';

const FOLDER: Record<RoleLang, { ndt: string; train: string; ud: string; udPrefix: string }> = {
  nb: { ndt: 'norne/ndt/nob', train: 'norne/nob-train.conll', ud: 'norne/ud/nob', udPrefix: 'no_bokmaal-ud' },
  nn: { ndt: 'norne/ndt/nno', train: 'norne/nno-train.conll', ud: 'norne/ud/nno', udPrefix: 'no_nynorsk-ud' },
};

export class RoleDataMissingError extends Error {
  readonly code = 'E_ROLES_DATA_MISSING';
}

function readRequired(path: string): string {
  if (!existsSync(path)) throw new RoleDataMissingError(`role tagger data not found: ${path}`);
  return readFileSync(path, 'utf8');
}

/** The word sequences of a UD CoNLL-U file, one key per sentence. */
function udKeys(content: string): Set<string> {
  const keys = new Set<string>();
  let forms: string[] = [];
  for (const line of content.split('\n')) {
    if (line.startsWith('#')) continue;
    const columns = line.split('\t');
    if (columns.length < 8) {
      if (forms.length > 0) keys.add(sentenceKey(forms));
      forms = [];
      continue;
    }
    if (/^\d+$/.test(columns[0])) forms.push(columns[1]);
  }
  if (forms.length > 0) keys.add(sentenceKey(forms));
  return keys;
}

/** The sentence keys of NDT documents (paths under the data folder, `norne/ndt/…`). */
export function sentenceKeysOfDocuments(dataDir: string, docs: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const doc of docs) {
    if (!doc.startsWith('norne/ndt/')) continue;
    const path = join(dataDir, doc.split('#')[0]);
    if (!existsSync(path)) continue;
    for (const s of readNdtSentences(readFileSync(path, 'utf8'))) keys.add(sentenceKey(s.map((t) => t.form)));
  }
  return keys;
}

/** Sentences with roles of one split and language; `exclude` holds sentence keys left out. */
export function readRoleSplit(dataDir: string, split: RoleSplit, lang: RoleLang, exclude: ReadonlySet<string> = new Set()): RoleSentence[] {
  const folder = FOLDER[lang];
  if (split === 'train') {
    return readNdtSentences(readRequired(join(dataDir, folder.train)))
      .filter((s) => !exclude.has(sentenceKey(s.map((t) => t.form))))
      .map(roleSentence);
  }
  const wanted = udKeys(readRequired(join(dataDir, folder.ud, `${folder.udPrefix}-${split}.conllu`)));
  const ndtDir = join(dataDir, folder.ndt);
  if (!existsSync(ndtDir)) throw new RoleDataMissingError(`role tagger data not found: ${ndtDir}`);
  const found: RoleSentence[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(ndtDir).sort()) {
    for (const s of readNdtSentences(readFileSync(join(ndtDir, file), 'utf8'))) {
      const key = sentenceKey(s.map((t) => t.form));
      if (!wanted.has(key) || seen.has(key) || exclude.has(key)) continue;
      seen.add(key);
      found.push(roleSentence(s));
    }
  }
  return found;
}
