// Word clusters learned from unlabeled text by a cheap stand-in for Brown clustering: each word
// is described by its neighbour distribution (Hellinger-weighted), randomly projected to a small dense vector,
// and split recursively by 2-means; the left/right path is the word's bit string, so its
// prefixes are coarser clusters, as with Brown clusters.

export interface ClusterOptions {
  /** Words seen fewer times get no cluster (their vectors are noise). */
  minCount: number;
  /** The commonest words serve as context features. */
  contextWords: number;
  dimensions: number;
  /** Longest bit path. */
  depth: number;
  seed: number;
  /** Neighbours on each side that describe a word (1: the words right before and after it). */
  window: number;
}

export const defaultClusterOptions: ClusterOptions = { minCount: 3, contextWords: 2000, dimensions: 256, depth: 16, seed: 7, window: 1 };

function seededGaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Lower-case word → bit path, over sentences of tokens. */
export function buildWordClusters(
  sentences: Iterable<readonly string[]>,
  options: ClusterOptions = defaultClusterOptions,
): Map<string, string> {
  const lowered: string[][] = [];
  const frequency = new Map<string, number>();
  for (const tokens of sentences) {
    const words = tokens.map((token) => token.toLowerCase());
    lowered.push(words);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const byFrequency = [...frequency].sort((a, b) => b[1] - a[1]);
  const contextIndex = new Map(byFrequency.slice(0, options.contextWords).map(([word], index) => [word, index]));
  const vocabulary = byFrequency.filter(([word, count]) => count >= options.minCount && /\p{L}/u.test(word));
  const wordIndex = new Map(vocabulary.map(([word], index) => [word, index]));

  // Context slots: for each offset (-1, +1, …), each context word plus one "other" and a boundary.
  const slotsPerOffset = options.contextWords + 2;
  const offsets: number[] = [];
  for (let distance = 1; distance <= options.window; distance++) offsets.push(-distance, distance);
  const cooccurrence: Map<number, number>[] = vocabulary.map(() => new Map());
  const slotCount = offsets.length * slotsPerOffset;
  for (const words of lowered) {
    for (let i = 0; i < words.length; i++) {
      const row = wordIndex.get(words[i]);
      if (row === undefined) continue;
      offsets.forEach((offset, k) => {
        const j = i + offset;
        const slot =
          j < 0 || j >= words.length ? options.contextWords + 1 : (contextIndex.get(words[j]) ?? options.contextWords);
        const key = k * slotsPerOffset + slot;
        cooccurrence[row].set(key, (cooccurrence[row].get(key) ?? 0) + 1);
      });
    }
  }

  const D = options.dimensions;
  const gaussian = seededGaussian(options.seed);
  const projection = new Float32Array(slotCount * D);
  for (let i = 0; i < projection.length; i++) projection[i] = gaussian();
  const vectors = new Float32Array(vocabulary.length * D);
  cooccurrence.forEach((contexts, row) => {
    let wordTotal = 0;
    for (const count of contexts.values()) wordTotal += count;
    for (const [key, count] of contexts) {
      // Hellinger weighting (square root of the context distribution): on a corpus this small,
      // PPMI lets the rare contexts of rare words dominate, and the clusters come out as noise.
      const weight = Math.sqrt(count / wordTotal);
      for (let d = 0; d < D; d++) vectors[row * D + d] += weight * projection[key * D + d];
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += vectors[row * D + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) vectors[row * D + d] /= norm;
  });

  const paths = new Map<string, string>();
  const split = (members: number[], path: string): void => {
    if (members.length <= 2 || path.length >= options.depth) {
      for (const member of members) paths.set(vocabulary[member][0], path || '0');
      return;
    }
    const [left, right] = twoMeans(vectors, D, members);
    if (left.length === 0 || right.length === 0) {
      for (const member of members) paths.set(vocabulary[member][0], path || '0');
      return;
    }
    split(left, `${path}0`);
    split(right, `${path}1`);
  };
  split(vocabulary.map((_, index) => index), '');
  return paths;
}

/** Splits members in two: first by the sign along their principal direction (found by power
 * iteration), which gives balanced, deterministic halves, then a few 2-means refinements. */
function twoMeans(vectors: Float32Array, D: number, members: readonly number[]): [number[], number[]] {
  const mean = new Float64Array(D);
  for (const member of members) for (let d = 0; d < D; d++) mean[d] += vectors[member * D + d];
  for (let d = 0; d < D; d++) mean[d] /= members.length;
  const centred = (member: number, d: number): number => vectors[member * D + d] - mean[d];
  let direction = new Float64Array(D).map((_, d) => Math.sin(d + 1));
  for (let iteration = 0; iteration < 8; iteration++) {
    const next = new Float64Array(D);
    for (const member of members) {
      let projection = 0;
      for (let d = 0; d < D; d++) projection += centred(member, d) * direction[d];
      for (let d = 0; d < D; d++) next[d] += projection * centred(member, d);
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += next[d] ** 2;
    norm = Math.sqrt(norm) || 1;
    direction = next.map((value) => value / norm);
  }
  let left: number[] = [];
  let right: number[] = [];
  for (const member of members) {
    let projection = 0;
    for (let d = 0; d < D; d++) projection += centred(member, d) * direction[d];
    (projection >= 0 ? left : right).push(member);
  }
  const centreA = new Float64Array(D);
  const centreB = new Float64Array(D);
  for (let iteration = 0; iteration < 3 && left.length > 0 && right.length > 0; iteration++) {
    for (const [centre, group] of [[centreA, left], [centreB, right]] as const) {
      centre.fill(0);
      for (const member of group) for (let d = 0; d < D; d++) centre[d] += vectors[member * D + d] / group.length;
    }
    const nextLeft: number[] = [];
    const nextRight: number[] = [];
    for (const member of members) {
      let distanceA = 0;
      let distanceB = 0;
      for (let d = 0; d < D; d++) {
        const value = vectors[member * D + d];
        distanceA += (value - centreA[d]) ** 2;
        distanceB += (value - centreB[d]) ** 2;
      }
      (distanceA <= distanceB ? nextLeft : nextRight).push(member);
    }
    left = nextLeft;
    right = nextRight;
  }
  return [left, right];
}
