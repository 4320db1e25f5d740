// Keys under which spellings of one name meet: case and diacritics folded, Nordic genitives
// removed ("Zelenskyjs" → "Zelenskyj", "Mats'" → "Mats"), and transliteration families of Russian
// and Central Asian names collapsed (Zelenskyj / Zelenskij / Zelensky / Selenskyj; Navalnyj /
// Navalny; Khodorkovskij / Chodorkovskij; Lavrov / Lavroff; Gorbatjov / Gorbachev).

/** Removes a genitive ending: -s (not after s, x, z), -'s, -' — the same in all five languages. */
export function foldGenitive(surface: string): string {
  const trimmed = surface.trim();
  if (/['’]s$/.test(trimmed)) return trimmed.slice(0, -2);
  if (/^\p{Lu}{2}s$/u.test(trimmed)) return trimmed.slice(0, -1); // FNs, EUs
  if (/[sxz]['’]$/.test(trimmed)) return trimmed.slice(0, -1);
  // A capitalised word ending in -s after a non-sibilant: "Norges", "Zelenskyjs", "NATOs".
  if (/[^sxzSXZ]s$/.test(trimmed) && trimmed.length > 3) return trimmed.slice(0, -1);
  return trimmed;
}

const DIACRITICS = /[\u0300-\u036f]/g;
const NORDIC: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ß: 'ss', ł: 'l', đ: 'd' };

/** One name token to its key: transliteration variants meet, other names stay apart. */
export function tokenKey(token: string): string {
  let t = token.toLowerCase().replace(/[æøåäößłđ]/g, (c) => NORDIC[c] ?? c);
  t = t.normalize('NFD').replace(DIACRITICS, '');
  t = t.replace(/[^a-z0-9]/g, '');
  // Order matters: German "tsch" before "sch", and "sch" before a lone "ch" + front vowel.
  t = t
    .replace(/shch|sjtsj|sjtj|schtsch|chtch/g, 's')
    .replace(/(tsch|tch|tsj|tj)/g, 'c')
    .replace(/(sch|sh|sj|zh|zj|ž|š)/g, 's')
    .replace(/ch(?=[eiy])/g, 'c')
    .replace(/kh|ch|gh/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/(ij|yj|iy|y|j)/g, 'i')
    .replace(/z/g, 's')
    .replace(/(eff|ev|ew|iev|jev|yev)$/g, 'ev')
    .replace(/(off|ow)$/g, 'ov')
    .replace(/([a-z])\1+/g, '$1')
    // Russian yo is written "jo"/"o" in Nordic spellings and "e" in English: Gorbatjov / Gorbachev.
    .replace(/([cs])ov$/, '$1ev');
  return t;
}

/** Name tokens of a surface form. */
export function nameTokens(surface: string): string[] {
  return surface.split(/[\s\u00a0]+/).filter((t) => t.length > 0);
}

export function nameKey(surface: string): string {
  return nameTokens(surface).map(tokenKey).filter(Boolean).join(' ');
}

/** The key with the last token's genitive removed, or null when there is none to remove.
 * "Jens" and "Paris" end in -s too, so callers try the plain key first and this one second. */
export function genitiveKey(surface: string): string | null {
  const tokens = nameTokens(surface);
  if (tokens.length === 0) return null;
  const folded = foldGenitive(tokens[tokens.length - 1]);
  if (folded === tokens[tokens.length - 1]) return null;
  return [...tokens.slice(0, -1), folded].map(tokenKey).filter(Boolean).join(' ');
}

/** Levenshtein distance, for token keys (short strings). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Two token keys are the same name: equal, or one edit apart in a long enough token
 * (Jensen/Jenssen fold together already; Hansen/Jansen are two edits' worth of letters apart
 * only when both are short, so they stay apart). */
export function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  // Johansen and Johansson are two Nordic surnames, not two spellings of one.
  if (/sen$/.test(a) !== /sen$/.test(b) && /son$/.test(a) !== /son$/.test(b)) return false;
  const length = Math.min(a.length, b.length);
  return length >= 7 && editDistance(a, b) <= 1;
}

/** "M." or "M" is an initial of "Mette". */
export function isInitialOf(initial: string, token: string): boolean {
  const bare = initial.replace(/\.$/, '');
  return bare.length === 1 && token.length > 1 && tokenKey(bare) === tokenKey(token).charAt(0);
}
