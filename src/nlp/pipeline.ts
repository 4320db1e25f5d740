// The per-article pipeline: an ordered list of named components run by one loop.
// Each component declares the layers it requires and assigns; `buildPipeline` checks the order
// once, at build time, so a misordered pipeline fails before any article is read.
import type { Article } from '../doc/model.js';

/** Annotation layers and fields a component can read or write. */
export type Layer =
  | 'text'
  | 'meta'
  | 'credits'
  | 'lang'
  | 'sentences'
  | 'tokens'
  | 'mentions'
  | 'quotes'
  | 'figures';

export type ArticleFn = (article: Article) => Article;

export interface Component<Options = unknown> {
  name: string;
  requires: readonly Layer[];
  assigns: readonly Layer[];
  defaults: Options;
  create(options: Options): ArticleFn;
}

export interface Pipeline {
  names: readonly string[];
  run(article: Article): Article;
}

export class PipelineError extends Error {
  readonly code = 'E_PIPELINE_ORDER';
}

/** Layers present on every article before the first component runs (the clean stage's output). */
const INITIAL_LAYERS: readonly Layer[] = ['text', 'meta', 'credits'];

export function buildPipeline(
  components: readonly Component<unknown>[],
  options: Record<string, unknown> = {},
): Pipeline {
  const assigned = new Set<Layer>(INITIAL_LAYERS);
  const fns: ArticleFn[] = [];
  for (const component of components) {
    const missing = component.requires.filter((layer) => !assigned.has(layer));
    if (missing.length > 0) {
      throw new PipelineError(
        `component "${component.name}" requires ${missing.join(', ')}, which no earlier component assigns`,
      );
    }
    for (const layer of component.assigns) assigned.add(layer);
    const own = options[component.name];
    fns.push(component.create(own === undefined ? component.defaults : { ...(component.defaults as object), ...(own as object) }));
  }
  return {
    names: components.map((c) => c.name),
    run(article) {
      let current = article;
      for (const fn of fns) current = fn(current);
      return current;
    },
  };
}
