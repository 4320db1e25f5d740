import { describe, expect, it } from 'vitest';
import { femaleFirstNames, genderOfName, maleFirstNames } from './first-names.js';

describe('genderOfName', () => {
  it('reads the first word of a full name', () => {
    expect(genderOfName('Tor Magnus Lilletvedt')).toBe('m');
    expect(genderOfName('Cathrine Langfjell Torsvik')).toBe('f');
    expect(genderOfName('Lilletvedt')).toBeNull();
  });

  it('reads a genitive as the name ("Cathrines barndom"), but not a name that ends in s', () => {
    expect(genderOfName('Cathrines')).toBe('f');
    expect(genderOfName('Tores')).toBe('m');
    expect(genderOfName('Agnes')).toBe('f');
    expect(genderOfName('Hans')).toBe('m');
  });

  it('lists no name as both genders', () => {
    expect([...maleFirstNames].filter((name) => femaleFirstNames.has(name))).toEqual([]);
  });
});
