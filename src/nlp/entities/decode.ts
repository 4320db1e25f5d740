// First-order Viterbi over BIO labels: emission scores per token plus label-pair scores, with
// transitions BIO forbids (O → I-X, B-X → I-Y) excluded, so every output is a well-formed span set.
import { LABEL_COUNT, allowedTransition } from './labels.js';

/** Row 0 holds start → label scores; row 1 + p holds label p → label scores. */
export type TransitionScores = Float32Array | Float64Array;

const ALLOWED: readonly boolean[] = (() => {
  const allowed: boolean[] = [];
  for (let previous = -1; previous < LABEL_COUNT; previous++) {
    for (let next = 0; next < LABEL_COUNT; next++) allowed.push(allowedTransition(previous, next));
  }
  return allowed;
})();

/** Best label sequence for `length` tokens. `emissions` is length × LABEL_COUNT. When
 * `permitted` is given, position i may only take labels in permitted[i] (used to find the best
 * fine-grained reading of a coarsely annotated sentence). */
export function viterbi(
  emissions: ArrayLike<number>,
  length: number,
  transitions: TransitionScores,
  permitted?: readonly (readonly number[])[],
): Int32Array {
  const L = LABEL_COUNT;
  const labels = new Int32Array(length);
  if (length === 0) return labels;
  const score = new Float64Array(length * L).fill(-Infinity);
  const back = new Int32Array(length * L);
  const candidates = (i: number): readonly number[] | undefined => permitted?.[i];
  const first = candidates(0);
  for (let label = 0; label < L; label++) {
    if (!ALLOWED[label] || (first !== undefined && !first.includes(label))) continue;
    score[label] = transitions[label] + emissions[label];
  }
  for (let i = 1; i < length; i++) {
    const allowedHere = candidates(i);
    for (let label = 0; label < L; label++) {
      if (allowedHere !== undefined && !allowedHere.includes(label)) continue;
      let best = -Infinity;
      let bestPrevious = 0;
      for (let previous = 0; previous < L; previous++) {
        const before = score[(i - 1) * L + previous];
        if (before === -Infinity || !ALLOWED[(previous + 1) * L + label]) continue;
        const candidate = before + transitions[(previous + 1) * L + label];
        if (candidate > best) {
          best = candidate;
          bestPrevious = previous;
        }
      }
      score[i * L + label] = best + emissions[i * L + label];
      back[i * L + label] = bestPrevious;
    }
  }
  let bestLast = 0;
  for (let label = 1; label < L; label++) {
    if (score[(length - 1) * L + label] > score[(length - 1) * L + bestLast]) bestLast = label;
  }
  labels[length - 1] = bestLast;
  for (let i = length - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]];
  return labels;
}
