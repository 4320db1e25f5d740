// Grammatical roles of words: who or what a sentence is about. A greedy role tagger trained on the
// Norwegian Dependency Treebank (see models/roles/README.md) labels each word as main-clause subject,
// other subject, object, prepositional complement, genitive or other; the quote finder asks it which
// person a sentence has as its subject. The model is read on first use, not on import.
import type { Article } from '../../doc/model.js';
import type { RoleLabel } from './labels.js';
import { loadRoleModelSync, tagRoles, type RoleModel } from './model.js';

export { ROLE_LABELS, isSubject, type RoleLabel } from './labels.js';
export { tagRoles, loadRoleModelSync, type RoleModel } from './model.js';
export { evaluateRoles, formatRoleEvaluation, type RoleEvaluation } from './evaluate.js';
export { readRoleSplit, sentenceKeysOfDocuments, RoleDataMissingError, type RoleLang, type RoleSplit } from './corpus.js';

/** Languages the tagger was trained on; Danish and Swedish word order is close, but untested. */
export const ROLE_LANGUAGES: ReadonlySet<string> = new Set(['nb', 'nn', 'no']);

/** The shipped model; the same relative path works from src/nlp/syntax and dist/nlp/syntax. */
export const shippedRoleModelUrl = (): URL => new URL('../../../models/roles/roles.json.gz', import.meta.url);

let shipped: RoleModel | null = null;
function shippedRoleModel(): RoleModel {
  shipped ??= loadRoleModelSync(shippedRoleModelUrl());
  return shipped;
}

const rolesByArticle = new WeakMap<Article, (RoleLabel | null)[]>();

/** The role of each entity mention of an article (of its first word, which heads a name in the
 * treebank), or null where the language is not one the tagger knows. Computed once per article. */
export function mentionRoles(article: Article, model: RoleModel | null = null): (RoleLabel | null)[] {
  const cached = rolesByArticle.get(article);
  if (cached && cached.length === article.mentions.length) return cached;
  const roles: (RoleLabel | null)[] = article.mentions.map(() => null);
  const tokenRoles = new Map<number, RoleLabel>();
  let next = 0;
  for (const sentence of article.sentences) {
    while (next < article.tokens.length && article.tokens[next].start < sentence.start) next++;
    const first = next;
    while (next < article.tokens.length && article.tokens[next].end <= sentence.end) next++;
    const lang = sentence.lang !== 'und' && sentence.lang !== '' ? sentence.lang : article.lang;
    if (next === first || !ROLE_LANGUAGES.has(lang)) continue;
    const tokens = article.tokens.slice(first, next);
    const tagged = tagRoles(model ?? shippedRoleModel(), tokens.map((t) => article.text.slice(t.start, t.end)));
    tokens.forEach((t, i) => tokenRoles.set(t.start, tagged[i]));
  }
  article.mentions.forEach((m, i) => {
    roles[i] = tokenRoles.get(m.start) ?? null;
  });
  rolesByArticle.set(article, roles);
  return roles;
}
