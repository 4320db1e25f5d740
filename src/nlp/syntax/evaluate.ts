// Scores the role tagger on held-out treebank sentences: token accuracy, and precision and recall of
// subjects, above all of names, since who a sentence is about is what the quote finder asks.
import { ROLE_LABELS, isSubject, type RoleLabel } from './labels.js';
import { tagRoles, type RoleModel } from './model.js';
import type { RoleSentence } from './ndt.js';

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
}

export interface RoleEvaluation {
  sentences: number;
  tokens: number;
  accuracy: number;
  byLabel: Record<RoleLabel, LabelScore>;
  /** Subject (S or s) or not, on proper-noun words: the question quotes ask of a person's name. */
  nameSubject: LabelScore;
  /** Main-clause subject (S) on proper-noun words. */
  nameMainSubject: LabelScore;
}

function score(truePositive: number, predicted: number, gold: number): LabelScore {
  const precision = predicted === 0 ? 0 : truePositive / predicted;
  const recall = gold === 0 ? 0 : truePositive / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), gold };
}

export function evaluateRoles(model: RoleModel, sentences: readonly RoleSentence[]): RoleEvaluation {
  const counts = Object.fromEntries(ROLE_LABELS.map((l) => [l, { tp: 0, predicted: 0, gold: 0 }])) as Record<RoleLabel, { tp: number; predicted: number; gold: number }>;
  const names = { tp: 0, predicted: 0, gold: 0 };
  const namesMain = { tp: 0, predicted: 0, gold: 0 };
  let correct = 0;
  let tokens = 0;
  for (const s of sentences) {
    const predicted = tagRoles(model, s.forms);
    s.roles.forEach((gold, i) => {
      const guess = predicted[i];
      tokens++;
      counts[gold].gold++;
      counts[guess].predicted++;
      if (gold === guess) {
        correct++;
        counts[gold].tp++;
      }
      if (s.tags[i] === 'subst-prop') {
        if (isSubject(gold)) names.gold++;
        if (isSubject(guess)) names.predicted++;
        if (isSubject(gold) && isSubject(guess)) names.tp++;
        if (gold === 'S') namesMain.gold++;
        if (guess === 'S') namesMain.predicted++;
        if (gold === 'S' && guess === 'S') namesMain.tp++;
      }
    });
  }
  return {
    sentences: sentences.length,
    tokens,
    accuracy: tokens === 0 ? 0 : correct / tokens,
    byLabel: Object.fromEntries(ROLE_LABELS.map((l) => [l, score(counts[l].tp, counts[l].predicted, counts[l].gold)])) as Record<RoleLabel, LabelScore>,
    nameSubject: score(names.tp, names.predicted, names.gold),
    nameMainSubject: score(namesMain.tp, namesMain.predicted, namesMain.gold),
  };
}

export function formatRoleEvaluation(title: string, e: RoleEvaluation): string {
  const pct = (x: number): string => (100 * x).toFixed(2);
  const lines = [`${title}: ${e.sentences} sentences, ${e.tokens} tokens, accuracy ${pct(e.accuracy)}`];
  for (const l of ROLE_LABELS) {
    const s = e.byLabel[l];
    lines.push(`  ${l}: P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (${s.gold})`);
  }
  lines.push(`  names as subject (S+s): P ${pct(e.nameSubject.precision)} R ${pct(e.nameSubject.recall)} F1 ${pct(e.nameSubject.f1)} (${e.nameSubject.gold})`);
  lines.push(`  names as main subject (S): P ${pct(e.nameMainSubject.precision)} R ${pct(e.nameMainSubject.recall)} F1 ${pct(e.nameMainSubject.f1)} (${e.nameMainSubject.gold})`);
  return lines.join('\n');
}
