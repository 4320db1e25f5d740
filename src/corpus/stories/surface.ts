// What a reader sees of a story: a headline and 1–5 central sentences, in the language most of
// its articles are written in, no two saying the same.
import type { Article } from '../../doc/model.js';
import { termsOf } from '../../nlp/terms/index.js';
import { timeOf } from './story-index.js';

export interface StorySurface {
  title: string;
  summary: string[];
  languages: string[];
  first: string | null;
  last: string | null;
  /** Member ids, oldest first (undated last, in arrival order). */
  articles: string[];
}

const LEAD_SENTENCES = 3;
const DUPLICATE_OVERLAP = 0.5;

function bag(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const o = b.get(t);
    if (o !== undefined) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

function majorityLanguage(articles: readonly Article[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.lang, (counts.get(a.lang) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

export function storySurface(members: readonly Article[]): StorySurface {
  const ordered = members
    .map((article, index) => ({ article, index, time: timeOf(article.published) }))
    .sort((a, b) => (a.time ?? Number.POSITIVE_INFINITY) - (b.time ?? Number.POSITIVE_INFINITY) || a.index - b.index)
    .map((e) => e.article);
  const lang = majorityLanguage(ordered);
  const inLang = ordered.filter((a) => a.lang === lang);
  const centroid = bag(inLang.flatMap((a) => termsOf(`${a.title ?? ''} ${a.text}`, a.lang)));

  // Headline: the title of the article closest to the story's centre.
  let title = '';
  let bestTitle = -1;
  for (const article of inLang) {
    const headline = article.title ?? (article.sentences[0] ? article.text.slice(article.sentences[0].start, article.sentences[0].end) : article.text.slice(0, 120));
    const score = cosine(bag(termsOf(`${article.title ?? ''} ${article.text}`, article.lang)), centroid);
    if (score > bestTitle) {
      bestTitle = score;
      title = headline;
    }
  }

  // Summary: lead sentences ranked by centrality, earlier sentences preferred, duplicates skipped.
  const candidates: { text: string; terms: Set<string>; score: number }[] = [];
  for (const article of inLang) {
    article.sentences.slice(0, LEAD_SENTENCES).forEach((sentence, position) => {
      const text = article.text.slice(sentence.start, sentence.end).trim();
      const terms = termsOf(text, article.lang);
      if (terms.length < 4) return;
      candidates.push({ text, terms: new Set(terms), score: cosine(bag(terms), centroid) / (1 + 0.3 * position) });
    });
  }
  candidates.sort((a, b) => b.score - a.score);
  const limit = Math.min(5, Math.max(1, inLang.length + 1));
  const summary: { text: string; terms: Set<string> }[] = [];
  for (const candidate of candidates) {
    if (summary.length >= limit) break;
    if (summary.some((s) => overlap(s.terms, candidate.terms) >= DUPLICATE_OVERLAP)) continue;
    summary.push(candidate);
  }

  const dated = ordered.map((a) => a.published).filter((p): p is string => p !== null);
  return {
    title: title || ordered[0].id,
    summary: summary.map((s) => s.text),
    languages: [...new Set(ordered.map((a) => a.lang))],
    first: dated[0] ?? null,
    last: dated.length > 0 ? dated[dated.length - 1] : null,
    articles: ordered.map((a) => a.id),
  };
}
