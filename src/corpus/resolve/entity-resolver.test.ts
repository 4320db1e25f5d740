import { describe, expect, it } from 'vitest';
import { newArticle, type Article, type EntityType } from '../../doc/model.js';
import { EntityResolver, foldGenitive, lookupCountry, nameKey } from './index.js';

/** An article whose mentions are the given names, typed, at their first places in the text. */
function article(id: string, text: string, names: [string, EntityType][]): Article {
  const a = newArticle({ id, source: id, outlet: null, title: null, published: null, lang: 'da', url: null, body: { kind: 'text', text } }, text);
  let from = 0;
  for (const [name, type] of names) {
    const start = text.indexOf(name, from);
    a.mentions.push({ start, end: start + name.length, type, text: name });
    from = start + name.length;
  }
  return a;
}

function resolve(...articles: Article[]) {
  const resolver = new EntityResolver();
  for (const a of articles) resolver.addArticle(a);
  const entities = resolver.report();
  const entityOf = (articleIndex: number, mention: number) => entities.find((e) => e.id === articles[articleIndex].mentions[mention].entity);
  return { entities, entityOf };
}

describe('name keys', () => {
  it('fold transliterations and genitives', () => {
    const zelensky = ['Zelenskyj', 'Zelenskij', 'Zelensky', 'Selenskyj'].map(nameKey);
    expect(new Set(zelensky).size).toBe(1);
    expect(nameKey('Navalnyj')).toBe(nameKey('Navalny'));
    expect(nameKey('Khodorkovskij')).toBe(nameKey('Chodorkovskij'));
    expect(foldGenitive('Zelenskyjs')).toBe('Zelenskyj');
    expect(foldGenitive("Mats'")).toBe('Mats');
    expect(foldGenitive("Obama's")).toBe('Obama');
    expect(nameKey('Jensen')).not.toBe(nameKey('Hansen'));
  });

  it('finds countries in every language, genitive or not', () => {
    for (const name of ['Rusland', 'Russland', 'Ryssland', 'Russia', 'Ruslands']) expect(lookupCountry(name)?.country).toBe('RU');
    expect(lookupCountry('Norges')).toMatchObject({ country: 'NO', name: 'Norway' });
    expect(lookupCountry('Esbjerg')).toBeNull();
  });
});

describe('EntityResolver', () => {
  it('merges spelling variants and genitives across articles and languages', () => {
    const { entities } = resolve(
      article('a', 'Volodymyr Zelenskyj talte. Zelenskyjs tale blev hørt.', [['Volodymyr Zelenskyj', 'PER'], ['Zelenskyjs', 'PER']]),
      article('b', 'Volodymyr Zelensky spoke in Kyiv.', [['Volodymyr Zelensky', 'PER'], ['Kyiv', 'GPE']]),
      article('c', 'Wolodymyr Selenskyj sprach.', [['Wolodymyr Selenskyj', 'PER']]),
    );
    const people = entities.filter((e) => e.type === 'PER');
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe('Volodymyr Zelenskyj');
    expect(people[0].variants).toEqual(['Volodymyr Zelenskyj', 'Zelenskyj', 'Volodymyr Zelensky', 'Wolodymyr Selenskyj']);
    expect(people[0].mentions).toHaveLength(4);
  });

  it('takes a shortened second mention in the same article, and not in another', () => {
    const { entityOf } = resolve(
      article('a', 'Mette Holm Jensen er minister. Holm Jensen siger nej.', [['Mette Holm Jensen', 'PER'], ['Holm Jensen', 'PER']]),
      article('b', 'Holm Jensen blev valgt.', [['Holm Jensen', 'PER']]),
    );
    expect(entityOf(0, 1)?.id).toBe(entityOf(0, 0)?.id);
    expect(entityOf(1, 0)?.id).not.toBe(entityOf(0, 0)?.id);
  });

  it('leaves a surname that fits two people in the article unmerged', () => {
    const { entityOf } = resolve(article('a', 'Anne Berg og Kari Berg mødtes. Berg sagde ja.', [['Anne Berg', 'PER'], ['Kari Berg', 'PER'], ['Berg', 'PER']]));
    expect(entityOf(0, 2)?.id).not.toBe(entityOf(0, 0)?.id);
    expect(entityOf(0, 2)?.id).not.toBe(entityOf(0, 1)?.id);
  });

  it('matches initials and keeps near-homonyms apart', () => {
    const { entityOf } = resolve(
      article('a', 'Mette Holm var der.', [['Mette Holm', 'PER']]),
      article('b', 'M. Holm var der.', [['M. Holm', 'PER']]),
      article('c', 'Lars Jensen og Lars Hansen.', [['Lars Jensen', 'PER'], ['Lars Hansen', 'PER']]),
    );
    expect(entityOf(1, 0)?.id).toBe(entityOf(0, 0)?.id);
    expect(entityOf(2, 0)?.id).not.toBe(entityOf(2, 1)?.id);
  });

  it('never merges a person with a place, and puts countries on the map', () => {
    const { entities } = resolve(article('a', 'Jordan besøgte Jordan. Rusland og Ruslands hær.', [['Jordan', 'PER'], ['Jordan', 'GPE'], ['Rusland', 'GPE'], ['Ruslands', 'GPE']]));
    expect(entities.map((e) => [e.type, e.name, e.geo?.country ?? null])).toEqual([
      ['PER', 'Jordan', null],
      ['GPE', 'Jordan', 'JO'],
      ['GPE', 'Rusland', 'RU'],
    ]);
    expect(entities[2].variants).toEqual(['Rusland']);
  });

  it('joins an acronym to the name it was introduced with', () => {
    const { entityOf } = resolve(article('a', 'Danmarks Meteorologiske Institut (DMI) varsler storm. DMI venter orkan.', [['Danmarks Meteorologiske Institut', 'ORG'], ['DMI', 'ORG'], ['DMI', 'ORG']]));
    expect(entityOf(0, 1)?.id).toBe(entityOf(0, 0)?.id);
    expect(entityOf(0, 2)?.id).toBe(entityOf(0, 0)?.id);
  });
});

describe('cities', () => {
  it('resolves towns in every spelling, preferring the country the article is about', () => {
    const { entities } = resolve(
      article('a', 'Stormen ramte Esbjerg og København.', [['Esbjerg', 'GPE'], ['København', 'GPE']]),
      article('b', 'Färjan avgick från Köpenhamn.', [['Köpenhamn', 'GPE']]),
      article('c', 'Flights to Copenhagen resumed.', [['Copenhagen', 'GPE']]),
    );
    expect(entities.map((e) => [e.name, e.geo?.country])).toEqual([
      ['Esbjerg', 'DK'],
      ['København', 'DK'],
    ]);
    expect(entities[1].variants).toEqual(['København', 'Köpenhamn', 'Copenhagen']);
    expect(entities[0].geo?.lat).toBeCloseTo(55.47, 1);
  });
});
