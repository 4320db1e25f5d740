// The per-article components in their order. Later stages replace or append entries here.
import { langidComponent } from './langid/index.js';
import { buildPipeline, type Component, type Pipeline } from './pipeline.js';
import { sentencesComponent } from './sentences/index.js';

export const defaultComponents: readonly Component<unknown>[] = [sentencesComponent, langidComponent] as Component<unknown>[];

export function defaultPipeline(options: Record<string, unknown> = {}): Pipeline {
  return buildPipeline(defaultComponents, options);
}
