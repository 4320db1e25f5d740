// Where the shipped model lives and how it is read: from models/ner/ beside src/ or dist/.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadModel, modelFromFile, type NerModel, type NerModelFile } from './model.js';

export const MODEL_FILE_NAME = 'ner-model.json.gz';

/** The shipped model; the same relative path works from src/nlp/entities and dist/nlp/entities. */
export function shippedModelUrl(): URL {
  return new URL(`../../../models/ner/${MODEL_FILE_NAME}`, import.meta.url);
}

export async function loadNerModel(path: string | URL = shippedModelUrl()): Promise<NerModel> {
  return loadModel(path);
}

/** Synchronous read, for the pipeline, whose components are synchronous functions. */
export function loadNerModelSync(path: string | URL = shippedModelUrl()): NerModel {
  return modelFromFile(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as NerModelFile);
}
