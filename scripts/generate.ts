/**
 * Regenerates the low-level package's types from the OpenAPI documents in `spec/`.
 *
 * `pnpm generate` writes the files; the test suite calls `renderTarget` and fails when the
 * committed output differs, so generated code can never drift from the spec or be hand-edited.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import {
  generatedHeader,
  renderDatedAliases,
  renderMeta,
  renderTypes,
} from '../packages/fetch/src/codegen/render.js';
import { repoRoot } from './paths.js';

/** What a target produces from its spec. */
export type GenerateKind =
  /**
   * openapi-typescript types, date-time fields as strings (what travels on the wire). The roots
   * (`paths`, `components`, `operations`) take the type of a date-time field as a parameter,
   * `string` by default, so the `Date`-typed variant is an alias rather than a second copy.
   */
  | 'types'
  /** The `types` of the same spec with date-time fields as `Date` (what the high-level client returns). */
  | 'dated-types'
  /** Compact runtime metadata of operations and schemas, for validation and date revival. */
  | 'meta'
  /** The `info.version` of every spec, so users can tell which API version a release carries. */
  | 'versions';

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
    output: 'packages/fetch/src/generated/numbers-dates.ts',
    kind: 'dated-types',
  },
  {
    spec: 'spec/numbers.yaml',
    output: 'packages/fetch/src/generated/numbers-meta.ts',
    kind: 'meta',
  },
  {
    spec: 'spec/voice-applications.yaml',
    output: 'packages/fetch/src/generated/voice.ts',
    kind: 'types',
  },
  {
    spec: 'spec/voice-applications.yaml',
    output: 'packages/fetch/src/generated/voice-dates.ts',
    kind: 'dated-types',
  },
  {
    spec: 'spec/voice-applications.yaml',
    output: 'packages/fetch/src/generated/voice-meta.ts',
    kind: 'meta',
  },
  { spec: 'spec/*', output: 'packages/fetch/src/generated/spec-versions.ts', kind: 'versions' },
];

/** The specs a `versions` target reports, by the name users see. */
const SPEC_FILES = { numbers: 'spec/numbers.yaml', voice: 'spec/voice-applications.yaml' };

async function renderBody(
  target: GenerateTarget,
  specPath: string,
  source: string,
  root: string,
  specOverrides: Record<string, string>,
) {
  if (target.kind === 'versions') {
    const versions: Record<string, string> = {};
    for (const [name, file] of Object.entries(SPEC_FILES)) {
      const text = await readFile(specOverrides[file] ?? join(root, file), 'utf8');
      versions[name] = String((parse(text) as { info?: { version?: string } }).info?.version);
    }
    return [
      '/** The `info.version` of each API document this release was generated from. */',
      `export const SPEC_VERSIONS = ${JSON.stringify(versions, null, 2)} as const;`,
      '',
    ].join('\n');
  }
  if (target.kind === 'meta') {
    return renderMeta(parse(source) as Record<string, unknown>, '../meta/types.js');
  }
  if (target.kind === 'dated-types') return renderDatedAliases(wireModuleOf(target));
  return renderTypes(pathToFileURL(specPath));
}

/** The module the `dated-types` file of a spec imports its roots from: the same spec's `types`. */
function wireModuleOf(target: GenerateTarget): string {
  const wire = targets.find((t) => t.kind === 'types' && t.spec === target.spec);
  if (!wire) throw new Error(`no "types" target for ${target.spec}, which ${target.output} needs`);
  return `./${basename(wire.output, '.ts')}.js`;
}

/** Renders the generated file for one target, header included, without writing it. */
export async function renderTarget(
  target: GenerateTarget,
  root = repoRoot,
  specOverrides: Record<string, string> = {},
): Promise<string> {
  const specPath = specOverrides[target.spec] ?? join(root, target.spec);
  const source = target.kind === 'versions' ? '' : await readFile(specPath, 'utf8');
  const version =
    target.kind === 'versions'
      ? 'all'
      : ((parse(source) as { info?: { version?: string } }).info?.version ?? 'unknown');
  const header = generatedHeader({
    source: target.spec,
    version,
    kind: target.kind,
    by: 'scripts/generate.ts',
    regenerate: '`pnpm generate`',
  });
  return `${header}\n${await renderBody(target, specPath, source, root, specOverrides)}`;
}

/** Options of {@link generateAll}. */
export interface GenerateOptions {
  /** Only targets whose output starts with this prefix (e.g. `packages/fetch/`). */
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
    (t) =>
      t.output.startsWith(prefix) &&
      (spec === undefined || t.spec === spec || t.kind === 'versions'),
  );
  for (const target of selected) {
    const file = join(root, target.output);
    const next = await renderTarget(target, root, specOverrides);
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== next) {
      if (!dryRun) await writeFile(file, next);
      changed.push(target.output);
    }
  }
  return changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `tsx generate.ts packages/fetch` regenerates one package (what its turbo task runs).
  const changed = await generateAll({ prefix: process.argv[2] ?? '' });
  console.log(
    changed.length ? `generated: ${changed.join(', ')}` : 'generated files are up to date',
  );
}
