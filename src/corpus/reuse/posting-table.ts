// An inverted index from 32-bit keys (shingle hashes, LSH band keys) to the newest articles
// holding them, in one typed array: an open-addressed table whose slot holds the key, how many
// articles were added under it, and the newest `kept` of them in a small ring. Readers only ever
// take the newest few articles of a key (a wire paragraph copied by many outlets still leads to
// the latest copies, and a key in many articles is skipped as a set phrase), so older ones need
// not be stored at all: a lookup is one probe into one slot, with no linked list to chase across
// memory (that chase was a quarter of the stage's time). The owner rebuilds the table from its
// live articles to free the keys of articles that left its window.

const EMPTY = 0;
/** Slot layout: key, count, then `kept` articles (article of the n-th addition at n % kept). */
const HEADER = 2;

export class PostingTable {
  private slots: Int32Array;
  private mask: number;
  private used = 0;
  private readonly width: number;

  /** `kept`: the newest articles stored per key (and the most `newest` can return). */
  constructor(
    readonly kept: number,
    expectedKeys = 1 << 16,
  ) {
    let capacity = 1 << 10;
    while (capacity < expectedKeys * 2) capacity <<= 1;
    this.width = HEADER + kept;
    this.slots = new Int32Array(capacity * this.width);
    this.mask = capacity - 1;
  }

  /** Keys held: what a rebuild frees when their articles have left. */
  get size(): number {
    return this.used;
  }

  /** Adds `article` under `key`. Articles must arrive in increasing order. */
  add(key: number, article: number): void {
    const slot = this.slotFor(key, true);
    const added = this.slots[slot + 1]++;
    this.slots[slot + HEADER + (added % this.kept)] = article;
  }

  /** Slot of `key` for `count`/`newest`, or -1 when the key was never added. */
  find(key: number): number {
    return this.slotFor(key, false);
  }

  /** How many articles were added under the key of `slot` (since the table was built). */
  count(slot: number): number {
    return this.slots[slot + 1];
  }

  /** The `rank`-th newest article of `slot` (0: the newest); `rank` < min(count, kept). */
  newest(slot: number, rank: number): number {
    return this.slots[slot + HEADER + ((this.slots[slot + 1] - 1 - rank) % this.kept)];
  }

  private slotFor(rawKey: number, insert: boolean): number {
    const key = rawKey === EMPTY ? 1 : rawKey | 0;
    let index = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const slot = index * this.width;
      const here = this.slots[slot];
      if (here === key) return slot;
      if (here === EMPTY) {
        if (!insert) return -1;
        if ((this.used + 1) * 2 > this.mask + 1) {
          this.grow();
          return this.slotFor(rawKey, true);
        }
        this.slots[slot] = key;
        this.used++;
        return slot;
      }
      index = (index + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const width = this.width;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * width);
    this.mask = capacity - 1;
    for (let from = 0; from < old.length; from += width) {
      const key = old[from];
      if (key === EMPTY) continue;
      let index = Math.imul(key, 0x9e3779b1) & this.mask;
      while (this.slots[index * width] !== EMPTY) index = (index + 1) & this.mask;
      this.slots.set(old.subarray(from, from + width), index * width);
    }
  }
}
