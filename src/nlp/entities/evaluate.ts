// Strict entity-level scoring (CoNLL style: a mention counts when type, start and end all match)
// and `evaluateNer`, which runs the shipped model over the NorNE, Danish and Swedish splits.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readFile } from 'node:fs/promises';
import { parseNorneConll, readNerSplit, type NerCorpus, type NerSplit } from './corpora.js';
import { COARSE_TYPE, LABELS } from './labels.js';
import { propagateNames } from './document-pass.js';
import { loadNerModel } from './load.js';
import { tagSentence, type NerModel } from './model.js';
import type { EntityType } from '../../doc/model.js';

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  /** Gold mentions of the type. */
  support: number;
  predicted: number;
  correct: number;
}

export interface EntityScores {
  micro: TypeScore;
  perType: Record<string, TypeScore>;
}

interface LabelledSpan {
  type: string;
  start: number;
  end: number;
}

/** The word strings of every mention in some sentences ("Jonas Gahr Støre"). */
export function namesIn(sentences: readonly { tokens: readonly string[]; labels: readonly string[] }[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    for (const span of spansOf(sentence.labels)) names.add(sentence.tokens.slice(span.start, span.end).join(' '));
  }
  return names;
}

/** Mentions of a BIO sequence; an I-X that does not continue an X starts one, as conlleval does. */
export function spansOf(labels: readonly string[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let open: LabelledSpan | null = null;
  labels.forEach((label, index) => {
    const type = label === 'O' ? null : label.slice(2);
    const continues = open !== null && label.startsWith('I-') && open.type === type;
    if (continues && open !== null) {
      open.end = index + 1;
      return;
    }
    if (open !== null) spans.push(open);
    open = type === null ? null : { type, start: index, end: index + 1 };
  });
  if (open !== null) spans.push(open);
  return spans;
}

class ScoreTally {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  add(gold: readonly LabelledSpan[], predicted: readonly LabelledSpan[]): void {
    const key = (span: LabelledSpan): string => `${span.type}:${span.start}:${span.end}`;
    const goldKeys = new Set(gold.map(key));
    for (const span of gold) this.count(span.type).gold++;
    for (const span of predicted) {
      const counts = this.count(span.type);
      counts.predicted++;
      if (goldKeys.has(key(span))) counts.correct++;
    }
  }

  scores(): EntityScores {
    const perType: Record<string, TypeScore> = {};
    let gold = 0;
    let predicted = 0;
    let correct = 0;
    for (const [type, counts] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      perType[type] = toScore(counts.gold, counts.predicted, counts.correct);
      gold += counts.gold;
      predicted += counts.predicted;
      correct += counts.correct;
    }
    return { micro: toScore(gold, predicted, correct), perType };
  }

  private count(type: string): { gold: number; predicted: number; correct: number } {
    let counts = this.counts.get(type);
    if (counts === undefined) {
      counts = { gold: 0, predicted: 0, correct: 0 };
      this.counts.set(type, counts);
    }
    return counts;
  }
}

function toScore(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: gold, predicted, correct };
}

const coarseLabel = (label: string): string =>
  label === 'O' ? 'O' : `${label.slice(0, 2)}${COARSE_TYPE[label.slice(2) as EntityType] ?? label.slice(2)}`;

/** The Swedish corpus has no B/I distinction: adjacent mentions of one type read as one. */
const mergeAdjacent = (labels: readonly string[]): string[] =>
  labels.map((label, index) =>
    label.startsWith('B-') && index > 0 && labels[index - 1] !== 'O' && labels[index - 1].slice(2) === label.slice(2)
      ? `I-${label.slice(2)}`
      : label,
  );

export interface CorpusEvaluation {
  name: string;
  lang: string;
  split: NerSplit;
  sentences: number;
  tokens: number;
  /** Our seven types; null for corpora annotated with four classes only. */
  fine: EntityScores | null;
  /** PER/LOC/ORG/MISC, GPE → LOC and EVT/PROD → MISC (ScandiNER's classes). */
  coarse: EntityScores;
  /** Seven types (or four), counting only mentions whose words never occur as a name in
   * training: how well the tagger generalises, when `seenNames` is given. */
  unseen: EntityScores | null;
  /** Wall-clock throughput of features and decoding (depends on what else the machine runs). */
  tokensPerSecond: number;
  /** Tokens per second of this process's CPU time: the one-core speed, independent of load.
   * Garbage collection on helper threads counts too, so it errs low. */
  tokensPerCpuSecond: number;
}

/** Tags every sentence of a corpus and scores it; the timing covers features and decoding.
 * With `documentSize`, runs of that many consecutive sentences stand in for articles (the
 * corpora keep text order but mark no article boundaries) and get the article-level name pass. */
export function evaluateCorpus(
  model: NerModel,
  corpus: NerCorpus,
  documentSize = 0,
  seenNames?: ReadonlySet<string>,
): CorpusEvaluation {
  const fine = new ScoreTally();
  const coarse = new ScoreTally();
  const unseen = new ScoreTally();
  let tokens = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let labelIds = corpus.sentences.map((sentence) => {
    tokens += sentence.tokens.length;
    return tagSentence(model, sentence.tokens, sentence.lang);
  });
  if (documentSize > 0) {
    const passed: Int32Array[] = [];
    for (let first = 0; first < labelIds.length; first += documentSize) {
      const chunk = corpus.sentences
        .slice(first, first + documentSize)
        .map((sentence, k) => ({ tokens: sentence.tokens, labels: labelIds[first + k] }));
      passed.push(...propagateNames(chunk, model.resources));
    }
    labelIds = passed;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const predictions = labelIds.map((ids) => [...ids].map((id) => LABELS[id]));
  const swedish = corpus.lang === 'sv';
  corpus.sentences.forEach((sentence, index) => {
    const predicted = predictions[index];
    if (!sentence.coarse) fine.add(spansOf(sentence.labels), spansOf(predicted));
    let goldCoarse = sentence.labels.map(coarseLabel);
    let predictedCoarse = predicted.map(coarseLabel);
    if (swedish) {
      goldCoarse = mergeAdjacent(goldCoarse);
      predictedCoarse = mergeAdjacent(predictedCoarse);
    }
    coarse.add(spansOf(goldCoarse), spansOf(predictedCoarse));
    if (seenNames !== undefined) {
      const isUnseen = (span: LabelledSpan): boolean => !seenNames.has(sentence.tokens.slice(span.start, span.end).join(' '));
      const [gold, guessed] = sentence.coarse ? [goldCoarse, predictedCoarse] : [sentence.labels, predicted];
      unseen.add(spansOf(gold).filter(isUnseen), spansOf(guessed).filter(isUnseen));
    }
  });
  return {
    name: corpus.name,
    lang: corpus.lang,
    split: corpus.split,
    sentences: corpus.sentences.length,
    tokens,
    fine: corpus.sentences.some((sentence) => !sentence.coarse) ? fine.scores() : null,
    coarse: coarse.scores(),
    unseen: seenNames === undefined ? null : unseen.scores(),
    tokensPerSecond: tokens / seconds,
    tokensPerCpuSecond: tokens / cpuSeconds,
  };
}

export interface NerEvaluation {
  split: NerSplit;
  modelLoadMs: number;
  corpora: CorpusEvaluation[];
}

export class NerDataMissingError extends Error {
  readonly code = 'E_NER_DATA_MISSING';
}

export interface EvaluateNerOptions {
  split?: NerSplit;
  /** A model already in memory (training uses this); otherwise the shipped one is loaded. */
  model?: NerModel;
  /** A model file to load instead of the shipped one (to compare candidates). */
  modelPath?: string;
}

/** Scores the model on the test splits (or dev) of NorNE nb/nn, DDT NER and Webbnyheter. */
export async function evaluateNer(dataDir: string, options: EvaluateNerOptions = {}): Promise<NerEvaluation> {
  if (!existsSync(dataDir)) throw new NerDataMissingError(`NER evaluation needs the corpora in ${dataDir} (set TIDENDE_DATA)`);
  const split = options.split ?? 'test';
  let model = options.model;
  let modelLoadMs = 0;
  if (model === undefined) {
    const started = performance.now();
    model = await loadNerModel(options.modelPath);
    modelLoadMs = performance.now() - started;
  }
  const corpora = await readNerSplit(dataDir, split);
  // One untimed pass over a few hundred sentences, so tokens/s measures the compiled code and
  // not the JIT warming up on whichever corpus comes first.
  for (const sentence of corpora[0]?.sentences.slice(0, 500) ?? []) tagSentence(model, sentence.tokens, sentence.lang);
  return { split, modelLoadMs, corpora: corpora.map((corpus) => evaluateCorpus(model, corpus)) };
}

/** Gold mentions as character spans of a sentence's text, by finding each token in turn. */
function characterSpans(text: string, tokens: readonly string[], labels: readonly string[]): string[] | null {
  const offsets: [number, number][] = [];
  let cursor = 0;
  for (const token of tokens) {
    const start = text.indexOf(token, cursor);
    if (start < 0) return null;
    offsets.push([start, start + token.length]);
    cursor = start + token.length;
  }
  return spansOf(labels).map((span) => `${span.type}:${offsets[span.start][0]}:${offsets[span.end - 1][1]}`);
}

/** Strict micro F1 when the tagger reads raw sentence text through our own tokenizer (as in the
 * pipeline) instead of the corpus's tokens; mentions are compared as character spans. Only the
 * CoNLL-U splits carry the raw text (`# text`). */
export async function evaluateOnOwnTokens(
  model: NerModel,
  conlluPath: string,
  lang: string,
  tokenizeText: (text: string) => { start: number; end: number }[],
): Promise<TypeScore> {
  const blocks = (await readFile(conlluPath, 'utf8')).split(/\n\s*\n/).filter((block) => block.trim() !== '');
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const block of blocks) {
    const text = /^# text = (.*)$/m.exec(block)?.[1];
    const [sentence] = parseNorneConll(block, lang as NerCorpus['lang']);
    if (text === undefined || sentence === undefined) continue;
    const goldSpans = characterSpans(text, sentence.tokens, sentence.labels);
    if (goldSpans === null) continue;
    const tokens = tokenizeText(text);
    const labels = tagSentence(model, tokens.map((token) => text.slice(token.start, token.end)), lang);
    const predictedSpans = spansOf([...labels].map((id) => LABELS[id])).map(
      (span) => `${span.type}:${tokens[span.start].start}:${tokens[span.end - 1].end}`,
    );
    const goldSet = new Set(goldSpans);
    gold += goldSpans.length;
    predicted += predictedSpans.length;
    correct += predictedSpans.filter((span) => goldSet.has(span)).length;
  }
  return toScore(gold, predicted, correct);
}
