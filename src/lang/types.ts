// The shape every language folder fills in: resources as data, read by the stages that need them.
export interface MonthName {
  /** Lower-case spelling, full or abbreviated ("marts", "mar", "mars"). */
  name: string;
  month: number;
}

export interface LanguageResources {
  code: string;
  /** Snowball algorithm name in `snowball-stemmers`. */
  stemmer: string;
  /** Abbreviations that end in a full stop and do not end a sentence ("bl.a.", "kl."). */
  abbreviations: readonly string[];
  months: readonly MonthName[];
  /** Labels that start a metadata line with a date ("Publisert", "Opdateret"). */
  dateLabels: readonly string[];
  /** Whole lines of navigation residue, compared lower-cased without trailing punctuation. */
  navigationLines: readonly string[];
  /** Prefixes of navigation lines that carry a link title after them ("Læs også:"). */
  navigationPrefixes: readonly string[];
  /** Words that make a line about cookies a consent banner. */
  cookieWords: readonly string[];
  /** Caption markers: a line holding one is a photo caption ("Foto:", "Bild:"). */
  captionMarkers: readonly string[];
  /** Trailing expanders of scraped captions ("Vis mere"). */
  captionExpanders: readonly string[];
  /** The commonest function words, used as a cheap signal where no model applies. */
  stopWords: readonly string[];
}
