// The example corpus through `analyze` (clean, pipeline, resolve, stories): four events told by
// 25 articles in five languages, with updates whose figures change and names spelled per language.
// The stories must come out close to the four events, and none may mix two of them.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../src/analyze/index.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));

/** The event of every example article, as examples/README.md lists them. */
const eventOf: Readonly<Record<string, string>> = {
  'kystbladet-2024-03-11-stormen-helga-jylland': 'helga',
  'nyhetsposten-2024-03-11-helga-evakuert': 'helga',
  'fjordavisa-2024-03-11-helga-hundrevis-evakuert': 'helga',
  'morgonkuriren-2024-03-11-helga-norge-evakuerade': 'helga',
  'jyskposten-2024-03-12-helga-fem-draebte': 'helga',
  'dagnyt-2024-03-12-helga-fem-dodsofre': 'helga',
  'sogneposten-2024-03-12-helga-skadde': 'helga',
  'osloekko-2024-03-13-helga-opprydding': 'helga',
  'nordicwire-20240312-helga-death-toll': 'helga',
  'ostersjoposten-2024-03-14-paris-gripna': 'paris',
  'dagnyt-2024-03-15-paris-anholdte': 'paris',
  'nyhetsposten-2024-03-16-paris-pagrepne': 'paris',
  'baltic-monitor-2024-03-16-paris-protests': 'paris',
  'ostersjoposten-2024-03-18-farja-brand': 'ferry',
  'morgonkuriren-2024-03-19-farjebranden-saknade': 'ferry',
  'kystbladet-2024-03-19-faergebrand-danskere': 'ferry',
  'nordic-wire-2024-03-19-baltic-ferry-fire': 'ferry',
  'fjordavisa-2024-03-19-fergebrann-nordmenn': 'ferry',
  'tt-20240320-farjebrand-doda': 'ferry',
  'nyhetsposten-2024-03-21-forsvarsministre-300-soldater': 'force',
  'fjordavisa-2024-03-21-nordisk-styrke-finland': 'force',
  'sogneposten-2024-03-21-nordisk-styrke': 'force',
  'jyskposten-2024-03-21-danske-soldater-finland': 'force',
  'tt-20240321-nordisk-styrka': 'force',
  'nordicwire-20240322-nordic-force': 'force',
};

describe('stories of the example corpus', () => {
  it('clusters the four events into at most six stories, none mixing two events', async () => {
    const { report } = await analyzePaths([examples]);
    expect(report.articles.map((a) => a.id).sort()).toEqual(Object.keys(eventOf).sort());
    const events = report.stories.map((story) => [...new Set(story.articles.map((id) => eventOf[id]))].join('+'));
    expect(events.filter((e) => e.includes('+'))).toEqual([]);
    expect(report.stories.length).toBeLessThanOrEqual(6);
    // Each event's articles mostly in one story: its largest story holds at least 5 of them.
    for (const event of ['helga', 'ferry', 'force']) {
      const largest = Math.max(...report.stories.map((story) => story.articles.filter((id) => eventOf[id] === event).length));
      expect(largest, event).toBeGreaterThanOrEqual(5);
    }
  }, 60_000);
});
