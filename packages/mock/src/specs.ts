import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The documents shipped in this package, by name. */
export const BUNDLED_SPECS = {
  numbers: 'numbers.yaml',
  voice: 'voice-applications.yaml',
} as const;

/** A bundled document's name, or the path of any OpenAPI document. */
export type SpecName = keyof typeof BUNDLED_SPECS | (string & {});

/** The absolute path of a bundled spec, or the given path unchanged when it is not a bundled name. */
export function resolveSpec(spec: SpecName = 'numbers'): string {
  const bundled = BUNDLED_SPECS[spec as keyof typeof BUNDLED_SPECS];
  if (!bundled) return spec;
  // dist/*.js and src/*.ts both sit one level below the package root, beside specs/.
  const file = fileURLToPath(new URL(`../specs/${bundled}`, import.meta.url));
  if (!existsSync(file)) {
    throw new Error(`the bundled ${spec} spec is missing at ${file}; run the package build first`);
  }
  return file;
}
