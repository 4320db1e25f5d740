// The stored corpus (or part of it) as a report: shared by the commands that read a database.
import { reportFor } from '../analyze/index.js';
import type { Report } from '../report/index.js';
import { openStore, type ArticleQuery } from '../store/index.js';

export function storedReport(db: string, query: ArticleQuery = {}): Report {
  const store = openStore(db);
  try {
    const { articles, storyOf } = store.articles(query);
    return reportFor(articles, storyOf);
  } finally {
    store.close();
  }
}
