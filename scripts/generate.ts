/**
 * Regenerates the low-level package's types from the OpenAPI documents in `spec/`.
 *
 * `pnpm generate` writes the files; the test suite calls `renderTarget` and fails when the
 * committed output differs, so generated code can never drift from the spec or be hand-edited.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { fromRoot } from './paths.js';

/** One spec document and the TypeScript file generated from it. */
export interface GenerateTarget {
  /** Spec path relative to the repository root. */
  spec: string;
  /** Output path relative to the repository root. */
  output: string;
}

/** Every document we generate from. The spec-update workflow adds to this list. */
export const targets: readonly GenerateTarget[] = [
  { spec: 'spec/numbers.yaml', output: 'packages/fetch/src/generated/numbers.ts' },
];

/** Renders the generated file for one target, header included, without writing it. */
export async function renderTarget(target: GenerateTarget): Promise<string> {
  const specPath = fromRoot(target.spec);
  const source = await readFile(specPath, 'utf8');
  const version = (parse(source) as { info?: { version?: string } }).info?.version ?? 'unknown';
  const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: false, exportType: false });
  const header = [
    '/**',
    ` * GENERATED FILE: do not edit by hand.`,
    ` * Source: ${target.spec} (info.version ${version}), by scripts/generate.ts with openapi-typescript.`,
    ' * Change the spec and run `pnpm generate` instead.',
    ' */',
    '',
  ].join('\n');
  return `${header}\n${astToString(ast)}`;
}

/** Regenerates every target and reports which files changed. */
export async function generateAll(): Promise<string[]> {
  const changed: string[] = [];
  for (const target of targets) {
    const file = fromRoot(target.output);
    const next = await renderTarget(target);
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== next) {
      await writeFile(file, next);
      changed.push(target.output);
    }
  }
  return changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const changed = await generateAll();
  console.log(
    changed.length ? `generated: ${changed.join(', ')}` : 'generated files are up to date',
  );
}
