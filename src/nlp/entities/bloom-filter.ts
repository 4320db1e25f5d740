// A Bloom filter over strings: the common-word lists of four languages (1.6 million forms) in
// about 2 MB, where a set would not fit in a model file. False positives are rare (≈1%) and
// only cost a feature its precision; there are no false negatives.
import { finish, hashString, mixIn } from './feature-table.js';

export class BloomFilter {
  readonly bits: Uint8Array;
  readonly hashCount: number;
  private readonly bitCount: number;

  constructor(bits: Uint8Array, hashCount: number) {
    this.bits = bits;
    this.hashCount = hashCount;
    this.bitCount = bits.length * 8;
  }

  /** A filter sized for `expected` members at about a 1% false-positive rate. */
  static forSize(expected: number): BloomFilter {
    const bitCount = Math.max(64, Math.ceil(expected * 9.6));
    return new BloomFilter(new Uint8Array(Math.ceil(bitCount / 8)), 7);
  }

  add(word: string): void {
    const [first, second] = this.hashes(word);
    for (let k = 0; k < this.hashCount; k++) {
      const bit = ((first + k * second) >>> 0) % this.bitCount;
      this.bits[bit >>> 3] |= 1 << (bit & 7);
    }
  }

  has(word: string): boolean {
    const [first, second] = this.hashes(word);
    for (let k = 0; k < this.hashCount; k++) {
      const bit = ((first + k * second) >>> 0) % this.bitCount;
      if ((this.bits[bit >>> 3] & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }

  private hashes(word: string): [number, number] {
    const first = hashString(word);
    return [first >>> 0, (finish(mixIn(0x1b873593, first)) | 1) >>> 0];
  }
}
