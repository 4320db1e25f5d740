// Wire agencies and how their credit lines are written; shared by all languages.
export interface Agency {
  name: string;
  /** Spellings of the credit as it stands in text, matched case-sensitively as whole words. */
  spellings: readonly string[];
}

export const agencies: readonly Agency[] = [
  { name: 'Ritzau', spellings: ['Ritzau', 'ritzau', 'RITZAU'] },
  { name: 'NTB', spellings: ['NTB'] },
  { name: 'TT', spellings: ['TT'] },
  { name: 'AFP', spellings: ['AFP'] },
  { name: 'Reuters', spellings: ['Reuters', 'REUTERS'] },
  { name: 'AP', spellings: ['AP'] },
  { name: 'dpa', spellings: ['dpa', 'DPA'] },
  { name: 'ANB', spellings: ['ANB'] },
  { name: 'Bloomberg', spellings: ['Bloomberg'] },
  { name: 'FNB', spellings: ['FNB'] },
];
