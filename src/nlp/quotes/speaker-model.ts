// The learned speaker decision. The hand rules (find-quotes.ts, speakers.ts) find the quotes and
// their evidence; this ranks the people and organisations of the article (plus "nobody") for each
// quote with a linear model over that evidence (cue clause, distance, the speaker of the quote before,
// pronoun gender, titles, names inside the quote …), trained as a softmax over candidates on the dev
// gold by scripts/train-speakers.ts. Its weights are data: speaker-model.json.
import type { Article } from '../../doc/model.js';
import { genderOfName } from '../../lang/base/first-names.js';
import { compile, isCapitalised, type Compiled } from './attribution.js';
import type { RuleQuote } from './find-quotes.js';
import { addressedIn, namedFirst, roleNounStem, subjectBefore, titleWindowOf } from './speakers.js';
import shipped from './speaker-model.json' with { type: 'json' };

/** Which quotes the model decides: all, or only those whose attribution does not name the speaker. */
export type SpeakerModelScope = 'all' | 'unnamed';

export interface SpeakerModel {
  scope: SpeakerModelScope;
  weights: Readonly<Record<string, number>>;
  /** The model overrules the rules only when its choice outscores theirs by this much (0: always). */
  margin?: number;
}

/** How the rules found the speaker's words: a name, a pronoun, a role noun, or nothing. */
export type AttributionKind = 'named' | 'pronoun' | 'plural' | 'role' | 'none';

/** A person or organisation of the article (its mentions, clustered by name), or nobody. */
export interface SpeakerCandidate {
  /** Mentions of this candidate, in text order; empty for "nobody" and for a rule's bare words. */
  mentions: number[];
  /** What the quote reports as its speaker if chosen. */
  mention: number | null;
  text: string | null;
  /** The rules chose this candidate. */
  rule: boolean;
}

/** One quote's candidates with their sparse features, the unit the model scores and trains on. */
export interface SpeakerChoice {
  kind: AttributionKind;
  /** A question with no cue to which the rules gave nobody (an interviewer's): the model never
   * learns "nobody" well enough (it cost accuracy in cross-validation), so the rules keep these. */
  interviewerQuestion: boolean;
  candidates: SpeakerCandidate[];
  features: Map<string, number>[];
}

const PREVIOUS_LINES_BUCKETS = [0, 1, 2, 4];
const SENTENCE_BUCKETS = [0, 1, 2, 4, 8];
const QUOTES_SINCE_BUCKETS = [1, 2, 3];
/** How far back narration is read when no quote comes before. */
const NARRATION_REACH_CHARS = 400;
const DISTANCE_BUCKETS = [80, 250, 600, 1500];
const AFTER_CHARS = 150;
const LEAD_CHARS = 400;

const nameWords = (name: string): string[] =>
  (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.replace(/s$/, '')).filter((w) => w.length > 1 && !['og', 'and', 'och'].includes(w));

/** Two names for the same person when the words of one are all in the other ("Støre", "Jonas Gahr Støre"). */
export function namesNest(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  const xs = new Set(x);
  const ys = new Set(y);
  return x.every((w) => ys.has(w)) || y.every((w) => xs.has(w));
}

export function attributionKind(article: Article, compiled: Compiled, quote: RuleQuote): AttributionKind {
  if (!quote.attribution) return 'none';
  const head = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u.exec(article.text.slice(quote.attribution.speakerStart, quote.attribution.speakerEnd))?.[0] ?? '';
  const gender = compiled.resources.pronouns[head.toLowerCase()];
  if (gender === 'm' || gender === 'f') return 'pronoun';
  if (gender !== undefined) return 'plural';
  return isCapitalised(head) ? 'named' : 'role';
}

/** The people and organisations of the article, a cluster per name (a mention joins the latest
 * cluster whose names nest with it: "Tore" with "pappa Tore Hansen", not "Espen Hansen" with "Tore Hansen"). */
function clusterMentions(article: Article): number[][] {
  const clusters: number[][] = [];
  article.mentions.forEach((m, i) => {
    if (m.type !== 'PER' && m.type !== 'ORG') return;
    let home: number[] | undefined;
    for (let c = clusters.length - 1; c >= 0 && !home; c--) {
      if (clusters[c].some((j) => article.mentions[j].type === m.type && namesNest(article.mentions[j].text, m.text))) home = clusters[c];
    }
    if (home) home.push(i);
    else clusters.push([i]);
  });
  return clusters;
}

/** The longest name of a cluster, the most words to match a reader's (or the gold's) name; a
 * genitive ("Karl Ove Knausgårds") only when no other form is as long. */
function fullestMention(article: Article, mentions: readonly number[]): number {
  const rank = (i: number): number => {
    const text = article.mentions[i].text;
    return text.split(/\s+/).length * 2 + (/s$/.test(text) ? 0 : 1);
  };
  return mentions.reduce((best, i) => (rank(i) > rank(best) ? i : best), mentions[0]);
}

const bucket = (value: number, bounds: readonly number[]): string => {
  const at = bounds.findIndex((b) => value <= b);
  return at < 0 ? `>${bounds[bounds.length - 1]}` : `<=${bounds[at]}`;
};

/** Candidates and features for every quote of an article, quotes sorted by start. */
export function speakerChoices(article: Article, quotes: readonly RuleQuote[]): SpeakerChoice[] {
  const compiled = compile(article.lang);
  const { text } = article;
  const clusters = clusterMentions(article);
  const quoted = (offset: number): boolean => quotes.some((q) => offset >= q.start && offset < q.end);
  const counts = clusters.map((c) => c.filter((i) => !quoted(article.mentions[i].start)).length);
  const mostMentioned = counts.indexOf(Math.max(0, ...counts));
  const linesBetween = (from: number, to: number): number => (text.slice(Math.min(from, to), Math.max(from, to)).match(/\n/g) ?? []).length;
  const ruleSpeaker = (q: RuleQuote): { mention: number | null; text: string | null } => ({
    mention: q.speakerMention,
    text: q.speakerMention !== null ? article.mentions[q.speakerMention]?.text ?? q.speakerText : q.speakerText,
  });
  const sentenceStarts = article.sentences.map((x) => x.start);
  /** How many sentences start before an offset: sentence distance is the difference of two. */
  const sentenceIndex = (offset: number): number => {
    let low = 0;
    let high = sentenceStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sentenceStarts[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const isSpeaker = (candidate: SpeakerCandidate, speaker: { mention: number | null; text: string | null }): boolean =>
    (speaker.mention !== null && candidate.mentions.includes(speaker.mention)) || (candidate.text !== null && namesNest(candidate.text, speaker.text));

  return quotes.map((quote, index) => {
    const kind = attributionKind(article, compiled, quote);
    const rule = ruleSpeaker(quote);
    const lineStart = text.lastIndexOf('\n', quote.start - 1) + 1;
    const dash = /^\s*[–—-]\s/.test(text.slice(lineStart, quote.start + 1)) && text.slice(lineStart, quote.start).trim().length <= 1;
    const asks = quote.asks;
    const candidates: SpeakerCandidate[] = clusters.map((mentions) => {
      const mention = rule.mention !== null && mentions.includes(rule.mention) ? rule.mention : fullestMention(article, mentions);
      return { mentions, mention, text: article.mentions[mention].text, rule: rule.mention !== null && mentions.includes(rule.mention) };
    });
    // The rules' words when they name nobody the tagger found ("politiet", "Andronik og Igor").
    if (rule.mention === null && rule.text !== null) {
      const same = candidates.find((c) => namesNest(c.text, rule.text) && nameWords(c.text ?? '').length >= nameWords(rule.text ?? '').length);
      if (same) same.rule = true;
      else candidates.push({ mentions: [], mention: null, text: rule.text, rule: true });
    }
    candidates.push({ mentions: [], mention: null, text: null, rule: rule.mention === null && rule.text === null });

    const previous = quotes.slice(0, index).reverse();
    const before1 = previous[0];
    // Turn-taking: a dash line right after a question answers it, so the asker does not speak again.
    const turn = dash && before1 !== undefined && before1.asks && linesBetween(before1.end, quote.start) <= 1;
    const narrationStart = before1 ? before1.end : Math.max(0, quote.start - NARRATION_REACH_CHARS);
    const quoteSentence = sentenceIndex(quote.start);
    const lastAnswer = previous.find((q) => !q.asks);
    const nextCued = quotes.slice(index + 1).find((q) => q.cue !== null && !q.asks);
    const subject = subjectBefore(article, dash ? lineStart : quote.start, quoted);
    const quoteText = text.slice(quote.start, quote.end);
    const attribution = quote.attribution;
    const roleStem = kind === 'role' && attribution
      ? roleNounStem((text.slice(attribution.speakerStart, attribution.speakerEnd).match(/[\p{L}]+/gu) ?? ['']).slice(0, 3).pop() ?? '')
      : null;
    const latestBefore = candidates.map((c) => {
      const before = c.mentions.filter((i) => article.mentions[i].end <= quote.start && !quoted(article.mentions[i].start));
      return before.length > 0 ? before[before.length - 1] : null;
    });
    const recency = latestBefore
      .map((m, i) => ({ m, i }))
      .filter((x): x is { m: number; i: number } => x.m !== null)
      .sort((a, b) => article.mentions[b.m].end - article.mentions[a.m].end)
      .map((x) => x.i);

    const features = candidates.map((candidate, c) => {
      const f = new Map<string, number>();
      const add = (name: string, value = 1): void => {
        f.set(name, (f.get(name) ?? 0) + value);
        f.set(`${kind}:${name}`, (f.get(`${kind}:${name}`) ?? 0) + value);
      };
      if (candidate.rule) {
        add('rule');
        // When the rules only guessed or inherited, the model may learn to trust them less.
        if (quote.guessed === true) add('rule&guessed');
        if (turn) add('rule&turn');
      }
      if (candidate.text === null) {
        add('none');
        if (turn) add('none&turn');
        if (asks) add('none&asks');
        if (quote.question) add('none&question');
        if (quote.headline) add('none&headline');
        if (dash) add('none&dash');
        return f;
      }
      if (candidate.mentions.length === 0) {
        add('ruleWords');
        return f;
      }
      const mentions = candidate.mentions.map((i) => article.mentions[i]);
      add(mentions[0].type === 'ORG' ? 'org' : 'per');
      if (attribution) {
        if (mentions.some((m) => m.start >= attribution.speakerStart - 1 && m.end <= attribution.speakerEnd + 1)) add('inAttribution');
        else if (mentions.some((m) => m.start >= attribution.speakerStart && m.start < attribution.speakerEnd + 80 && linesBetween(attribution.speakerStart, m.start) === 0)) add('nearAttribution');
      }
      if (mentions.some((m) => m.start >= quote.start && m.end <= quote.end)) add('inQuote');
      if (candidate.mention !== null && candidate.mentions.some((i) => addressedIn(article, compiled, quoteText, i))) add('addressed');
      if (before1 && isSpeaker(candidate, ruleSpeaker(before1))) {
        add('previous');
        if (turn) add('previous&turn');
        add(`previous&lines${bucket(linesBetween(before1.end, quote.start), PREVIOUS_LINES_BUCKETS)}`);
        if (before1.asks) add('previous&asked');
      }
      // Two voices alternate in a dialogue or an interview: the one before the last speaks again.
      if (previous[1] && isSpeaker(candidate, ruleSpeaker(previous[1])) && !(before1 && isSpeaker(candidate, ruleSpeaker(before1)))) {
        add('previousButOne');
        if (turn) add('previousButOne&turn');
      }
      // Quotes since this candidate last spoke (by the rules' speakers): a voice fades as others speak.
      const spokeAt = previous.findIndex((q) => isSpeaker(candidate, ruleSpeaker(q)));
      add(spokeAt < 0 ? 'neverSpoke' : `quotesSince${bucket(spokeAt + 1, QUOTES_SINCE_BUCKETS)}`);
      // The narration since the quote before names this candidate as a sentence subject: the text has moved to them.
      const narrated = candidate.mentions.filter((i) => {
        const m = article.mentions[i];
        return m.start >= narrationStart && m.end <= quote.start && !quoted(m.start);
      });
      if (narrated.length > 0) {
        add('narrated');
        if (narrated.some((i) => namedFirst(article, article.mentions[i].start))) add('narratedSubject');
        if (before1 && isSpeaker(candidate, ruleSpeaker(before1))) add('narrated&previous');
      }
      if (lastAnswer && isSpeaker(candidate, ruleSpeaker(lastAnswer))) {
        add('lastAnswer');
        if (asks) add('lastAnswer&asks');
      }
      if (nextCued && isSpeaker(candidate, ruleSpeaker(nextCued))) add('nextCued');
      const latest = latestBefore[c];
      const rank = recency.indexOf(c);
      if (latest === null) {
        add('notBefore');
      } else {
        add(`recency${Math.min(rank + 1, 3)}`);
        const m = article.mentions[latest];
        add(`distance${bucket(quote.start - m.end, DISTANCE_BUCKETS)}`);
        add(`lines${bucket(linesBetween(m.end, quote.start), PREVIOUS_LINES_BUCKETS)}`);
        add(`sentences${bucket(quoteSentence - sentenceIndex(m.start), SENTENCE_BUCKETS)}`);
        if (namedFirst(article, m.start)) add('latestNamedFirst');
      }
      if (mentions.some((m) => m.start > quote.end && m.start <= quote.end + AFTER_CHARS && linesBetween(quote.end, m.start) === 0)) add('after');
      if (subject !== null && candidate.mentions.includes(subject)) add('subjectBefore');
      const count = counts[clusters.indexOf(candidate.mentions)] ?? 0;
      add('logCount', Math.log2(1 + count));
      if (clusters[mostMentioned] === candidate.mentions) add('mostMentioned');
      if (mentions.some((m) => m.start < LEAD_CHARS)) add('lead');
      if (quote.gender !== null && mentions[0].type === 'PER') {
        const gender = genderOfName(article.mentions[candidate.mention as number].text) ?? mentions.map((m) => genderOfName(m.text)).find((g) => g !== null) ?? null;
        add(gender === null ? 'genderUnknown' : gender === quote.gender ? 'genderAgrees' : 'genderConflicts');
      }
      if (roleStem !== null && candidate.mentions.some((i) => titleWindowOf(article, i).includes(roleStem))) add('titleMatches');
      if (asks) add('asks&candidate');
      return f;
    });
    return { kind, interviewerQuestion: quote.question && rule.mention === null && rule.text === null, candidates, features };
  });
}

/** Whether the model or the rules choose this quote's speaker. */
export const modelDecides = (scope: SpeakerModelScope, choice: SpeakerChoice): boolean =>
  !choice.interviewerQuestion && (scope === 'all' || choice.kind !== 'named');

export const scoreOf = (weights: Readonly<Record<string, number>>, features: Map<string, number>): number => {
  let score = 0;
  for (const [name, value] of features) score += (weights[name] ?? 0) * value;
  return score;
};

/** The candidate the model ranks first (ties to the rules' choice, then to the earlier candidate). */
export function bestCandidate(model: SpeakerModel, choice: SpeakerChoice): number {
  let best = -1;
  let bestScore = -Infinity;
  choice.features.forEach((f, i) => {
    const score = scoreOf(model.weights, f) + (choice.candidates[i].rule ? 1e-9 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  const rule = choice.candidates.findIndex((c) => c.rule);
  const margin = model.margin ?? 0;
  if (margin > 0 && rule >= 0 && rule !== best && bestScore - scoreOf(model.weights, choice.features[rule]) < margin) return rule;
  return best;
}

export const shippedSpeakerModel: SpeakerModel = shipped as SpeakerModel;

/** The rules' quotes with speakers chosen by the model (in its scope); the rules' evidence stays. */
export function rerankSpeakers<Q extends RuleQuote>(article: Article, quotes: Q[], model: SpeakerModel = shippedSpeakerModel): Q[] {
  if (Object.keys(model.weights).length === 0) return quotes;
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const choices = speakerChoices(article, sorted);
  const chosen = sorted.map((quote, i) => {
    const choice = choices[i];
    if (!modelDecides(model.scope, choice)) return quote;
    const candidate = choice.candidates[bestCandidate(model, choice)];
    if (candidate.rule) return quote;
    // speakerText stays the words at the attribution ("hun", "ministeren") where there are any.
    const written = choice.kind === 'pronoun' || choice.kind === 'role' ? quote.speakerText : null;
    return { ...quote, speakerMention: candidate.mention, speakerText: candidate.text === null ? null : written ?? candidate.text };
  });
  return chosen;
}
