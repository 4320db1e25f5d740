// Evaluation of figure extraction against the annotated gold (src/nlp/figures/gold/README.md):
// precision and recall on exact (kind, min, max) and on (kind, group, source), and how often the
// source is attributed right, for the real newspaper text and the written top-up apart.
import type { Article, Figure } from '../../doc/model.js';
import { newArticle } from '../../doc/model.js';
import { entitiesComponent } from '../entities/index.js';
import { quotesComponent } from '../quotes/index.js';
import { sentencesComponent } from '../sentences/index.js';
import { loadRealGold, loadWrittenGold, type GoldDocument, type GoldFigure, type GoldItem, type GoldOrigin } from './gold/gold.js';
import { figuresComponent } from './index.js';

/** What the scorer needs of a predicted figure. */
export type PredictedFigure = Pick<Figure, 'start' | 'end' | 'kind' | 'min' | 'max' | 'group' | 'sourceText' | 'quantity'> & { text?: string };

export interface PrecisionRecall {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FigureScores {
  documents: number;
  /** Exact kind, min and max. */
  value: PrecisionRecall;
  /** Kind, normalised group and source, whatever the value. */
  groupSource: PrecisionRecall;
  /** Of the predictions matched to a gold figure of the same kind: source right (both none counts). */
  sourceAccuracy: { matched: number; correct: number; accuracy: number; withGoldSource: number; correctWithGoldSource: number };
  /** Predictions on numbers the gold marks as no figure (a date, an age…). */
  nonFiguresPredicted: number;
  nonFiguresGold: number;
}

export interface FigureError {
  doc: string;
  type: 'missed' | 'spurious' | 'wrong value' | 'wrong kind' | 'wrong group/source';
  gold: GoldItem | null;
  predicted: PredictedFigure | null;
  context: string;
}

export interface FigureEvaluation {
  split: 'dev' | 'test';
  real: FigureScores;
  written: FigureScores;
  all: FigureScores;
  /** The real text by language: Swedish (dev only) apart from NDT and DDT. */
  realByLang: Record<string, FigureScores>;
  errors: FigureError[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function precisionRecall(gold: number, predicted: number, correct: number): PrecisionRecall {
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, gold);
  return { gold, predicted, correct, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** "politiet" and "Politiet i Oslo", "FN" and "tal frå FN": the same source when one holds the other. */
export function sameSource(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  // "SVT:s" is SVT: a Swedish genitive after an abbreviation is no other source.
  const fold = (s: string): string => s.toLowerCase().replace(/:s\b/g, '').replace(/[«»"'.,:]/g, '').replace(/\s+/g, ' ').trim();
  const [a, b] = [fold(gold), fold(predicted)];
  return a === b || (a.length > 0 && b.length > 0 && (` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `)));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** The gold item a prediction speaks of: the one its quantity (else its span) overlaps, nearest first. */
function goldFor(predicted: PredictedFigure, items: readonly GoldItem[]): GoldItem | null {
  const span = predicted.quantity ?? predicted;
  const hits = items.filter((item) => overlaps(item, span));
  if (hits.length === 0) return null;
  return hits.find((item) => item.figure && item.figure.min === predicted.min && item.figure.max === predicted.max) ?? hits[0];
}

interface DocumentPrediction {
  document: Pick<GoldDocument, 'doc' | 'text' | 'items'> & { lang?: string };
  predicted: readonly PredictedFigure[];
}

/** Scores predictions against gold, document by document; each gold item is claimed at most once. */
export function scoreFigures(documents: readonly DocumentPrediction[], errors: FigureError[] = []): FigureScores {
  let goldFigures = 0;
  let predictedCount = 0;
  let valueCorrect = 0;
  let groupSourceCorrect = 0;
  let matched = 0;
  let sourceCorrect = 0;
  let withGoldSource = 0;
  let correctWithGoldSource = 0;
  let nonFiguresPredicted = 0;
  let nonFiguresGold = 0;
  for (const { document, predicted } of documents) {
    const context = (span: { start: number; end: number }): string => document.text.slice(Math.max(0, span.start - 60), span.end + 60).replace(/\s+/g, ' ');
    goldFigures += document.items.filter((i) => i.figure).length;
    nonFiguresGold += document.items.filter((i) => !i.figure).length;
    predictedCount += predicted.length;
    const claimed = new Set<GoldItem>();
    for (const p of predicted) {
      const item = goldFor(p, document.items.filter((i) => !claimed.has(i)));
      if (item === null) {
        errors.push({ doc: document.doc, type: 'spurious', gold: null, predicted: p, context: context(p) });
        continue;
      }
      claimed.add(item);
      const gold: GoldFigure | null = item.figure;
      if (gold === null) {
        nonFiguresPredicted++;
        errors.push({ doc: document.doc, type: 'spurious', gold: item, predicted: p, context: context(item) });
        continue;
      }
      const valueRight = gold.kind === p.kind && gold.min === p.min && gold.max === p.max;
      const sourceRight = sameSource(gold.source, p.sourceText);
      if (valueRight) valueCorrect++;
      if (gold.kind === p.kind && gold.group === p.group && sourceRight) groupSourceCorrect++;
      if (gold.kind === p.kind) {
        matched++;
        if (sourceRight) sourceCorrect++;
        if (gold.source !== null) {
          withGoldSource++;
          if (sourceRight) correctWithGoldSource++;
        }
      }
      const type = gold.kind !== p.kind ? 'wrong kind' : !valueRight ? 'wrong value' : gold.group !== p.group || !sourceRight ? 'wrong group/source' : null;
      if (type) errors.push({ doc: document.doc, type, gold: item, predicted: p, context: context(item) });
    }
    for (const item of document.items) {
      if (item.figure && !claimed.has(item)) errors.push({ doc: document.doc, type: 'missed', gold: item, predicted: null, context: context(item) });
    }
  }
  return {
    documents: documents.length,
    value: precisionRecall(goldFigures, predictedCount, valueCorrect),
    groupSource: precisionRecall(goldFigures, predictedCount, groupSourceCorrect),
    sourceAccuracy: { matched, correct: sourceCorrect, accuracy: ratio(sourceCorrect, matched), withGoldSource, correctWithGoldSource },
    nonFiguresPredicted,
    nonFiguresGold,
  };
}

/** The figures our pipeline finds in a gold document, its language given (as a labelled feed gives it). */
export function predictFigures(document: Pick<GoldDocument, 'doc' | 'lang' | 'published' | 'text'>, run = articlePipeline()): Figure[] {
  const article = newArticle({ id: document.doc, source: document.doc, outlet: null, title: null, published: document.published, lang: document.lang, url: null, body: { kind: 'text', text: document.text } }, document.text);
  return run(article).figures;
}

export interface FigureEvaluationOptions {
  /** Run the NER tagger for mentions (as `analyze` does); off, the gate test runs in seconds. */
  entities: boolean;
}

/** Sentences, entities, quotes and figures, with the language fixed rather than guessed. */
export function articlePipeline(options: FigureEvaluationOptions = { entities: true }): (article: Article) => Article {
  const sentences = sentencesComponent.create({});
  const entities = options.entities ? entitiesComponent.create(entitiesComponent.defaults) : (article: Article): Article => article;
  const quotes = quotesComponent.create({});
  const figures = figuresComponent.create({});
  return (article) => {
    sentences(article);
    for (const sentence of article.sentences) sentence.lang = article.lang;
    return figures(quotes(entities(article)));
  };
}

export function evaluateFigures(dataDir: string, split: 'dev' | 'test', options: FigureEvaluationOptions = { entities: true }): FigureEvaluation {
  const real = loadRealGold(dataDir).filter((d) => d.split === split);
  const written = loadWrittenGold().filter((d) => d.split === split);
  const run = articlePipeline(options);
  const errors: FigureError[] = [];
  const predictions = new Map<GoldOrigin, DocumentPrediction[]>([['real', []], ['written', []]]);
  for (const document of [...real, ...written]) predictions.get(document.origin)?.push({ document, predicted: predictFigures(document, run) });
  const realPredictions = predictions.get('real') ?? [];
  const writtenPredictions = predictions.get('written') ?? [];
  const langs = [...new Set(realPredictions.map((p) => p.document.lang ?? ''))].sort();
  const realByLang = Object.fromEntries(langs.map((lang) => [lang, scoreFigures(realPredictions.filter((p) => p.document.lang === lang))]));
  return {
    split,
    realByLang,
    real: scoreFigures(realPredictions, errors),
    written: scoreFigures(writtenPredictions, errors),
    all: scoreFigures([...realPredictions, ...writtenPredictions]),
    errors,
  };
}

const pct = (x: number): string => x.toFixed(3);

function scoreLine(name: string, s: FigureScores): string {
  return [
    `${name.padEnd(8)} docs ${String(s.documents).padStart(3)}  gold ${String(s.value.gold).padStart(3)}  predicted ${String(s.value.predicted).padStart(3)}`,
    `  (kind, min, max)         P ${pct(s.value.precision)}  R ${pct(s.value.recall)}  F1 ${pct(s.value.f1)}`,
    `  (kind, group, source)    P ${pct(s.groupSource.precision)}  R ${pct(s.groupSource.recall)}  F1 ${pct(s.groupSource.f1)}`,
    `  source attribution       ${pct(s.sourceAccuracy.accuracy)} of ${s.sourceAccuracy.matched} matched (${s.sourceAccuracy.correctWithGoldSource}/${s.sourceAccuracy.withGoldSource} where the gold names a source)`,
    `  non-figures taken        ${s.nonFiguresPredicted} of ${s.nonFiguresGold}`,
  ].join('\n');
}

export function formatFigureEvaluation(evaluation: FigureEvaluation, showErrors = false): string {
  const lines = [
    `Figures, ${evaluation.split} split (real: NDT nb/nn, DDT da and Webbnyheter sv newspaper text; written: fictional top-up)`,
    scoreLine('real', evaluation.real),
    ...Object.entries(evaluation.realByLang).map(([lang, scores]) => `  real ${lang}: gold ${scores.value.gold}, predicted ${scores.value.predicted}, P ${pct(scores.value.precision)} R ${pct(scores.value.recall)}, source ${pct(scores.sourceAccuracy.accuracy)} of ${scores.sourceAccuracy.matched} (${scores.sourceAccuracy.correctWithGoldSource}/${scores.sourceAccuracy.withGoldSource} named)`),
    scoreLine('written', evaluation.written),
    scoreLine('all', evaluation.all),
  ];
  if (showErrors) {
    const show = (f: GoldFigure | PredictedFigure | null | undefined): string =>
      f ? `${f.kind} ${f.min ?? '…'}–${f.max ?? '…'} ${f.group ?? ''} [${'source' in f ? (f.source ?? '') : (f.sourceText ?? '')}]` : '—';
    for (const e of evaluation.errors) {
      lines.push(`${e.type.padEnd(18)} ${e.doc}\n    gold: ${e.gold ? (e.gold.figure ? show(e.gold.figure) : `not a figure (${e.gold.note})`) : '—'}  predicted: ${show(e.predicted)}\n    …${e.context}…`);
    }
  }
  return lines.join('\n');
}
