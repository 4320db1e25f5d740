// The shape of each language's reuse vocabulary (src/lang/<code>/reuse-words.ts): words mapped to
// a concept shared by Danish, Bokmål, Nynorsk and Swedish, so that a quote translated between them
// reads as the same sequence of concepts where spelling rules alone cannot join the words
// ("ikke"/"inte"/"ikkje" → not, "siger"/"säger"/"seier" → say, "syv"/"sju" → 7).
export interface ReuseWords {
  /** Function words: concept of each. The reuse stage aligns on content words and skips these,
   * so a translation that adds an article or swaps "at" for "å" keeps its alignment. */
  functionWords: Readonly<Record<string, string>>;
  /** Content words whose equivalents differ beyond the orthographic rules (police, say, week,
   * number words): concept of each; they stay in the aligned sequence. */
  contentWords: Readonly<Record<string, string>>;
}
