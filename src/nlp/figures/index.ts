// The figures component: casualty, arrest, evacuation and deployment figures as ranges.
import type { Component } from '../pipeline.js';
import { findFigures } from './find-figures.js';

export { findFigures } from './find-figures.js';

export const figuresComponent: Component<Record<string, never>> = {
  name: 'figures',
  // Quotes: a figure inside one is sourced to its speaker.
  requires: ['sentences', 'tokens', 'lang', 'mentions', 'quotes'],
  assigns: ['figures'],
  defaults: {},
  create: () => (article) => {
    article.figures = findFigures(article);
    return article;
  },
};
