// Hashed feature keys and the open-addressing table that maps them to weight rows. Features are
// two 32-bit hashes, never strings: building and hashing ~40 strings per token was most of the
// tagging time, and a 64-bit key makes collisions between distinct features negligible.

/** One murmur3 round folding `k` into `h`. */
export function mixIn(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser: spreads every input bit over the output. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Feature key → row, growing as keys are inserted; rows are numbered in insertion order. */
export class FeatureTable {
  private slotRows: Int32Array;
  private mask: number;
  /** Key halves per row, for writing the table out. */
  keysA: Int32Array;
  keysB: Int32Array;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slotRows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.keysA = new Int32Array(Math.max(expected, 16));
    this.keysB = new Int32Array(Math.max(expected, 16));
  }

  static fromKeys(keysA: Int32Array, keysB: Int32Array): FeatureTable {
    const table = new FeatureTable(keysA.length);
    for (let row = 0; row < keysA.length; row++) table.insert(keysA[row], keysB[row]);
    return table;
  }

  /** The row of a key, or -1. */
  get(a: number, b: number): number {
    const { slotRows, mask, keysA, keysB } = this;
    let slot = (a ^ (b >>> 7)) & mask;
    for (;;) {
      const row = slotRows[slot];
      if (row < 0) return -1;
      if (keysA[row] === a && keysB[row] === b) return row;
      slot = (slot + 1) & mask;
    }
  }

  /** The row of a key, inserting it if new. */
  insert(a: number, b: number): number {
    const existing = this.get(a, b);
    if (existing >= 0) return existing;
    if ((this.size + 1) * 2 > this.slotRows.length) this.rehash(this.slotRows.length * 2);
    if (this.size === this.keysA.length) {
      const grownA = new Int32Array(this.keysA.length * 2);
      grownA.set(this.keysA);
      this.keysA = grownA;
      const grownB = new Int32Array(this.keysB.length * 2);
      grownB.set(this.keysB);
      this.keysB = grownB;
    }
    const row = this.size++;
    this.keysA[row] = a;
    this.keysB[row] = b;
    this.place(row);
    return row;
  }

  private place(row: number): void {
    let slot = (this.keysA[row] ^ (this.keysB[row] >>> 7)) & this.mask;
    while (this.slotRows[slot] >= 0) slot = (slot + 1) & this.mask;
    this.slotRows[slot] = row;
  }

  private rehash(capacity: number): void {
    this.slotRows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let row = 0; row < this.size; row++) this.place(row);
  }
}

/** The hashed features of a sentence: token i's keys are at [offsets[i], offsets[i + 1]). */
export class SentenceFeatures {
  keysA: Int32Array;
  keysB: Int32Array;
  /** The template of each key (training drops some templates at random). */
  templates: Uint8Array;
  offsets: Int32Array;
  length = 0;
  private tokenCount = 0;

  constructor(tokens: number) {
    this.keysA = new Int32Array(tokens * 48 + 16);
    this.keysB = new Int32Array(tokens * 48 + 16);
    this.templates = new Uint8Array(tokens * 48 + 16);
    this.offsets = new Int32Array(tokens + 1);
  }

  /** A feature of template `template` over up to three parts (string hashes or small ints). */
  add(template: number, x = 0, y = 0, z = 0): void {
    if (this.length === this.keysA.length) {
      const grownA = new Int32Array(this.keysA.length * 2);
      grownA.set(this.keysA);
      this.keysA = grownA;
      const grownB = new Int32Array(this.keysB.length * 2);
      grownB.set(this.keysB);
      this.keysB = grownB;
      const grownTemplates = new Uint8Array(this.templates.length * 2);
      grownTemplates.set(this.templates);
      this.templates = grownTemplates;
    }
    this.templates[this.length] = template;
    this.keysA[this.length] = finish(mixIn(mixIn(mixIn(mixIn(0x3c6ef372, template), x), y), z));
    this.keysB[this.length] = finish(mixIn(mixIn(mixIn(mixIn(0x5be0cd19, z), y), x), template ^ 0x2545f491));
    this.length++;
  }

  endToken(): void {
    this.offsets[++this.tokenCount] = this.length;
  }
}
