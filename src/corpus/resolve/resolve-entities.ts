// Entity resolution, first cut: one entity per type and surface form, over all articles in order.
// Merging spelling variants, genitives and places on the map is issue 5's; until then the
// report's entities are exactly the distinct names the tagger found, each with every mention.
import type { Article } from '../../doc/model.js';
import type { ReportEntity } from '../../report/types.js';

/** Groups mentions into entities, sets each mention's `entity`, and returns the entities. */
export function resolveEntities(articles: readonly Article[]): ReportEntity[] {
  const byKey = new Map<string, ReportEntity>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      const key = `${mention.type}\u0000${mention.text}`;
      let entity = byKey.get(key);
      if (!entity) {
        entity = { id: `e${byKey.size + 1}`, type: mention.type, name: mention.text, variants: [mention.text], mentions: [], geo: null };
        byKey.set(key, entity);
      }
      entity.mentions.push({ article: article.id, start: mention.start, end: mention.end, text: mention.text });
      mention.entity = entity.id;
    }
  }
  return [...byKey.values()];
}
