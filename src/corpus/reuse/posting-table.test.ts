import { describe, expect, it } from 'vitest';
import { PostingTable } from './posting-table.js';

const newestOf = (table: PostingTable, key: number): number[] => {
  const slot = table.find(key);
  if (slot < 0) return [];
  const out: number[] = [];
  for (let rank = 0; rank < Math.min(table.count(slot), table.kept); rank++) out.push(table.newest(slot, rank));
  return out;
};

describe('PostingTable', () => {
  it('returns the newest kept articles of a key, newest first, and counts all of them', () => {
    const table = new PostingTable(3);
    for (let article = 0; article < 5; article++) table.add(42, article);
    table.add(7, 2);
    expect(newestOf(table, 42)).toEqual([4, 3, 2]);
    expect(table.count(table.find(42))).toBe(5);
    expect(newestOf(table, 7)).toEqual([2]);
    expect(table.find(99)).toBe(-1);
  });

  it('keeps every key through growth, the key 0 included', () => {
    const table = new PostingTable(2, 4);
    for (let key = 0; key < 5000; key++) {
      table.add(key * 2654435761, key);
      table.add(key * 2654435761, key + 1);
    }
    expect(table.size).toBe(5000);
    for (const key of [0, 1, 2500, 4999]) expect(newestOf(table, key * 2654435761)).toEqual([key + 1, key]);
  });
});
