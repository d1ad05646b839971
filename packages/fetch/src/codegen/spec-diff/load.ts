import { fileURLToPath } from 'node:url';
import { readDocument } from '../document.js';
import { buildModel, type SpecModel } from './model.js';

/**
 * Reads a YAML or JSON OpenAPI document and builds its structural model; errors name the file
 * as `label` (the path as the user typed it) when given.
 *
 * @throws UsageError when the file cannot be read; DocumentError when it does not parse.
 */
export async function loadModel(file: string | URL, label?: string): Promise<SpecModel> {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  const { doc } = await readDocument(label ?? path, path);
  return buildModel(doc);
}
