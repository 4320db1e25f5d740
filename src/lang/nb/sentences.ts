// Sentence-boundary resources: the treebank's colon convention and the case lexicon derived from
// its train split (regenerate with `npx tsx src/nlp/sentences/build-case-lexicon.ts`).
import type { SentenceResources } from '../types.js';

// Relative to the source folder so that the compiled module in dist/ finds the same files.
const here = (file: string): URL => new URL(`../../../src/lang/nb/${file}`, import.meta.url);

export const nbSentences: SentenceResources = {
  colonEndsSentence: 'before-capital',
  sentenceCaseHeadlines: true,
  lowercaseSentenceStarts: false,
  lowercaseWordsFile: here('lowercase-words.txt'),
  sentenceOpenersFile: here('sentence-openers.txt'),
  nonFinalWordsFile: here('non-final-words.txt'),
  capitalisedWordsFile: here('capitalised-words.txt'),
};
