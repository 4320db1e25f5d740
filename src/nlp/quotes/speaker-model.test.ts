import { describe, expect, it } from 'vitest';
import { newArticle, type EntityMention } from '../../doc/model.js';
import { splitSentences, tokenize } from '../sentences/index.js';
import { findRuleQuotes } from './find-quotes.js';
import { bestCandidate, namesNest, rerankSpeakers, speakerChoices, type SpeakerChoice, type SpeakerModel } from './speaker-model.js';
import { crossValidate, documentFolds, trainSpeakerModel, type SpeakerExample } from './speaker-train.js';

function article(text: string, lang: string, names: string[]) {
  const a = newArticle({ id: 't', source: 't', outlet: null, title: null, published: null, lang, url: null, body: { kind: 'text', text } }, text);
  a.lang = lang;
  a.tokens = tokenize(text);
  a.sentences = splitSentences(text, a.tokens);
  const mentions: EntityMention[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, type: 'PER', text: name });
  }
  a.mentions = mentions.sort((x, y) => x.start - y.start);
  return a;
}

const speakerOf = (a: ReturnType<typeof article>, q: { speakerMention: number | null; speakerText: string | null }): string | null =>
  q.speakerMention === null ? q.speakerText : a.mentions[q.speakerMention].text;

describe('speaker model', () => {
  it('matches names that nest, also across a genitive', () => {
    expect(namesNest('Støre', 'Jonas Gahr Støre')).toBe(true);
    expect(namesNest('Knausgårds', 'Karl Ove Knausgård')).toBe(true);
    expect(namesNest('Tore Hansen', 'Espen Hansen')).toBe(false);
    expect(namesNest(null, 'Tore')).toBe(false);
  });

  it('offers the people of the article, clustered by name, the rules\' choice and nobody', () => {
    const text = 'Kari Nordmann og Per Hansen møttes i går.\n– Det var et godt møte, sier Kari Nordmann.\n– Vi ses igjen snart.';
    const a = article(text, 'nb', ['Kari Nordmann', 'Per Hansen']);
    const quotes = findRuleQuotes(a);
    const choices = speakerChoices(a, quotes);
    expect(choices).toHaveLength(2);
    const [named, continued] = choices;
    expect(named.kind).toBe('named');
    expect(named.candidates.map((c) => c.text)).toEqual(['Kari Nordmann', 'Per Hansen', null]);
    expect(named.candidates[0].rule).toBe(true);
    expect(named.features[0].get('inAttribution')).toBe(1);
    expect(continued.kind).toBe('none');
    // The cue-less continuation: Nordmann spoke the quote before.
    expect(continued.features[0].get('previous')).toBe(1);
    expect(continued.features[1].get('previous')).toBeUndefined();
  });

  it('reads turn-taking, quotes since a voice spoke and narration about a candidate', () => {
    const text = 'Kari Nordmann intervjuet Per Hansen i går.\n– Hva skjer nå?, spør Kari Nordmann.\n– Vi venter på svar.\nPer Hansen smiler.\n– Det tar tid.';
    const a = article(text, 'nb', ['Kari Nordmann', 'Per Hansen']);
    const choices = speakerChoices(a, findRuleQuotes(a).sort((x, y) => x.start - y.start));
    expect(choices).toHaveLength(3);
    const [, answer, after] = choices;
    // The dash line after a question answers it: the asker is the previous speaker in a turn.
    expect(answer.features[0].get('previous&turn')).toBe(1);
    expect(answer.features[1].get('neverSpoke')).toBe(1);
    // "Per Hansen smiler." since the quote before names Hansen as a sentence subject.
    const hansen = after.candidates.findIndex((c) => c.text === 'Per Hansen');
    expect(after.features[hansen].get('narratedSubject')).toBe(1);
    expect(after.features[hansen].get('sentences<=1')).toBe(1);
    const nordmann = after.candidates.findIndex((c) => c.text === 'Kari Nordmann');
    expect(after.features[nordmann].get('narrated')).toBeUndefined();
  });

  it('overrules the rules only by the model\'s margin', () => {
    const choice: SpeakerChoice = {
      kind: 'none',
      interviewerQuestion: false,
      candidates: [0, 1].map((i) => ({ mentions: [i], mention: i, text: `P${i}`, rule: i === 0 })),
      features: [new Map([['per', 1]]), new Map([['per', 1], ['previous', 1]])],
    };
    expect(bestCandidate({ scope: 'all', weights: { previous: 1 } }, choice)).toBe(1);
    expect(bestCandidate({ scope: 'all', weights: { previous: 1 }, margin: 2 }, choice)).toBe(0);
    expect(bestCandidate({ scope: 'all', weights: { previous: 3 }, margin: 2 }, choice)).toBe(1);
  });

  it('lets a model choose the speaker where the attribution names nobody, and keeps named ones', () => {
    const text = 'Kari Nordmann og Per Hansen møttes i går.\n– Det var et godt møte, sier Kari Nordmann.\n– Vi ses igjen snart.';
    const a = article(text, 'nb', ['Kari Nordmann', 'Per Hansen']);
    const quotes = findRuleQuotes(a);
    // A deliberately perverse model: prefers whoever was NOT the previous speaker.
    const contrary: SpeakerModel = { scope: 'unnamed', weights: { previous: -5, per: 1 } };
    const reranked = rerankSpeakers(a, quotes, contrary);
    expect(speakerOf(a, reranked[0])).toBe('Kari Nordmann');
    expect(speakerOf(a, reranked[1])).toBe('Per Hansen');
    const following: SpeakerModel = { scope: 'unnamed', weights: { previous: 5, per: 1 } };
    expect(speakerOf(a, rerankSpeakers(a, quotes, following)[1])).toBe('Kari Nordmann');
    // No weights: the rules' speakers unchanged.
    expect(rerankSpeakers(a, quotes, { scope: 'all', weights: {} })).toEqual(quotes);
  });

  it('learns a softmax over candidates deterministically and validates by document', () => {
    const choice = (good: number): SpeakerChoice => ({
      kind: 'none',
      interviewerQuestion: false,
      candidates: [0, 1, 2].map((i) => ({ mentions: [i], mention: i, text: `P${i}`, rule: i === 0 })),
      features: [0, 1, 2].map((i) => new Map([['per', 1], ...(i === good ? [['previous', 1] as [string, number]] : []), ...(i === 0 ? [['rule', 1] as [string, number]] : [])])),
    });
    const examples: SpeakerExample[] = Array.from({ length: 20 }, (_, i) => {
      const good = i % 3;
      return { doc: `d${i % 5}`, choice: choice(good), correct: [0, 1, 2].map((c) => c === good), scored: true };
    });
    const options = { scope: 'all' as const, l2: 0.01, ruleFeature: false, freeRule: false, learnNobody: false, perKind: false, iterations: 200 };
    const model = trainSpeakerModel(examples, options);
    expect(model.weights.previous).toBeGreaterThan(1);
    expect(model.weights.rule).toBeUndefined();
    expect(bestCandidate(model, choice(2))).toBe(2);
    expect(trainSpeakerModel(examples, options)).toEqual(model);
    const folds = documentFolds(examples, 5);
    expect(folds.flat().sort()).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
    const cv = crossValidate(examples, options, 5);
    expect(cv.scored).toBe(20);
    expect(cv.model).toBe(1);
    expect(cv.rules).toBeCloseTo(7 / 20);
  });
});
