// The figures component: casualty, arrest, evacuation and deployment figures as ranges.
import type { Component } from '../pipeline.js';
import { findFigures } from './find-figures.js';

export { findFigures } from './find-figures.js';

export const figuresComponent: Component<Record<string, never>> = {
  name: 'figures',
  requires: ['sentences', 'tokens', 'lang', 'mentions'],
  assigns: ['figures'],
  defaults: {},
  create: () => (article) => {
    article.figures = findFigures(article);
    return article;
  },
};
