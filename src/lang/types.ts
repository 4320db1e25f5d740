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
  sentences: SentenceResources;
}

/** Where sentences end beyond . ! ? — conventions of the language's reference treebank and its
 * derived case lexicon (text files, read on first use by the sentence splitter). */
export interface SentenceResources {
  /** When a colon ends a sentence, by the reference treebank's convention: 'before-capital' — NDT
   * (nb, nn) splits "Foto: Reuters" and "sier han: «Vi …»" in two; 'before-sentence' — Talbanken
   * (sv) splits where a sentence recognisably starts (a quoted capital, a word the language
   * writes in lower case); 'never' — DDT (da) and EWT (en) keep the colon inside. */
  colonEndsSentence: 'before-capital' | 'before-sentence' | 'never';
  /** Headlines are written in sentence case ("Søvnløs Svindal knuste konkurrentene"), so a word
   * capitalised though the language writes it in lower case marks a new sentence after one. Not
   * so in English, whose Title Case headlines capitalise every word. */
  sentenceCaseHeadlines: boolean;
  /** A stop, question or exclamation mark before a lower-case word ends the sentence: so in
   * English web text (EWT: "are you kidding? why would you …"), where abbreviations are few and
   * listed; not in the Nordic languages, whose unlisted abbreviations and ordinals ("str. 24",
   * "5. mai") put a stop before lower case far more often than a careless sentence start. */
  lowercaseSentenceStarts: boolean;
  /** Words written in lower case inside sentences, derived from the train split. */
  lowercaseWordsFile: URL;
  /** Words that open sentences often and are never capitalised inside one ("det", "men"). */
  sentenceOpenersFile: URL;
  /** Frequent words that seldom end a sentence ("til", "hele"): no headline ends on one. */
  nonFinalWordsFile: URL;
  /** Words written capitalised inside sentences (names): they veto the other lists when the
   * language is unknown. */
  capitalisedWordsFile: URL;
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
  /** Verbs that attribute a quote written before them ("…, humrar Solheim", "…, tror han") but
   * report no speech of their own: thought, manner and gesture. They are cues after a quote in
   * marks or a dash, never before a reported clause ("Han tror at …" reports nothing). */
  attributionOnlyVerbs?: readonly string[];
  /** Prepositions that attribute a whole clause ("ifølge", "enligt", "according to"). */
  accordingTo: readonly string[];
  /** The complementiser of reported speech ("at", "att", "that"). */
  complementisers: readonly string[];
  /** Personal pronouns that can name a speaker, with their gender when they have one. */
  pronouns: Readonly<Record<string, 'm' | 'f' | 'n' | 'p'>>;
  /** Words after a cue that end the speaker's phrase ("til NTB", "i en pressemelding"). */
  speakerPhraseStops: readonly string[];
  /** Endings of definite role nouns that can name a speaker after a cue ("treneren", "pappa",
   * "politiet"); a lower-case word without one is no speaker ("svarte tak"). Empty: no check. */
  roleNounSuffixes?: readonly string[];
  /** Role nouns that name a title written otherwise before the name: "statsråden" for
   * "kulturminister Trond Giske" (stem → the stems of the titles it stands for). */
  roleNounSynonyms?: Readonly<Record<string, readonly string[]>>;
  /** Definite nouns that name an institution, not a person ("politiet", "kommunen"): after a cue
   * they are the speaker themselves, also as the head of a compound ("fylkeskommunen"). */
  institutionNouns?: readonly string[];
  /** Nouns that, definite, point back to the organisation named last ("selskapet", "kanalen",
   * "hotellet" after "Echo Nest", "CNN", "Walaker hotell"), also as the head of a compound
   * ("TV-kanalen"); given as stems, the definite endings come from `roleNounSuffixes`. */
  organisationAnaphors?: readonly string[];
  /** Cues that ask a question ("spør", "spørger"), also written without a question mark. */
  questionVerbs?: readonly string[];
  /** First-person words: "I" (singular; reporters almost never write it) and the speaker's other
   * first- and second-person words ("vi", "du"), which keep a sentence inside a quote. */
  firstPerson?: { singular: readonly string[]; other: readonly string[] };
  /** How a reporter writes meeting someone ("treffer vi", "vi ringer", "møter me"): the person
   * named right after is the interviewee the next answers belong to, whatever the sentence opens with. */
  reporterMeetings?: readonly string[];
  /** Subjects that point back at a quote in an attribution sentence of its own ("Det sa X til NTB"). */
  pointingSubjects?: readonly string[];
  /** Adverbs that may stand between a cue and the clause it reports without a complementiser
   * ("Erikssen mener også det påvirker …"). */
  clauseAdverbs?: readonly string[];
  /** Finite auxiliaries and the negation, which show a definite noun after a cue to be the subject
   * of a reported clause without a complementiser ("mener vedtaket ikke kommer …", "mener saken er …"),
   * not the cue's object ("forteller historien"). */
  finiteAuxiliaries?: readonly string[];
}
