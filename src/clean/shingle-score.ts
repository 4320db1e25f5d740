// The article-extraction benchmark's score: F1 over 4-word shingles, with precision and recall
// computed per page and macro-averaged (as published with the Scrapinghub benchmark, so our
// figures sit beside trafilatura's and Readability's).

/** Word tokens as Python's `re.findall(r'\w+')` sees them: letters, digits and underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

export const SHINGLE_SIZE = 4;

/** Multiset of n-word shingles; a text shorter than n words is one short shingle. */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + size);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageMatch {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

/** Shingle matches of one page, normalised to sum to 1 so long pages weigh no more than short ones. */
export function matchPage(truth: string, predicted: string): PageMatch {
  const expected = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of got) {
    const want = expected.get(key) ?? 0;
    tp += Math.min(count, want);
    fp += Math.max(0, count - want);
  }
  for (const [key, want] of expected) fn += Math.max(0, want - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { truePositive: tp / sum, falsePositive: fp / sum, falseNegative: fn / sum } : { truePositive: 0, falsePositive: 0, falseNegative: 0 };
}

export interface ShingleScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

/** Macro-averaged precision and recall over pages, and their harmonic mean. */
export function scorePages(matches: readonly PageMatch[]): ShingleScore {
  let precision = 0;
  let recall = 0;
  for (const m of matches) {
    precision += ratio(m.truePositive, m.truePositive + m.falsePositive);
    recall += ratio(m.truePositive, m.truePositive + m.falseNegative);
  }
  precision /= Math.max(1, matches.length);
  recall /= Math.max(1, matches.length);
  return { pages: matches.length, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}
