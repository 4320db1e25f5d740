import { describe, expect, it } from 'vitest';
import { daReuseWords } from '../../lang/da/reuse-words.js';
import { nbReuseWords } from '../../lang/nb/reuse-words.js';
import { nnReuseWords } from '../../lang/nn/reuse-words.js';
import { svReuseWords } from '../../lang/sv/reuse-words.js';
import { FUNCTION_WORD, reuseForm, reuseFormId } from './reuse-form.js';

describe('reuse vocabularies', () => {
  it('agree across languages: a word listed twice has one concept and one kind', () => {
    const seen = new Map<string, string>();
    for (const words of [daReuseWords, nbReuseWords, nnReuseWords, svReuseWords]) {
      for (const [kind, table] of [['function', words.functionWords], ['content', words.contentWords]] as const) {
        for (const [word, concept] of Object.entries(table)) {
          expect(word, word).toBe(word.toLowerCase());
          const before = seen.get(word);
          if (before !== undefined) expect(`${kind}:${concept}`, word).toBe(before);
          seen.set(word, `${kind}:${concept}`);
        }
      }
    }
  });
});

describe('reuseForm', () => {
  it('maps function words of the four languages to one concept, flagged', () => {
    for (const group of [['ikke', 'inte', 'ikkje'], ['jeg', 'jag', 'eg'], ['og', 'och'], ['af', 'av'], ['hvad', 'hva', 'vad', 'kva'], ['at', 'att', 'å']]) {
      expect(new Set(group.map(reuseForm)).size, group.join('/')).toBe(1);
      for (const word of group) expect(reuseFormId(word) & FUNCTION_WORD, word).toBe(FUNCTION_WORD);
    }
  });

  it('folds Nordic spellings of one content word together', () => {
    for (const group of [
      ['siger', 'sier', 'säger', 'seier'],
      ['hundrede', 'hundre', 'hundra'],
      ['længe', 'lenge', 'länge'],
      ['ønsker', 'önskar'],
      ['lykke', 'lycka'],
      ['regjeringen', 'regeringen'],
      ['evakueret', 'evakuert'],
      ['Politiet', 'polisen'],
      ['syv', 'sju'],
      ['patienter', 'pasienter', 'pasientar'],
      ['holde', 'hålla'],
      ['håndtering', 'hantering', 'handtering'],
      ['afkørslerne', 'avkjørslene'],
      ['hurtigere', 'raskere', 'snabbare'],
      ['opfordrer', 'oppfordrer', 'uppmanar'],
      ['højere', 'høyere', 'høgare', 'högre'],
    ]) {
      expect(new Set(group.map(reuseForm)).size, group.join('/')).toBe(1);
      for (const word of group) expect(reuseFormId(word) & FUNCTION_WORD, word).toBe(0);
    }
  });

  it('keeps numbers whole and unrelated words apart', () => {
    expect(reuseForm('1.150')).toBe(reuseForm('1150'));
    expect(reuseForm('12')).not.toBe(reuseForm('120'));
    expect(reuseForm('brann')).not.toBe(reuseForm('skole'));
  });
});
