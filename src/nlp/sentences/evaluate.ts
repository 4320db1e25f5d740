// Sentence-boundary evaluation on the UD treebanks: running text rebuilt from `# text` lines
// (sentences of a paragraph joined by a space, paragraphs by a blank line), boundaries scored
// inside paragraphs only — a paragraph break is a boundary any splitter gets for free. The same
// text goes through Intl.Segmenter, the peer every Node installation has.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';

export interface BoundaryScore {
  precision: number;
  recall: number;
  f1: number;
  /** Recall over boundaries after terminal punctuation: the ones a splitter can see at all once
   * headlines and captions are joined to the next sentence by a space. */
  punctuatedRecall: number;
  sentencesPerSecond: number;
}

export interface SentenceEvaluation {
  lang: string;
  file: string;
  sentences: number;
  tidende: BoundaryScore;
  intlSegmenter: BoundaryScore;
  /** Wikimedia's sentencex (Rust), when the dev dependency is installed. */
  sentencex: BoundaryScore | null;
}

type Segment = (lang: string, text: string) => string[];

/** sentencex's `segment`, or null where the package is absent (it is a dev dependency). */
function loadSentencex(): Segment | null {
  try {
    return (createRequire(import.meta.url)('sentencex') as { segment: Segment }).segment;
  } catch {
    return null;
  }
}

/** Sentence ends from a list of segments that cover the text in order. */
function endsOfSegments(text: string, segments: readonly string[]): number[] {
  const ends: number[] = [];
  let cursor = 0;
  for (const segment of segments) {
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const at = text.indexOf(trimmed, cursor);
    if (at < 0) continue;
    cursor = at + trimmed.length;
    ends.push(cursor);
  }
  return ends;
}

const TREEBANKS: readonly { lang: string; folder: string; stem: string }[] = [
  { lang: 'da', folder: 'UD_Danish-DDT', stem: 'da_ddt-ud' },
  { lang: 'nb', folder: 'UD_Norwegian-Bokmaal', stem: 'no_bokmaal-ud' },
  { lang: 'nn', folder: 'UD_Norwegian-Nynorsk', stem: 'no_nynorsk-ud' },
  { lang: 'sv', folder: 'UD_Swedish-Talbanken', stem: 'sv_talbanken-ud' },
  { lang: 'en', folder: 'UD_English-EWT', stem: 'en_ewt-ud' },
];

interface RunningText {
  text: string;
  /** End offsets of sentences that do not end a paragraph. */
  boundaries: Set<number>;
  /** End offsets of paragraphs: not scored. */
  paragraphEnds: Set<number>;
  sentences: number;
}

export function runningText(conllu: string): RunningText {
  const paragraphs: string[][] = [[]];
  for (const line of conllu.split('\n')) {
    if (/^# (newpar|newdoc)/.test(line) && paragraphs[paragraphs.length - 1].length > 0) paragraphs.push([]);
    const text = /^# text = (.*)$/.exec(line);
    if (text) paragraphs[paragraphs.length - 1].push(text[1].trim());
  }
  let text = '';
  const boundaries = new Set<number>();
  const paragraphEnds = new Set<number>();
  let sentences = 0;
  for (const paragraph of paragraphs.filter((p) => p.length > 0)) {
    if (text) text += '\n\n';
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += ' ';
      text += sentence;
      sentences++;
      if (i < paragraph.length - 1) boundaries.add(text.length);
    });
    paragraphEnds.add(text.length);
  }
  return { text, boundaries, paragraphEnds, sentences };
}

function score(predicted: readonly number[], gold: RunningText, seconds: number): BoundaryScore {
  const inside = predicted.filter((end) => !gold.paragraphEnds.has(end));
  const correct = inside.filter((end) => gold.boundaries.has(end)).length;
  const precision = inside.length ? correct / inside.length : 1;
  const recall = gold.boundaries.size ? correct / gold.boundaries.size : 1;
  const punctuated = [...gold.boundaries].filter((end) => /[.!?…"»”'’]/.test(gold.text[end - 1]));
  const found = new Set(inside);
  const punctuatedRecall = punctuated.length ? punctuated.filter((end) => found.has(end)).length / punctuated.length : 1;
  return { precision, recall, punctuatedRecall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, sentencesPerSecond: gold.sentences / seconds };
}

/** Sentence ends by our splitter, as offsets after the last non-space character. */
function tidendeEnds(text: string, lang: string): number[] {
  return splitSentences(text, tokenize(text), lang).map((s) => s.end);
}

function segmenterEnds(text: string, lang: string): number[] {
  const segmenter = new Intl.Segmenter(lang === 'nn' || lang === 'nb' ? 'no' : lang, { granularity: 'sentence' });
  const ends: number[] = [];
  for (const segment of segmenter.segment(text)) ends.push(segment.index + segment.segment.trimEnd().length);
  return ends;
}

function timed<T>(run: () => T): [T, number] {
  const started = process.hrtime.bigint();
  const result = run();
  return [result, Number(process.hrtime.bigint() - started) / 1e9];
}

export function evaluateSentenceSplitting(dataDir: string, split: 'dev' | 'test' = 'test'): SentenceEvaluation[] {
  const results: SentenceEvaluation[] = [];
  const sentencex = loadSentencex();
  for (const bank of TREEBANKS) {
    const file = join(dataDir, 'ud', bank.folder, `${bank.stem}-${split}.conllu`);
    if (!existsSync(file)) throw new Error(`missing treebank file ${file}: evaluation needs ../shared/data`);
    const gold = runningText(readFileSync(file, 'utf8'));
    tidendeEnds('Først. Så', bank.lang); // reads the language's case lexicon: load time is not throughput
    const [ours, oursSeconds] = timed(() => tidendeEnds(gold.text, bank.lang));
    const [theirs, theirSeconds] = timed(() => segmenterEnds(gold.text, bank.lang));
    let sentencexScore: BoundaryScore | null = null;
    if (sentencex) {
      const [ends, seconds] = timed(() => endsOfSegments(gold.text, sentencex(bank.lang === 'nn' || bank.lang === 'nb' ? 'no' : bank.lang, gold.text)));
      sentencexScore = score(ends, gold, seconds);
    }
    results.push({ lang: bank.lang, file, sentences: gold.sentences, tidende: score(ours, gold, oursSeconds), intlSegmenter: score(theirs, gold, theirSeconds), sentencex: sentencexScore });
  }
  return results;
}

export function formatSentenceEvaluation(results: readonly SentenceEvaluation[], split: string): string {
  const pct = (x: number): string => (100 * x).toFixed(2);
  const lines = [
    `Sentence boundaries, UD ${split} splits (boundaries inside paragraphs; P / R / F1 %, recall after . ! ?, sentences/s)`,
    '',
    '| lang | sentences | system | P | R | F1 | R after . ! ? | sentences/s |',
    '|---|---:|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const systems: [string, BoundaryScore | null][] = [['Tidende', r.tidende], ['Intl.Segmenter', r.intlSegmenter], ['sentencex', r.sentencex]];
    for (const [name, s] of systems) {
      if (s === null) lines.push(`| ${r.lang} | ${r.sentences} | ${name} | not installed | | | | |`);
      else lines.push(`| ${r.lang} | ${r.sentences} | ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.punctuatedRecall)} | ${Math.round(s.sentencesPerSecond)} |`);
    }
  }
  return lines.join('\n');
}
