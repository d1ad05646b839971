import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { buildModel, type SpecModel } from './model.js';

/** Reads a YAML or JSON OpenAPI document and builds its structural model. */
export async function loadModel(file: string | URL): Promise<SpecModel> {
  const text = await readFile(file, 'utf8');
  return buildModel(parse(text, { maxAliasCount: -1 }));
}
