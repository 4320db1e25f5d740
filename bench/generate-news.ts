// Deterministic synthetic Nordic news for benchmarks: seeded articles in da/nb/nn/sv/en, about a
// third of them grouped into events that share names, places, figures and whole sentences.
import {
  FOREIGN_PLACES,
  INTERNATIONAL_PEOPLE,
  INTERNATIONAL_TOPICS,
  LANGUAGE_PACKS,
} from './news-vocabulary.js';
import type { Lang, LanguagePack, TopicKey, TopicTemplates } from './news-vocabulary.js';

export type { Lang } from './news-vocabulary.js';

export interface BenchArticle {
  id: string;
  title: string;
  text: string;
  published: string;
  outlet: string;
  lang: 'da' | 'nb' | 'nn' | 'sv' | 'en';
}

/** An article with the event it was generated from: ground truth for story clustering. */
export interface LabelledArticle {
  article: BenchArticle;
  /** Shared by every article about the same event; unique for one-off articles. */
  eventId: string;
  topic: TopicKey;
}

export const MIN_WORDS = 250;
export const MAX_WORDS = 450;

/**
 * Articles are planned in blocks so memory stays bounded however many are streamed: each block's
 * events are drawn up front and their articles interleaved within the block, which also keeps an
 * event's articles close together in time as real coverage is.
 */
const BLOCK_SIZE = 200;
/** Share of a block's articles that belong to multi-article events. */
const SHARED_SHARE = 0.3;
const MAX_EVENT_SIZE = 8;
/** Average spacing between articles; 100k articles span about a year. */
const ARTICLE_SPACING_MS = 5 * 60 * 1000;
const CORPUS_START_MS = Date.UTC(2024, 0, 1, 5, 0, 0);

const LANG_WEIGHTS: readonly [Lang, number][] = [['da', 0.3], ['nb', 0.26], ['sv', 0.24], ['nn', 0.08], ['en', 0.12]];
const TOPIC_WEIGHTS: readonly [TopicKey, number][] = [
  ['conflict', 0.15], ['protest', 0.12], ['politics', 0.2], ['economy', 0.2], ['accident', 0.17], ['crime', 0.16],
];
const LANG_INDEX: Readonly<Record<Lang, number>> = { da: 0, nb: 1, nn: 2, sv: 3, en: 4 };

/** Same seed, same output: `generateNews(n, s)` is a prefix of `generateNews(m, s)` for n < m. */
export function generateNews(count: number, seed: number): BenchArticle[] {
  const articles: BenchArticle[] = [];
  for (const article of streamNews(count, seed)) articles.push(article);
  return articles;
}

/** The articles of `generateNews`, one at a time, for corpora too large to hold. */
export function* streamNews(count: number, seed: number): Generator<BenchArticle> {
  for (const labelled of streamLabelledNews(count, seed)) yield labelled.article;
}

/** The articles of `generateNews` with the event each belongs to. */
export function* streamLabelledNews(count: number, seed: number): Generator<LabelledArticle> {
  const baseSeed = seed >>> 0;
  for (let blockStart = 0, block = 0; blockStart < count; blockStart += BLOCK_SIZE, block++) {
    const plan = planBlock(baseSeed, block);
    const end = Math.min(count, blockStart + BLOCK_SIZE);
    for (let index = blockStart; index < end; index++) {
      const slot = plan.slots[index - blockStart];
      const event = plan.events[slot];
      const ordinal = event.membersSoFar++;
      yield composeArticle(baseSeed, index, event, ordinal);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: tiny, fast and good enough for picking words. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives independent seeds, so an article's text depends only on (seed, its index, its event). */
function mixSeeds(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x9e3779b1);
    hash ^= hash >>> 15;
    hash = Math.imul(hash, 0x85ebca77);
    hash ^= hash >>> 13;
  }
  return hash >>> 0;
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  uint32(): number {
    return Math.floor(this.next() * 4294967296);
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1][0];
  }
  /** Casualty and arrest counts are heavy-tailed: many small events, a few huge ones. */
  logUniformInt(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  sample<T>(items: readonly T[], size: number): T[] {
    return this.shuffle([...items]).slice(0, size);
  }
}

// ---------------------------------------------------------------------------------------------
// Planning events

interface Person {
  name: string;
  gender: 'm' | 'f';
}

/** Language-independent facts of an event; each language resolves the raw choices in its own lists. */
interface EventFacts {
  choices: number[];
  /** Set abroad: people and places come from the shared international tables. */
  abroad: boolean;
  killed: number;
  injured: number;
  arrested: number;
  jobs: number;
  age: number;
  amount: { unit: 'millions' | 'billions'; value: number };
  percent: number;
  weekday: number;
}

interface PlannedEvent {
  id: string;
  topic: TopicKey;
  primaryLang: Lang;
  size: number;
  seed: number;
  membersSoFar: number;
  facts: EventFacts;
  /** Per-language names and reusable sentences, built on first use. */
  texts: Map<Lang, EventText>;
}

interface BlockPlan {
  events: PlannedEvent[];
  /** Event index of each article in the block, in publication order. */
  slots: number[];
}

function planBlock(seed: number, block: number): BlockPlan {
  const random = new Random(mixSeeds(seed, block, 0xb10c));
  const sizes: number[] = [];
  // Jitter the shared share a little so blocks differ, keeping the corpus average at SHARED_SHARE.
  const sharedTarget = Math.round(BLOCK_SIZE * SHARED_SHARE) + random.int(-8, 8);
  let shared = 0;
  while (shared < sharedTarget) {
    // Squaring skews sizes towards small events, as in real news.
    let size = 2 + Math.floor(random.next() ** 2 * (MAX_EVENT_SIZE - 1));
    const left = sharedTarget - shared;
    if (left - size === 1 || size > left) size = left;
    sizes.push(size);
    shared += size;
  }
  while (shared++ < BLOCK_SIZE) sizes.push(1);

  const blockStartMs = CORPUS_START_MS + block * BLOCK_SIZE * ARTICLE_SPACING_MS;
  const events = sizes.map((size, eventIndex): PlannedEvent => {
    const eventSeed = mixSeeds(seed, block, eventIndex, 0xe7e7);
    const topic = random.weighted(TOPIC_WEIGHTS);
    return {
      id: `${seed}-${block}-${eventIndex}`,
      topic,
      primaryLang: random.weighted(LANG_WEIGHTS),
      size,
      seed: eventSeed,
      membersSoFar: 0,
      facts: drawFacts(new Random(eventSeed), topic, new Date(blockStartMs).getUTCDay()),
      texts: new Map(),
    };
  });
  const slots: number[] = [];
  sizes.forEach((size, eventIndex) => {
    for (let i = 0; i < size; i++) slots.push(eventIndex);
  });
  random.shuffle(slots);
  return { events, slots };
}

function drawFacts(random: Random, topic: TopicKey, weekday: number): EventFacts {
  const choices = Array.from({ length: 16 }, () => random.uint32());
  let killed = random.int(2, 4);
  let injured = random.int(2, 6);
  let arrested = random.int(2, 9);
  if (topic === 'conflict') {
    killed = random.logUniformInt(5, 400);
    injured = killed * random.int(2, 5);
  } else if (topic === 'protest') {
    arrested = random.logUniformInt(20, 3000);
    injured = random.logUniformInt(8, 400);
  } else if (topic === 'accident') {
    killed = random.int(2, 9);
    injured = random.int(2, 45);
  }
  let jobs = random.logUniformInt(40, 4000);
  if (jobs > 100) jobs = Math.round(jobs / 10) * 10;
  const amount = random.chance(0.4)
    ? { unit: 'millions' as const, value: random.int(5, 95) * 10 }
    : { unit: 'billions' as const, value: random.int(12, 249) / 10 };
  // A poll share for politics, a share-price move elsewhere.
  const percent = topic === 'politics' ? random.int(35, 68) : random.int(12, 148) / 10;
  return {
    choices,
    abroad: INTERNATIONAL_TOPICS.has(topic),
    killed,
    injured,
    arrested,
    jobs,
    age: random.int(17, 58),
    amount,
    percent,
    weekday: (weekday + 6) % 7, // events are reported the day after
  };
}

// ---------------------------------------------------------------------------------------------
// Event text per language

interface Speaker {
  /** Full introduction for a first quote: "justitsminister Anne Holm". */
  intro: string;
  pronoun: string;
}

/** Official, witness, expert: the prefixes of quotes in the vocabulary. */
type SpeakerKind = 'o' | 'w' | 'e';
const SPEAKER_KINDS: readonly SpeakerKind[] = ['o', 'w', 'e'];
/** New quote paragraphs an article may add beyond the event's bank. */
const FRESH_QUOTES = 4;

interface BankQuote {
  kind: SpeakerKind;
  /** The quote paragraph as printed. */
  text: string;
  /** The quotes it contains, so an article does not quote them twice. */
  quotes: string[];
}

/** Where fresh material goes: with the news, then background, then filler. */
interface FreshTemplate {
  template: string;
  rank: 0 | 1 | 2;
}

interface EventText {
  pack: LanguagePack;
  topic: TopicTemplates;
  bindings: Slots;
  speakers: Record<SpeakerKind, Speaker>;
  /** Sentences every same-language article of the event draws from, so they overlap. */
  bankHeadline: string;
  bankLeads: string[];
  bankFacts: string[];
  bankQuotes: BankQuote[];
  /** The topic's quotes by speaker, already filled (they use no article-level slot). */
  quotes: Record<SpeakerKind, string[]>;
  /** Sentence templates articles fill their word budget from. */
  freshTemplates: readonly FreshTemplate[];
}

/** Index into a list with one of an event's raw choices. */
function choose<T>(items: readonly T[], choice: number): T {
  return items[choice % items.length];
}

function eventText(event: PlannedEvent, lang: Lang): EventText {
  const cached = event.texts.get(lang);
  if (cached) return cached;
  const pack = LANGUAGE_PACKS[lang];
  const topic = pack.topics[event.topic];
  const { facts } = event;
  const c = facts.choices;

  const person = (choiceA: number, choiceB: number): Person => {
    if (facts.abroad) return choose(INTERNATIONAL_PEOPLE, choiceA);
    const gender = choiceA % 2 === 0 ? 'm' : 'f';
    const first = choose(gender === 'm' ? pack.maleNames : pack.femaleNames, choiceA >>> 1);
    return { name: `${first} ${choose(pack.lastNames, choiceB)}`, gender };
  };
  const official = person(c[0], c[1]);
  const witness = person(c[2], c[3]);
  // Experts are local commentators even on events abroad.
  const expertGender = c[4] % 2 === 0 ? 'm' : 'f';
  const expert: Person = {
    name: `${choose(expertGender === 'm' ? pack.maleNames : pack.femaleNames, c[4] >>> 1)} ${choose(pack.lastNames, c[5])}`,
    gender: expertGender,
  };

  const foreign = choose(FOREIGN_PLACES, c[6])[lang];
  const place = choose(pack.places, c[7]);
  const scene = facts.abroad ? foreign.city : place;
  const role = choose(topic.roles, c[8]);
  const officialIntro = `${role} ${official.name}`;
  const bindings: Slots = {
    official: officialIntro,
    org: choose(topic.orgs, c[9]),
    place,
    city: foreign.city,
    country: foreign.country,
    scene,
    sceneUpper: scene.toUpperCase(),
    nKilled: formatInteger(pack, facts.killed),
    nInjured: formatInteger(pack, facts.injured),
    nArrested: formatInteger(pack, facts.arrested),
    nJobs: formatInteger(pack, facts.jobs),
    amount: fill(facts.amount.unit === 'millions' ? pack.millions : pack.billions, {
      n: facts.amount.unit === 'millions' ? formatInteger(pack, facts.amount.value) : formatDecimal(pack, facts.amount.value),
    }),
    percent: fill(pack.percent, {
      n: Number.isInteger(facts.percent) ? String(facts.percent) : formatDecimal(pack, facts.percent),
    }),
    day: pack.weekdays[facts.weekday],
    dayDef: `${pack.weekdays[facts.weekday]}en`,
    age: String(facts.age),
    company: extra(topic, 'company', c[10]),
    party: extra(topic, 'party', c[11]),
    issue: extra(topic, 'issue', c[12]),
  };
  const headlineSlots = figurePhrases(pack, facts, new Random(event.seed ^ 0x5eed));

  const speakers: Record<SpeakerKind, Speaker> = {
    o: { intro: officialIntro, pronoun: pack.pronouns[official.gender] },
    w: {
      intro: `${witness.name}, ${fill(choose(topic.witnessAppositions, c[14]), bindings)}`,
      pronoun: pack.pronouns[witness.gender],
    },
    e: {
      intro: `${expert.name}, ${choose(topic.expertAppositions, c[15])}`,
      pronoun: pack.pronouns[expert.gender],
    },
  };

  const random = new Random(mixSeeds(event.seed, LANG_INDEX[lang]));
  const text: EventText = {
    pack,
    topic,
    bindings,
    speakers,
    bankHeadline: sentence(fill(random.pick(topic.headlines), headlineSlots, bindings)),
    bankLeads: random.sample(topic.leads, 2).map((lead) => sentence(fill(lead, bindings))),
    bankFacts: random.sample(topic.facts, 4).map((fact) => sentence(fill(fact, bindings))),
    bankQuotes: [],
    quotes: {
      o: quotesBy(topic, 'o').map((quote) => fill(quote, bindings)),
      w: quotesBy(topic, 'w').map((quote) => fill(quote, bindings)),
      e: quotesBy(topic, 'e').map((quote) => fill(quote, bindings)),
    },
    freshTemplates: freshTemplatesOf(pack, topic),
  };
  const quoteKinds = random.sample(SPEAKER_KINDS, 2);
  for (const kind of quoteKinds) {
    const quotes = text.quotes[kind];
    if (quotes.length === 0) continue;
    const [first, second] = random.sample(quotes, 2);
    const lines = [fill(random.pick(pack.quoteFrames), { Q: first, S: speakers[kind].intro })];
    if (second && random.chance(0.6)) {
      lines.push(fill(random.pick(pack.continuationFrames), { Q: second, P: speakers[kind].pronoun }));
    }
    text.bankQuotes.push({ kind, text: lines.join('\n'), quotes: lines.length > 1 ? [first, second] : [first] });
  }
  event.texts.set(lang, text);
  return text;
}

const freshTemplateCache = new Map<TopicTemplates, readonly FreshTemplate[]>();

function freshTemplatesOf(pack: LanguagePack, topic: TopicTemplates): readonly FreshTemplate[] {
  let templates = freshTemplateCache.get(topic);
  if (!templates) {
    templates = [
      ...topic.facts.map((template) => ({ template, rank: 0 as const })),
      ...topic.background.map((template) => ({ template, rank: 1 as const })),
      ...pack.generic.map((template) => ({ template, rank: 2 as const })),
    ];
    freshTemplateCache.set(topic, templates);
  }
  return templates;
}

function extra(topic: TopicTemplates, slot: string, choice: number): string | undefined {
  const values = topic.extras?.[slot];
  return values ? choose(values, choice) : undefined;
}

function quotesBy(topic: TopicTemplates, kind: SpeakerKind): string[] {
  const prefix = `${kind}|`;
  return topic.quotes.filter((quote) => quote.startsWith(prefix)).map((quote) => quote.slice(prefix.length));
}

function figurePhrases(pack: LanguagePack, facts: EventFacts, random: Random): { killed: string; injured: string; arrested: string } {
  const phrase = (templates: readonly string[], vague: readonly string[], n: number, vagueChance: number): string =>
    n >= 200 && random.chance(vagueChance) ? random.pick(vague) : fill(random.pick(templates), { n: formatInteger(pack, n) });
  return {
    killed: phrase(pack.figures.killed, [], facts.killed, 0),
    injured: phrase(pack.figures.injured, pack.figures.manyInjured, facts.injured, 0.4),
    arrested: phrase(pack.figures.arrested, pack.figures.manyArrested, facts.arrested, 0.3),
  };
}

// ---------------------------------------------------------------------------------------------
// Composing one article

/** A body element: sentences that may share a paragraph, or a quote paragraph on its own. */
interface BodyItem {
  kind: 'fact' | 'quote';
  text: string;
  words: number;
  rank: FreshTemplate['rank'];
}

function composeArticle(seed: number, index: number, event: PlannedEvent, ordinal: number): LabelledArticle {
  const random = new Random(mixSeeds(seed, index, 0xa7));
  // The first article fixes the event's language; events abroad are also covered in other languages.
  const crossLingual = ordinal > 0 && INTERNATIONAL_TOPICS.has(event.topic) && random.chance(0.25);
  const lang = crossLingual ? random.weighted(LANG_WEIGHTS) : event.primaryLang;
  const text = eventText(event, lang);
  const { pack, topic, bindings } = text;

  const published = new Date(CORPUS_START_MS + index * ARTICLE_SPACING_MS + random.int(-20, 20) * 60_000);
  const outlet = random.pick(pack.outlets);
  // Article-level slots, looked up before the event's: cheaper than copying the event's per article.
  const articleSlots: Slots = { ...figurePhrases(pack, event.facts, random), outlet };
  const isWire = random.chance(0.35);

  const title = random.chance(0.4)
    ? text.bankHeadline
    : sentence(fill(random.pick(topic.headlines), articleSlots, bindings));

  // Sentences from the event's bank are always included, so every same-language article of the
  // event shares at least two of them (3 of the 4 bank facts each) whatever its word budget.
  const leadSentence = random.chance(0.9)
    ? text.bankLeads[random.chance(0.67) ? 0 : 1]
    : sentence(fill(random.pick(topic.leads), articleSlots, bindings));
  const lead = isWire && pack.wire.placement === 'prefix'
    ? fill(random.pick(pack.wire.credits), articleSlots, bindings) + leadSentence
    : leadSentence;
  const used = new Set<string>([leadSentence]);
  const mandatory: BodyItem[] = [];
  for (const fact of random.sample(text.bankFacts, 3)) {
    mandatory.push(item('fact', fact, 0));
    used.add(fact);
  }
  // Fresh quotes come from speakers the bank did not quote here, and from a bystander of this
  // article's own, so no one is introduced twice and no quote repeats.
  const freshSpeakers: { speaker: Speaker; quotes: string[] }[] = [];
  const bankKinds = new Set<SpeakerKind>();
  for (const quote of text.bankQuotes) {
    if (!random.chance(0.75)) continue;
    mandatory.push(item('quote', quote.text, 0));
    bankKinds.add(quote.kind);
    for (const body of quote.quotes) used.add(body);
  }
  for (const kind of SPEAKER_KINDS) {
    if (!bankKinds.has(kind)) freshSpeakers.push({ speaker: text.speakers[kind], quotes: text.quotes[kind] });
  }
  const bystander = personName(pack, random);
  freshSpeakers.push({
    speaker: {
      intro: `${bystander.name}, ${fill(random.pick(topic.witnessAppositions), bindings)}`,
      pronoun: pack.pronouns[bystander.gender],
    },
    quotes: text.quotes.w,
  });
  random.shuffle(mandatory);

  const header: string[] = [];
  if (!isWire && random.chance(0.3)) header.push(fill(pack.byline, { name: personName(pack, random).name }));
  if (random.chance(0.2)) header.push(fill(pack.publishedLine, dateParts(pack, published)));
  else if (random.chance(0.05)) header.push(fill(pack.updatedLine, dateParts(pack, published)));
  const caption = random.chance(0.25)
    ? [fill(random.pick(pack.captions), articleSlots, bindings), fill(pack.photoCredit, { photographer: personName(pack, random).name })]
        .filter(Boolean)
        .join(' ')
    : '';
  const readAlso = random.chance(0.3) ? pack.readAlsoPrefix + random.pick(pack.readAlsoTitles) : '';
  const closing = random.chance(0.3) ? sentence(fill(random.pick(pack.closings), articleSlots, bindings)) : '';
  const wireLine = isWire && pack.wire.placement !== 'prefix' ? random.pick(pack.wire.credits) : '';

  let words = countWords(lead) + countWords(caption) + countWords(readAlso) + countWords(closing) + countWords(wireLine);
  for (const line of header) words += countWords(line);
  for (const entry of mandatory) words += entry.words;

  // Fresh material fills the rest of the word budget: the topic's other facts, background,
  // topic-neutral filler and new quotes.
  const target = random.int(275, 430);
  const fresh: BodyItem[] = [];
  // Sentence templates, plus null markers standing for a new quote paragraph.
  const candidates: (FreshTemplate | null)[] = [...text.freshTemplates];
  for (let i = 0; i < FRESH_QUOTES; i++) candidates.push(null);
  random.shuffle(candidates);
  const introduced = new Set<Speaker>();
  for (const candidate of candidates) {
    if (words >= target) break;
    let entry: BodyItem | null;
    if (candidate === null) {
      entry = freshQuote(pack, random.pick(freshSpeakers), random, introduced, used);
    } else {
      const rendered = sentence(fill(candidate.template, articleSlots, bindings));
      // Filler opens or closes an article about equally often.
      const rank = candidate.rank === 2 && random.chance(0.5) ? 0 : candidate.rank;
      entry = used.has(rendered) ? null : item('fact', rendered, rank);
    }
    if (!entry || words + entry.words > MAX_WORDS - 5) continue;
    used.add(entry.text);
    fresh.push(entry);
    words += entry.words;
  }
  // Rarely a topic's material runs out first; the event's unused bank sentences make up the rest.
  for (const spare of [...text.bankFacts, ...text.bankLeads]) {
    if (words >= MIN_WORDS + 5) break;
    if (used.has(spare)) continue;
    const entry = item('fact', spare, 1);
    used.add(spare);
    fresh.push(entry);
    words += entry.words;
  }

  const body = arrangeParagraphs(mandatory, fresh, random);
  const paragraphs: string[] = [...header, lead];
  if (caption) paragraphs.push(caption);
  paragraphs.push(...body);
  if (readAlso) paragraphs.splice(Math.min(paragraphs.length - 1, header.length + 3), 0, readAlso);
  if (closing) paragraphs.push(closing);
  if (wireLine && pack.wire.placement === 'append') paragraphs[paragraphs.length - 1] += ` ${wireLine}`;
  else if (wireLine) paragraphs.push(wireLine);

  return {
    article: {
      id: `syn-${seed}-${String(index).padStart(6, '0')}`,
      title,
      text: paragraphs.join('\n\n'),
      published: published.toISOString(),
      outlet,
      lang,
    },
    eventId: event.size > 1 ? event.id : `${event.id}-solo`,
    topic: event.topic,
  };
}

function freshQuote(
  pack: LanguagePack,
  source: { speaker: Speaker; quotes: string[] },
  random: Random,
  introduced: Set<Speaker>,
  used: Set<string>,
): BodyItem | null {
  const quotes = source.quotes.filter((quote) => !used.has(quote));
  if (quotes.length === 0) return null;
  const [first, second] = random.sample(quotes, 2);
  used.add(first);
  const { speaker } = source;
  // A speaker quoted before gets a pronoun, as a reporter would write.
  const line = introduced.has(speaker)
    ? fill(random.pick(pack.followUpFrames), { Q: first, P: speaker.pronoun })
    : fill(random.pick(pack.quoteFrames), { Q: first, S: speaker.intro });
  introduced.add(speaker);
  const lines = [line];
  if (second && random.chance(0.4)) {
    used.add(second);
    lines.push(fill(random.pick(pack.continuationFrames), { Q: second, P: speaker.pronoun }));
  }
  return item('quote', lines.join('\n'), 0);
}

/**
 * Orders the body like a news story: the event's sentences mixed with fresh news and quotes
 * first, then background, then filler; consecutive sentences share short paragraphs.
 */
function arrangeParagraphs(mandatory: BodyItem[], fresh: BodyItem[], random: Random): string[] {
  const news = fresh.filter((entry) => entry.rank === 0);
  const ordered: BodyItem[] = [];
  let m = 0;
  let f = 0;
  while (m < mandatory.length || f < news.length) {
    const takeMandatory = f >= news.length || (m < mandatory.length && random.chance(0.6));
    ordered.push(takeMandatory ? mandatory[m++] : news[f++]);
  }
  for (const entry of fresh) if (entry.rank === 1) ordered.push(entry);
  for (const entry of fresh) if (entry.rank === 2) ordered.push(entry);

  const paragraphs: string[] = [];
  let open: string[] = [];
  const flush = () => {
    if (open.length > 0) paragraphs.push(open.join(' '));
    open = [];
  };
  for (const entry of ordered) {
    if (entry.kind === 'quote') {
      flush();
      paragraphs.push(entry.text);
      continue;
    }
    open.push(entry.text);
    if (open.length >= 2 || random.chance(0.5)) flush();
  }
  flush();
  return paragraphs;
}

function item(kind: BodyItem['kind'], text: string, rank: BodyItem['rank']): BodyItem {
  return { kind, text, words: countWords(text), rank };
}

/**
 * Words in generated text, whose words are always separated by exactly one space or newline:
 * counting separators natively is several times faster than scanning characters.
 */
function countWords(text: string): number {
  if (text.length === 0) return 0;
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) words++;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) words++;
  return words;
}

function personName(pack: LanguagePack, random: Random): Person {
  const gender = random.chance(0.5) ? 'm' : 'f';
  const first = random.pick(gender === 'm' ? pack.maleNames : pack.femaleNames);
  return { name: `${first} ${random.pick(pack.lastNames)}`, gender };
}

function dateParts(pack: LanguagePack, date: Date): Record<string, string> {
  return {
    d: String(date.getUTCDate()),
    month: pack.months[date.getUTCMonth()],
    yyyy: String(date.getUTCFullYear()),
    hh: String(date.getUTCHours()).padStart(2, '0'),
    mm: String(date.getUTCMinutes()).padStart(2, '0'),
  };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const compiledTemplates = new Map<string, string[]>();

/** Slot values; `undefined` means the slot does not apply (and `fill` throws if asked for it). */
export type Slots = Readonly<Record<string, string | undefined>>;

/**
 * Fills `{slot}`s. Templates are split once and cached: rendering runs millions of times for a
 * large corpus. Throws on an unknown slot so a typo in the vocabulary fails loudly.
 */
export function fill(template: string, values: Slots, fallback?: Slots): string {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiledTemplates.set(template, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = values[parts[i]] ?? fallback?.[parts[i]];
    if (value === undefined) throw new Error(`Template slot {${parts[i]}} has no value in: ${template}`);
    out += value + parts[i + 1];
  }
  return out;
}

/** Upper-cases the first letter, for templates that open with a slot ("{official} oplyser …"). */
function sentence(text: string): string {
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  return first === upper ? text : upper + text.slice(1);
}

function formatInteger(pack: LanguagePack, n: number): string {
  const digits = String(Math.round(n));
  if (n < pack.groupFrom) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, pack.thousandsSeparator);
}

function formatDecimal(pack: LanguagePack, n: number): string {
  return n.toFixed(1).replace('.', pack.decimalMark);
}
