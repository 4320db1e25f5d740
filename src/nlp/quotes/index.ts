// The quotes component: direct and reported speech with their speakers.
import type { Component } from '../pipeline.js';
import { findQuotes } from './find-quotes.js';

export { findQuotes } from './find-quotes.js';

export const quotesComponent: Component<Record<string, never>> = {
  name: 'quotes',
  requires: ['sentences', 'lang', 'mentions'],
  assigns: ['quotes'],
  defaults: {},
  create: () => (article) => {
    article.quotes = findQuotes(article);
    return article;
  },
};
