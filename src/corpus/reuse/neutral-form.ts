// A language-neutral form of a word, so that a wire story rewritten or translated between Danish,
// Bokmål, Nynorsk and Swedish still lines up: lower case; æ/ä → a, ø/ö → o, å/aa → a; doubled
// consonants single; p/t/k after a vowel → b/d/g (Danish softening: "gade"/"gata", "bog"/"bok");
// then the first four letters, a crude stem that survives -en/-et/-ene/-arna endings. Numbers stay
// whole: they anchor passages across languages.
const FOLD: Readonly<Record<string, string>> = { æ: 'a', ä: 'a', ø: 'o', ö: 'o', å: 'a', é: 'e', è: 'e', ü: 'u', ó: 'o', á: 'a' };
const PREFIX = 4;

// Story clustering calls this for every word of every article: a bounded memo makes it cheap.
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

export function neutralForm(word: string): string {
  let form = memo.get(word);
  if (form === undefined) {
    form = computeNeutralForm(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, form);
  }
  return form;
}

function computeNeutralForm(word: string): string {
  let w = word.toLowerCase();
  if (/^\d/.test(w)) return w.replace(/[^\d]/g, '');
  w = w.replace(/aa/g, 'a').replace(/[æäøöåéèüóá]/g, (c) => FOLD[c] ?? c);
  w = w.replace(/([bcdfghjklmnpqrstvwxz])\1+/g, '$1');
  w = w.replace(/(?<=[aeiouy])[ptk]/g, (c) => (c === 'p' ? 'b' : c === 't' ? 'd' : 'g'));
  return w.slice(0, PREFIX);
}
