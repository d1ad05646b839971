/**
 * Regenerates the low-level package's types from the OpenAPI documents in `spec/`.
 *
 * `pnpm generate` writes the files; the test suite calls `renderTarget` and fails when the
 * committed output differs, so generated code can never drift from the spec or be hand-edited.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse } from 'yaml';
import { buildMeta } from './meta.js';
import { repoRoot } from './paths.js';

/** What a target produces from its spec. */
export type GenerateKind =
  /** openapi-typescript types, date-time fields as strings (what travels on the wire). */
  | 'types'
  /** openapi-typescript types with date-time fields as `Date` (what the high-level client returns). */
  | 'dated-types'
  /** Compact runtime metadata of operations and schemas, for validation and date revival. */
  | 'meta';

/** One spec document and one TypeScript file generated from it. */
export interface GenerateTarget {
  /** Spec path relative to the repository root. */
  spec: string;
  /** Output path relative to the repository root. */
  output: string;
  kind: GenerateKind;
}

/** Every file we generate. The spec-update workflow adds to this list. */
export const targets: readonly GenerateTarget[] = [
  { spec: 'spec/numbers.yaml', output: 'packages/fetch/src/generated/numbers.ts', kind: 'types' },
  {
    spec: 'spec/numbers.yaml',
    output: 'packages/client/src/generated/numbers.ts',
    kind: 'dated-types',
  },
  {
    spec: 'spec/numbers.yaml',
    output: 'packages/client/src/generated/numbers-meta.ts',
    kind: 'meta',
  },
  {
    spec: 'spec/voice-applications.yaml',
    output: 'packages/fetch/src/generated/voice.ts',
    kind: 'types',
  },
  {
    spec: 'spec/voice-applications.yaml',
    output: 'packages/client/src/generated/voice.ts',
    kind: 'dated-types',
  },
  {
    spec: 'spec/voice-applications.yaml',
    output: 'packages/client/src/generated/voice-meta.ts',
    kind: 'meta',
  },
];

const DATE = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Date'));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

async function renderBody(target: GenerateTarget, specPath: string, source: string) {
  if (target.kind === 'meta') {
    const meta = buildMeta(parse(source) as Record<string, unknown>);
    return [
      "import type { MetaOperation, MetaSchema } from '../core/meta-types.js';",
      '',
      '/** Every operation of the spec, by operationId. */',
      `export const operations = ${JSON.stringify(meta.operations, null, 2)} as const satisfies Record<string, MetaOperation>;`,
      '',
      '/** Every component schema of the spec, by name. */',
      `export const schemas: Record<string, MetaSchema> = ${JSON.stringify(meta.schemas, null, 2)};`,
      '',
    ].join('\n');
  }
  const ast = await openapiTS(pathToFileURL(specPath), {
    alphabetize: false,
    exportType: false,
    ...(target.kind === 'dated-types'
      ? {
          transform(schema: { format?: string; nullable?: boolean }) {
            if (schema.format !== 'date-time') return undefined;
            return schema.nullable ? ts.factory.createUnionTypeNode([DATE, NULL]) : DATE;
          },
        }
      : {}),
  });
  return astToString(ast);
}

/** Renders the generated file for one target, header included, without writing it. */
export async function renderTarget(
  target: GenerateTarget,
  root = repoRoot,
  specPathOverride?: string,
): Promise<string> {
  const specPath = specPathOverride ?? join(root, target.spec);
  const source = await readFile(specPath, 'utf8');
  const version = (parse(source) as { info?: { version?: string } }).info?.version ?? 'unknown';
  const header = [
    '/**',
    ` * GENERATED FILE: do not edit by hand.`,
    ` * Source: ${target.spec} (info.version ${version}), kind "${target.kind}", by scripts/generate.ts.`,
    ' * Change the spec and run `pnpm generate` instead.',
    ' */',
    '',
  ].join('\n');
  return `${header}\n${await renderBody(target, specPath, source)}`;
}

/** Options of {@link generateAll}. */
export interface GenerateOptions {
  /** Only targets whose output starts with this prefix (e.g. `packages/client/`). */
  prefix?: string;
  /** Only targets generated from this spec (e.g. `spec/numbers.yaml`). */
  spec?: string;
  /** The repository to work in. @defaultValue this repository */
  root?: string;
  /** Report what would change without writing. */
  dryRun?: boolean;
  /** Read these spec paths (keys relative to the root) from other files (absolute paths). */
  specOverrides?: Record<string, string>;
}

/** Regenerates the targets and reports which files changed (or would change). */
export async function generateAll(options: GenerateOptions = {}): Promise<string[]> {
  const { prefix = '', spec, root = repoRoot, dryRun = false, specOverrides = {} } = options;
  const changed: string[] = [];
  const selected = targets.filter(
    (t) => t.output.startsWith(prefix) && (spec === undefined || t.spec === spec),
  );
  for (const target of selected) {
    const file = join(root, target.output);
    const next = await renderTarget(target, root, specOverrides[target.spec]);
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== next) {
      if (!dryRun) await writeFile(file, next);
      changed.push(target.output);
    }
  }
  return changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `tsx generate.ts packages/client` regenerates one package (what its turbo task runs).
  const changed = await generateAll({ prefix: process.argv[2] ?? '' });
  console.log(
    changed.length ? `generated: ${changed.join(', ')}` : 'generated files are up to date',
  );
}
