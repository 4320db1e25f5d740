// Training examples for the speaker model: every gold quote of the DEV split that the rules find,
// with its candidates labelled by the gold speaker (sameSpeaker, as the evaluation scores them).
import { loadNerModelSync } from '../entities/index.js';
import { analyse, attributionType, matchSpans, readGold, sameSpeaker, splitOf, type AttributionType, type GoldQuote } from './evaluate.js';
import { findRuleQuotes } from './find-quotes.js';
import { rebuildDocument } from './gold/corpus-text.js';
import { speakerChoices } from './speaker-model.js';
import type { SpeakerExample } from './speaker-train.js';

export interface LabelledSpeakerExample extends SpeakerExample {
  type: AttributionType;
  lang: string;
  /** The gold speaker and the quote's words, for error analysis. */
  speaker: string | null;
  quote: string;
}

/** One example per dev gold quote the rules found, its candidates labelled by the gold speaker.
 * `goldFile`: another gold file (a batch held out from training); its dev rows only, never test. */
export function collectExamples(dataDir: string, goldFile?: string): LabelledSpeakerExample[] {
  const gold = readGold(goldFile).filter((g) => splitOf(g.doc) === 'dev'); // never test
  const byDoc = new Map<string, GoldQuote[]>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  const ner = loadNerModelSync();
  const examples: LabelledSpeakerExample[] = [];
  for (const [doc, quotes] of [...byDoc].sort(([a], [b]) => a.localeCompare(b))) {
    const { text, lang } = rebuildDocument(dataDir, doc);
    const article = analyse(text, lang, ner);
    const found = findRuleQuotes(article).sort((a, b) => a.start - b.start);
    const choices = speakerChoices(article, found);
    const match = matchSpans(quotes.map((q) => [q.quoteStart, q.quoteEnd]), found.map((q) => [q.start, q.end]));
    quotes.forEach((g, i) => {
      const j = match[i];
      if (j < 0) return;
      const choice = choices[j];
      const correct = choice.candidates.map((c) => (g.speaker === null ? c.text === null : sameSpeaker(c.text, g.speaker)));
      examples.push({ doc, lang, choice, correct, scored: g.speaker !== null, type: attributionType(g), speaker: g.speaker, quote: text.slice(g.quoteStart, g.quoteEnd) });
    });
  }
  return examples;
}
