// The per-article components in their order. Later stages replace or append entries here.
import { entitiesComponent } from './entities/index.js';
import { figuresComponent } from './figures/index.js';
import { langidComponent } from './langid/index.js';
import { buildPipeline, type Component, type Pipeline } from './pipeline.js';
import { quotesComponent } from './quotes/index.js';
import { sentencesComponent } from './sentences/index.js';

export const defaultComponents: readonly Component<unknown>[] = [
  sentencesComponent,
  langidComponent,
  entitiesComponent,
  quotesComponent,
  figuresComponent,
] as Component<unknown>[];

export function defaultPipeline(options: Record<string, unknown> = {}): Pipeline {
  return buildPipeline(defaultComponents, options);
}
