// The stored corpus (or part of it) as a report: shared by the commands that read a database.
import { resolveEntities } from '../corpus/resolve/index.js';
import { buildReport, type Report } from '../report/index.js';
import { openStore, type ArticleQuery } from '../store/index.js';

export function storedReport(db: string, query: ArticleQuery = {}): Report {
  const store = openStore(db);
  try {
    const { articles, storyOf } = store.articles(query);
    return buildReport({ articles, storyOf, entities: resolveEntities(articles) });
  } finally {
    store.close();
  }
}
