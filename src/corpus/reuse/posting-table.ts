// An inverted index from 32-bit keys (shingle hashes, LSH band keys) to the articles holding
// them, in typed arrays: an open-addressed table whose slots (key, head entry, count) sit side by
// side, heading linked lists of (article, next) entries, newest first. Millions of postings cost
// two flat arrays, not millions of small JS arrays, a lookup touches one cache line of the table,
// and a reader takes the newest entries first and stops at the first article that has left the
// window. The owner rebuilds the table from its live articles to free the dead entries.

const EMPTY = 0;
/** Slot layout in `slots`: key, head entry (-1 when none), count. */
const SLOT_WIDTH = 4;

export class PostingTable {
  private slots: Int32Array;
  private mask: number;
  private used = 0;
  /** Entry e: article at 2e, next entry at 2e + 1. */
  private entries: Int32Array;
  private entryCount = 0;

  constructor(expectedKeys = 1 << 16, expectedEntries = expectedKeys) {
    let capacity = 1 << 10;
    while (capacity < expectedKeys * 2) capacity <<= 1;
    this.slots = new Int32Array(capacity * SLOT_WIDTH);
    this.mask = capacity - 1;
    this.entries = new Int32Array(2 * Math.max(1024, expectedEntries));
  }

  /** Entries held (live or not): what a rebuild frees. */
  get size(): number {
    return this.entryCount;
  }

  /** Adds `article` under `key`. Articles must arrive in increasing order. */
  add(key: number, article: number): void {
    const slot = this.slotFor(key, true);
    if (this.entryCount * 2 === this.entries.length) {
      const bigger = new Int32Array(this.entries.length * 2);
      bigger.set(this.entries);
      this.entries = bigger;
    }
    const entry = this.entryCount++;
    this.entries[2 * entry] = article;
    this.entries[2 * entry + 1] = this.slots[slot + 1];
    this.slots[slot + 1] = entry;
    this.slots[slot + 2]++;
  }

  /** Slot of `key` for `count`/`first`, or -1 when the key was never added. */
  find(key: number): number {
    return this.slotFor(key, false);
  }

  /** How many articles were added under the key of `slot` (since the table was built). */
  count(slot: number): number {
    return this.slots[slot + 2];
  }

  /** First entry (newest article) of `slot`, or -1; walk on with `next`. */
  first(slot: number): number {
    return this.slots[slot + 1];
  }

  next(entry: number): number {
    return this.entries[2 * entry + 1];
  }

  article(entry: number): number {
    return this.entries[2 * entry];
  }

  private slotFor(rawKey: number, insert: boolean): number {
    const key = rawKey === EMPTY ? 1 : rawKey | 0;
    let index = Math.imul(key, 0x9e3779b1) & this.mask;
    for (;;) {
      const slot = index * SLOT_WIDTH;
      const here = this.slots[slot];
      if (here === key) return slot;
      if (here === EMPTY) {
        if (!insert) return -1;
        if ((this.used + 1) * 2 > this.mask + 1) {
          this.grow();
          return this.slotFor(rawKey, true);
        }
        this.slots[slot] = key;
        this.slots[slot + 1] = -1;
        this.used++;
        return slot;
      }
      index = (index + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * SLOT_WIDTH);
    this.mask = capacity - 1;
    for (let from = 0; from < old.length; from += SLOT_WIDTH) {
      const key = old[from];
      if (key === EMPTY) continue;
      let index = Math.imul(key, 0x9e3779b1) & this.mask;
      while (this.slots[index * SLOT_WIDTH] !== EMPTY) index = (index + 1) & this.mask;
      this.slots.set(old.subarray(from, from + SLOT_WIDTH), index * SLOT_WIDTH);
    }
  }
}
