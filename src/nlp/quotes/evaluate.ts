// Scores the quote finder on the hand-annotated gold (gold/quotes.jsonl, see gold/README.md):
// span precision/recall/F1 (exact and overlap) for direct quotes and for all quotes, and speaker
// accuracy on the gold quotes found, per language. The gold holds offsets only; the texts are
// rebuilt from ../shared/data by gold/corpus-text.ts and each span is checked against its hash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newArticle, type Article, type Quote } from '../../doc/model.js';
import { findMentions, loadNerModelSync, type NerModel } from '../entities/index.js';
import { splitSentences, tokenize } from '../sentences/index.js';
import { findQuotes } from './find-quotes.js';
import { DDT_TRAIN_PATH } from '../figures/gold/corpus-text.js';
import { precedingSegment, rebuildDocument } from './gold/corpus-text.js';

export type QuoteSplit = 'dev' | 'test';
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface GoldQuote {
  doc: string;
  lang: 'nb' | 'nn' | 'da' | 'sv';
  quoteStart: number;
  quoteEnd: number;
  kind: QuoteKind;
  /** Who spoke: the name, also when the text says "hun" or "ministeren"; null when unknown. */
  speaker: string | null;
  /** The words naming the speaker where the quote is attributed ("hun", "Støre"), if any. */
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue: string | null;
  /** First 8 hex digits of the SHA-1 of the quoted span, to catch a drifting text rebuild. */
  check: string;
}

export class QuotesDataMissingError extends Error {
  readonly code = 'E_QUOTES_DATA_MISSING';
}

export class QuotesGoldDriftError extends Error {
  readonly code = 'E_QUOTES_GOLD_DRIFT';
}

/** The gold stays in src/ (the build copies no data); this path works from src/ and dist/. */
export const goldPath = fileURLToPath(new URL('../../../src/nlp/quotes/gold/quotes.jsonl', import.meta.url));

export function readGold(path: string = goldPath): GoldQuote[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldQuote);
}

/** Dev or test, fixed by the document: the first byte of SHA-1(doc) even → dev, odd → test.
 * DDT train blocks are always dev: they are the Danish NER model's training text, so a speaker
 * score on them flatters the tagger and must not be read as a held-out test. */
export function splitOf(doc: string): QuoteSplit {
  if (doc.startsWith(`${DDT_TRAIN_PATH}#`)) return 'dev';
  return createHash('sha1').update(doc).digest()[0] % 2 === 0 ? 'dev' : 'test';
}

export const spanCheck = (span: string): string => createHash('sha1').update(span).digest('hex').slice(0, 8);

/** A span without the marks, dashes, spaces and punctuation at its edges: what "exact" compares. */
export function coreSpan(text: string, start: number, end: number): [number, number] {
  const edge = /[\s\p{P}]/u;
  while (start < end && edge.test(text[start])) start++;
  while (end > start && edge.test(text[end - 1])) end--;
  return [start, end];
}

const PRONOUNS = new Set(['han', 'hun', 'ho', 'hon', 'de', 'dei', 'vi', 'he', 'she', 'they', 'ham', 'henne', 'hende', 'honom', 'dem', 'him', 'her', 'them']);

/** Words of a name for comparison: lower case, no punctuation, no conjunctions. */
/** A name's words, lower-cased and without accents: "Martínez" and "Martinez" are one name. */
function nameWords(name: string): string[] {
  return (name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !['og', 'and', 'och', 'i', 'fra', 'for'].includes(w));
}

/** Long name words one typing slip apart are the same word ("Tachell"/"Tatchell",
 * "Hjortland"/"Hjorteland"): the text itself spells the person both ways, and the gold keeps one. */
const SPELLING_SLIP_MIN_LENGTH = 6;
/** A first or middle name in a full name whose other words agree ("Gunn Annie Hellestad"/"Gunn
 * Annine Hellestad", "Turi Larsen"/"Turid Larsen") may be shorter and still one slip apart. */
const SPELLING_SLIP_MIN_LENGTH_IN_NAME = 4;
function sameNameWord(a: string, b: string, minLength = SPELLING_SLIP_MIN_LENGTH): boolean {
  if (a === b) return true;
  // A genitive names the same one: "CNNs prognoser", "ifølge Romneys kampanje".
  if (a === `${b}s` || b === `${a}s`) return true;
  if (Math.min(a.length, b.length) < minLength || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tail = (x: string, y: string): boolean => x.slice(i + 1) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i) || x.slice(i) === y.slice(i + 1);
  return tail(a, b);
}

/** A predicted speaker is right when its words and the gold name's words nest ("Støre" in
 * "Jonas Gahr Støre"), and wrong when it is a bare pronoun or shares nothing. */
export function sameSpeaker(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const p = nameWords(predicted);
  const g = nameWords(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.length === 1 && PRONOUNS.has(p[0]) && !(g.length === 1 && g[0] === p[0])) return false;
  // A first or middle name spelt two ways by the text, the surname the same.
  if (p.length >= 2 && p.length === g.length && p[p.length - 1] === g[g.length - 1] && p.filter((w, i) => w !== g[i]).length === 1 &&
    p.every((w, i) => sameNameWord(w, g[i], SPELLING_SLIP_MIN_LENGTH_IN_NAME))) return true;
  return p.every((w) => g.some((v) => sameNameWord(w, v))) || g.every((w) => p.some((v) => sameNameWord(w, v)));
}

/** Whether a predicted speaker names someone: not nothing, and not a pronoun left unresolved. */
export function namesSomeone(predicted: string | null): boolean {
  if (predicted === null) return false;
  const words = nameWords(predicted);
  return words.length > 0 && !(words.length === 1 && PRONOUNS.has(words[0]));
}

/** How the gold speaker is given at the quote: a name, a pronoun or role noun, or not at all. */
export type AttributionType = 'named' | 'anaphoric' | 'continuation';

export function attributionType(gold: GoldQuote): AttributionType {
  if (gold.speakerText === null) return 'continuation';
  const first = gold.speakerText.trim()[0] ?? '';
  return first === first.toLowerCase() ? 'anaphoric' : 'named';
}

export interface PredictedQuote {
  start: number;
  end: number;
  direct: boolean;
  /** The speaker's name as the finder resolved it: the mention's text, else its own words. */
  speaker: string | null;
}

export interface SpanScore {
  gold: number;
  predicted: number;
  exactMatched: number;
  overlapMatched: number;
  exact: { precision: number; recall: number; f1: number };
  overlap: { precision: number; recall: number; f1: number };
}

export interface SpeakerScore {
  /** Gold quotes with a known speaker that the finder found (overlap). */
  scored: number;
  correct: number;
  /** correct / scored: a quote left without a speaker counts as wrong (the target). */
  accuracy: number;
  byType: Record<AttributionType, { scored: number; correct: number; accuracy: number }>;
  /** Of the scored quotes, those the finder gave a speaker (a name, not a bare pronoun): accuracy hides whether a miss was
   * a wrong name or none, and a reader is misled only by the first. */
  attributed: number;
  /** correct / attributed: how often a speaker the finder names is the right one. */
  precision: number;
  /** Found quotes whose gold speaker is unknown (an interviewer, an anonymous source) and those
   * of them the finder still gave a speaker: wrong attributions accuracy does not see. */
  unknown: { found: number; attributed: number };
}

export interface LanguageQuoteScores {
  lang: string;
  documents: number;
  direct: SpanScore;
  all: SpanScore;
  speaker: SpeakerScore;
}

export interface QuoteEvaluation {
  split: QuoteSplit;
  languages: LanguageQuoteScores[];
  total: LanguageQuoteScores;
  errors: QuoteError[];
  seconds: number;
}

/** One miss, for error analysis on dev (the CLI prints them with --errors). */
export interface QuoteError {
  doc: string;
  kind: 'missed' | 'spurious' | 'speaker';
  direct: boolean;
  span: [number, number];
  text: string;
  expected?: string | null;
  got?: string | null;
}

interface Tally {
  gold: number;
  predicted: number;
  exactGold: number;
  exactPredicted: number;
  overlapGold: number;
  overlapPredicted: number;
}

const newTally = (): Tally => ({ gold: 0, predicted: 0, exactGold: 0, exactPredicted: 0, overlapGold: 0, overlapPredicted: 0 });

interface DocumentResult {
  lang: string;
  direct: Tally;
  all: Tally;
  speaker: { type: AttributionType; correct: boolean; attributed: boolean }[];
  unknownSpeaker: { attributed: boolean }[];
  errors: QuoteError[];
}

const overlapLength = (a: [number, number], b: [number, number]): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** One-to-one matching by largest overlap; returns, per gold span, the predicted index or -1. */
export function matchSpans(gold: readonly [number, number][], predicted: readonly [number, number][]): number[] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const size = overlapLength(g, p);
    if (size > 0) pairs.push([size, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const goldTaken = gold.map(() => -1);
  const predictedTaken = new Set<number>();
  for (const [, i, j] of pairs) {
    if (goldTaken[i] >= 0 || predictedTaken.has(j)) continue;
    goldTaken[i] = j;
    predictedTaken.add(j);
  }
  return goldTaken;
}

function tallySpans(text: string, gold: readonly [number, number][], predicted: readonly [number, number][]): { tally: Tally; match: number[] } {
  const match = matchSpans(gold, predicted);
  const tally = newTally();
  tally.gold = gold.length;
  tally.predicted = predicted.length;
  match.forEach((j, i) => {
    if (j < 0) return;
    tally.overlapGold++;
    tally.overlapPredicted++;
    const [gs, ge] = coreSpan(text, gold[i][0], gold[i][1]);
    const [ps, pe] = coreSpan(text, predicted[j][0], predicted[j][1]);
    if (gs === ps && ge === pe) {
      tally.exactGold++;
      tally.exactPredicted++;
    }
  });
  return { tally, match };
}

/** Scores one document's predictions against its gold quotes. Pure: the unit tests call it. */
export function scoreDocument(doc: string, lang: string, text: string, gold: readonly GoldQuote[], predicted: readonly PredictedQuote[]): DocumentResult {
  const span = (q: { quoteStart: number; quoteEnd: number } | PredictedQuote): [number, number] =>
    'quoteStart' in q ? [q.quoteStart, q.quoteEnd] : [q.start, q.end];
  const goldDirect = gold.filter((g) => g.kind === 'direct');
  const predictedDirect = predicted.filter((p) => p.direct);
  const direct = tallySpans(text, goldDirect.map(span), predictedDirect.map(span));
  const all = tallySpans(text, gold.map(span), predicted.map(span));
  const errors: QuoteError[] = [];
  const speaker: DocumentResult['speaker'] = [];
  const unknownSpeaker: DocumentResult['unknownSpeaker'] = [];
  all.match.forEach((j, i) => {
    const g = gold[i];
    if (j < 0) {
      errors.push({ doc, kind: 'missed', direct: g.kind === 'direct', span: span(g), text: text.slice(g.quoteStart, g.quoteEnd), expected: g.speaker });
      return;
    }
    if (g.speaker === null) {
      unknownSpeaker.push({ attributed: namesSomeone(predicted[j].speaker) });
      return;
    }
    const correct = sameSpeaker(predicted[j].speaker, g.speaker);
    speaker.push({ type: attributionType(g), correct, attributed: namesSomeone(predicted[j].speaker) });
    if (!correct) errors.push({ doc, kind: 'speaker', direct: g.kind === 'direct', span: span(g), text: text.slice(g.quoteStart, g.quoteEnd), expected: g.speaker, got: predicted[j].speaker });
  });
  const matchedPredicted = new Set(all.match.filter((j) => j >= 0));
  predicted.forEach((p, j) => {
    if (!matchedPredicted.has(j)) errors.push({ doc, kind: 'spurious', direct: p.direct, span: span(p), text: text.slice(p.start, p.end), got: p.speaker });
  });
  return { lang, direct: direct.tally, all: all.tally, speaker, unknownSpeaker, errors };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function spanScore(t: Tally): SpanScore {
  const exactP = ratio(t.exactPredicted, t.predicted);
  const exactR = ratio(t.exactGold, t.gold);
  const overlapP = ratio(t.overlapPredicted, t.predicted);
  const overlapR = ratio(t.overlapGold, t.gold);
  return {
    gold: t.gold,
    predicted: t.predicted,
    exactMatched: t.exactGold,
    overlapMatched: t.overlapGold,
    exact: { precision: exactP, recall: exactR, f1: f1(exactP, exactR) },
    overlap: { precision: overlapP, recall: overlapR, f1: f1(overlapP, overlapR) },
  };
}

function addTally(into: Tally, t: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += t[key];
}

export function summarise(lang: string, results: readonly DocumentResult[]): LanguageQuoteScores {
  const direct = newTally();
  const all = newTally();
  const types: AttributionType[] = ['named', 'anaphoric', 'continuation'];
  const byType = Object.fromEntries(types.map((t) => [t, { scored: 0, correct: 0, accuracy: 0 }])) as SpeakerScore['byType'];
  let scored = 0;
  let correct = 0;
  let attributed = 0;
  const unknown = { found: 0, attributed: 0 };
  for (const r of results) {
    addTally(direct, r.direct);
    addTally(all, r.all);
    for (const u of r.unknownSpeaker) {
      unknown.found++;
      if (u.attributed) unknown.attributed++;
    }
    for (const s of r.speaker) {
      scored++;
      if (s.attributed) attributed++;
      byType[s.type].scored++;
      if (s.correct) {
        correct++;
        byType[s.type].correct++;
      }
    }
  }
  for (const t of types) byType[t].accuracy = ratio(byType[t].correct, byType[t].scored);
  return { lang, documents: results.length, direct: spanScore(direct), all: spanScore(all), speaker: { scored, correct, accuracy: ratio(correct, scored), byType, attributed, precision: ratio(correct, attributed), unknown } };
}

/** The article the pipeline would see: tokens, sentences and entity mentions of the rebuilt text. */
export function analyse(text: string, lang: string, model: NerModel): Article {
  const article = newArticle({ id: 'gold', source: 'gold', outlet: null, title: null, published: null, lang, url: null, body: { kind: 'text', text } }, text);
  article.lang = lang;
  article.tokens = tokenize(text);
  article.sentences = splitSentences(text, article.tokens);
  article.mentions = findMentions(model, text, article.tokens, article.sentences, lang);
  return article;
}

function predictedOf(article: Article, quotes: readonly Quote[]): PredictedQuote[] {
  return quotes.map((q) => ({
    start: q.start,
    end: q.end,
    direct: q.direct,
    speaker: q.speakerMention !== null ? article.mentions[q.speakerMention]?.text ?? q.speakerText : q.speakerText,
  }));
}

export interface EvaluateQuotesOptions {
  split: QuoteSplit;
  goldFile?: string;
  /** Let the finder read the NDT segment before each document as context (default true): the
   * gold names a speaker introduced in the segment before, as a reader of the whole article would,
   * and the pipeline sees whole articles. Only quotes inside the document itself are scored. */
  precedingContext?: boolean;
}

/** The finder's quotes on `text`, read after `context` (null: none), with offsets into `text`;
 * a quote that starts in the context is cut at the document's start, one wholly in it dropped. */
function quotesAfterContext(text: string, context: string | null, lang: string, model: NerModel): PredictedQuote[] {
  if (context === null) {
    const article = analyse(text, lang, model);
    return predictedOf(article, findQuotes(article));
  }
  const offset = context.length + 1;
  const article = analyse(`${context}\n${text}`, lang, model);
  return predictedOf(article, findQuotes(article))
    .filter((q) => q.end > offset)
    .map((q) => ({ ...q, start: Math.max(q.start, offset) - offset, end: q.end - offset }));
}

/** Runs tokenizer, sentence splitter, entity tagger and quote finder on every gold document of
 * the split and scores them. Throws QuotesDataMissingError when the corpora are absent. */
export function evaluateQuotes(dataDir: string, options: EvaluateQuotesOptions): QuoteEvaluation {
  const wanted = ['norne/ndt/nob', 'norne/ndt/nno', 'ud/UD_Danish-DDT', 'ner-sv', 'ner-da'];
  const missing = wanted.filter((dir) => !existsSync(`${dataDir}/${dir}`));
  if (missing.length > 0) {
    throw new QuotesDataMissingError(`quote evaluation needs the corpora ${missing.join(', ')} under ${dataDir} (set TIDENDE_DATA or --data)`);
  }
  const started = performance.now();
  const gold = readGold(options.goldFile).filter((g) => splitOf(g.doc) === options.split);
  const byDoc = new Map<string, GoldQuote[]>();
  for (const g of gold) {
    let list = byDoc.get(g.doc);
    if (!list) byDoc.set(g.doc, (list = []));
    list.push(g);
  }
  const model = loadNerModelSync();
  const results: DocumentResult[] = [];
  for (const [doc, quotes] of byDoc) {
    const { text, lang } = rebuildDocument(dataDir, doc);
    for (const q of quotes) {
      if (spanCheck(text.slice(q.quoteStart, q.quoteEnd)) !== q.check) {
        throw new QuotesGoldDriftError(`${doc} ${q.quoteStart}-${q.quoteEnd}: the rebuilt text no longer matches the gold (did corpus-text.ts or the data change?)`);
      }
    }
    const context = options.precedingContext === false ? null : precedingSegment(dataDir, doc);
    results.push(scoreDocument(doc, lang, text, quotes, quotesAfterContext(text, context, lang, model)));
  }
  const languages = ['nb', 'nn', 'da', 'sv'].map((lang) => summarise(lang, results.filter((r) => r.lang === lang)));
  return { split: options.split, languages, total: summarise('all', results), errors: results.flatMap((r) => r.errors), seconds: (performance.now() - started) / 1000 };
}

const pct = (x: number): string => x.toFixed(3);

export function formatQuoteEvaluation(evaluation: QuoteEvaluation): string {
  const lines = [`quotes, ${evaluation.split} split (${evaluation.seconds.toFixed(1)} s)`];
  lines.push('lang  docs  kind    gold  pred  exact P/R/F1         overlap P/R/F1       speaker acc (named/anaphoric/continuation)');
  for (const s of [...evaluation.languages, evaluation.total]) {
    for (const [name, score] of [['direct', s.direct], ['all', s.all]] as const) {
      const sp = s.speaker;
      const speaker = name === 'all'
        ? `${pct(sp.accuracy)} of ${sp.scored} (${pct(sp.byType.named.accuracy)}/${sp.byType.named.scored}, ${pct(sp.byType.anaphoric.accuracy)}/${sp.byType.anaphoric.scored}, ${pct(sp.byType.continuation.accuracy)}/${sp.byType.continuation.scored})`
        : '';
      lines.push(
        `${s.lang.padEnd(5)} ${String(s.documents).padStart(4)}  ${name.padEnd(6)} ${String(score.gold).padStart(5)} ${String(score.predicted).padStart(5)}  ` +
          `${pct(score.exact.precision)} ${pct(score.exact.recall)} ${pct(score.exact.f1)}  ${pct(score.overlap.precision)} ${pct(score.overlap.recall)} ${pct(score.overlap.f1)}  ${speaker}`,
      );
    }
  }
  lines.push('', 'lang  speaker attributed of scored  precision of attributed  unknown-speaker quotes given a speaker');
  for (const s of [...evaluation.languages, evaluation.total]) {
    const sp = s.speaker;
    lines.push(`${s.lang.padEnd(5)} ${String(sp.attributed).padStart(6)} of ${String(sp.scored).padEnd(16)} ${pct(sp.precision).padEnd(24)} ${sp.unknown.attributed} of ${sp.unknown.found}`);
  }
  return lines.join('\n');
}
