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
  numbers: NumberResources;
  figures: FigureResources;
  quotes: QuoteResources;
}

/** How a language writes quantities: the resources of the numbers module. */
export interface NumberResources {
  /** The decimal mark of written digits; the other mark (and spaces) group thousands. */
  decimalMark: ',' | '.';
  /** Cardinal words and their values ("tolv": 12, "halvtreds": 50). */
  cardinals: Readonly<Record<string, number>>;
  /** Cardinals that are also articles ("en", "et", "ein"): numbers only where a figure demands. */
  weakCardinals: readonly string[];
  /** Words that multiply the number before them ("hundrede", "tusind", "mio."). */
  multipliers: Readonly<Record<string, number>>;
  /** The word joining units and tens in compounds written apart or together ("enogtyve": "og"). */
  unitsBeforeTensJoiner: string | null;
  /** Vague quantities as ranges ("dusinvis": 24–99); max null means open-ended. */
  vague: readonly { phrase: string; min: number; max: number | null; approximate: boolean }[];
  /** Words before a number that bound or blur it ("mindst" → min, "op til" → max). */
  hedges: readonly { phrase: string; effect: 'min' | 'max' | 'approximate' }[];
  /** "mellem 20 og 30": the word before the range and the one joining its ends. */
  rangeBetween: readonly string[];
  rangeAnd: readonly string[];
}

/** Words that make a quantity a figure of an event (killed, injured, …) and say who was counted. */
export interface FigureResources {
  /** Word forms (or stems ending in `*`) per figure kind: "dræbt", "omkom*", "mistet livet". */
  kinds: readonly { kind: import('../doc/model.js').FigureKind; words: readonly string[] }[];
  /** Nouns naming who was counted, per normalised group ("demonstranter" → protesters). */
  groups: readonly { group: string; words: readonly string[] }[];
  /** Verbs that make soldiers a deployment ("sender", "udstationerer"). */
  deployVerbs: readonly string[];
  /** Nouns for a running count ("dødstallet"), read with the kind they count. */
  tolls: readonly { kind: import('../doc/model.js').FigureKind; words: readonly string[] }[];
  /** Words after a number that make it no count of people ("år", "kilometer", "procent"). */
  nonCountUnits: readonly string[];
  /** Words that introduce who reported something ("ifølge", "oplyser", "siger"). */
  sourceCues: readonly string[];
}

/** How a language marks and attributes speech. */
export interface QuoteResources {
  /** Reporting verbs, present and past, as written after a quote ("siger", "sagde"). */
  reportingVerbs: readonly string[];
  /** Prepositions that attribute a whole clause ("ifølge", "enligt", "according to"). */
  accordingTo: readonly string[];
  /** The complementiser of reported speech ("at", "att", "that"). */
  complementisers: readonly string[];
  /** Personal pronouns that can name a speaker, with their gender when they have one. */
  pronouns: Readonly<Record<string, 'm' | 'f' | 'n' | 'p'>>;
  /** Words after a cue that end the speaker's phrase ("til NTB", "i en pressemelding"). */
  speakerPhraseStops: readonly string[];
}
