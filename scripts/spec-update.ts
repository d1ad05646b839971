/**
 * `pnpm spec:update <file> [--spec numbers|voice] [--dry-run]`: takes a new version of one of
 * our specs, checks and lints it, shows what changed, writes it into `spec/`, regenerates the
 * generated code, type-checks the packages so breakage shows at once, and writes a changeset
 * whose bump follows the change classification.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import {
  buildModel,
  bumpFor,
  type Change,
  diffModels,
  formatChanges,
} from '../packages/fetch/src/codegen/spec-diff/index.js';
import { generateAll } from './generate.js';
import { repoRoot } from './paths.js';

/** The specs the repository maintains, and the packages each one ships in. */
export const SPECS = {
  numbers: {
    file: 'spec/numbers.yaml',
    title: 'Numbers API',
    packages: ['@sinch-numbers/fetch', '@sinch-numbers/client', '@sinch-numbers/mock'],
  },
  voice: {
    file: 'spec/voice-applications.yaml',
    title: 'Voice API applications',
    packages: ['@sinch-numbers/fetch', '@sinch-numbers/client', '@sinch-numbers/mock'],
  },
} as const;

/** A key of {@link SPECS}. */
export type SpecName = keyof typeof SPECS;

/** Options of {@link runSpecUpdate}. */
export interface SpecUpdateOptions {
  /** The new document. */
  file: string;
  spec: SpecName;
  /** Print what would happen; change nothing. */
  dryRun?: boolean;
  /** Repository to update. @defaultValue this repository */
  root?: string;
  /** Lint the new document with spec/redocly.yaml. @defaultValue true */
  lint?: boolean;
  /** Type-check the packages after regenerating. @defaultValue true */
  typecheck?: boolean;
  log?: (line: string) => void;
}

/** What an update did (or would do). */
export interface SpecUpdateResult {
  changes: Change[];
  bump: ReturnType<typeof bumpFor>;
  /** Generated files that changed (or would). */
  regenerated: string[];
  /** Path of the changeset written (or that would be), relative to the root. */
  changeset?: string;
  changesetContent?: string;
  /** False when the new document failed lint or the type check failed. */
  ok: boolean;
}

/** Renders the changeset: front matter with one bump per package, then the list of changes. */
export function renderChangeset(
  spec: SpecName,
  version: string,
  changes: readonly Change[],
  bump: 'major' | 'minor' | 'patch',
  previousVersion?: string,
): string {
  const { file, title, packages } = SPECS[spec];
  const lines = ['---', ...packages.map((name) => `"${name}": ${bump}`), '---', ''];
  // A document whose info.version was not raised would claim an update "to" the old version.
  lines.push(
    version === previousVersion
      ? `Update ${file} (${title}); its info.version is unchanged at ${version}.`
      : `Update ${file} (${title}) to version ${version}.`,
    '',
  );
  const groups = [
    ['breaking', 'Breaking changes'],
    ['addition', 'Additions'],
    ['notice', 'Worth checking'],
  ] as const;
  for (const [severity, heading] of groups) {
    const group = changes.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${heading}:`, '');
    for (const change of group) lines.push(`- \`${change.location}\`: ${change.message}`);
    lines.push('');
  }
  const docs = changes.filter((c) => c.severity === 'docs').length;
  if (docs) lines.push(`Documentation: ${docs} description or example change(s).`, '');
  return lines.join('\n');
}

function lintDocument(root: string, file: string): { ok: boolean; output: string } {
  const redocly = join(repoRoot, 'scripts', 'node_modules', '.bin', 'redocly');
  const run = spawnSync(redocly, ['lint', '--config', join(root, 'spec', 'redocly.yaml'), file], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

function typecheckPackages(root: string): { ok: boolean; output: string } {
  // turbo rebuilds the low-level package first (typecheck depends on ^build).
  const run = spawnSync(
    'pnpm',
    [
      'exec',
      'turbo',
      'run',
      'typecheck',
      '--filter=@sinch-numbers/client...',
      '--output-logs=errors-only',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  );
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** Runs the update; see the module comment. */
export async function runSpecUpdate(options: SpecUpdateOptions): Promise<SpecUpdateResult> {
  const { spec, dryRun = false, root = repoRoot, lint = true, typecheck = true } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const target = SPECS[spec];
  const newFile = resolve(options.file);
  const source = await readFile(newFile, 'utf8');
  const document = parse(source) as { info?: { version?: string } };
  const next = buildModel(document);
  const currentDocument = parse(await readFile(join(root, target.file), 'utf8')) as {
    info?: { version?: string };
  };
  const current = buildModel(currentDocument);
  if (lint) {
    const result = lintDocument(root, newFile);
    if (!result.ok) {
      log(`The new document does not pass lint (spec/redocly.yaml):\n${result.output}`);
      return { changes: [], bump: 'none', regenerated: [], ok: false };
    }
    log('Lint: clean.');
  }
  const changes = diffModels(current, next);
  const bump = bumpFor(changes);
  log(formatChanges(changes));
  if (bump === 'none') {
    log(`\n${target.file} already matches; nothing to do.`);
    return { changes, bump, regenerated: [], ok: true };
  }
  const prefix = dryRun ? 'Would ' : '';
  log(`\n${prefix}${dryRun ? 'write' : 'Wrote'} ${target.file}`);
  if (!dryRun) await writeFile(join(root, target.file), source);
  const regenerated = await generateAll({
    root,
    spec: target.file,
    dryRun,
    specOverrides: dryRun ? { [target.file]: newFile } : {},
  });
  log(`${prefix}${dryRun ? 'regenerate' : 'Regenerated'}: ${regenerated.join(', ') || 'nothing'}`);
  const version = document.info?.version ?? 'unknown';
  const previousVersion = currentDocument.info?.version;
  if (version === previousVersion) {
    log(
      `\nNote: info.version is still ${version}, as in ${target.file}. Set it to the version of the vendor document the changes come from: users read it in SPEC_VERSIONS and in the changelog.`,
    );
  }
  const changesetContent = renderChangeset(spec, version, changes, bump, previousVersion);
  const id = createHash('sha1').update(changesetContent).digest('hex').slice(0, 8);
  const changeset = `.changeset/${spec}-spec-${version.replace(/[^\w.-]/g, '_')}-${id}.md`;
  log(`${prefix}${dryRun ? 'write' : 'Wrote'} ${changeset} (${bump}):\n\n${changesetContent}`);
  if (!dryRun) await writeFile(join(root, changeset), changesetContent);
  let ok = true;
  if (dryRun) {
    log('Would type-check @sinch-numbers/client and its dependencies.');
  } else if (typecheck) {
    const result = typecheckPackages(root);
    ok = result.ok;
    log(
      result.ok
        ? 'Type check: clean.'
        : `Type check failed: the hand-written code needs changes for this spec:\n${result.output}`,
    );
  }
  return { changes, bump, regenerated, changeset, changesetContent, ok };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      spec: { type: 'string', default: 'numbers' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const usage = 'usage: pnpm spec:update <new-spec.yaml> [--spec numbers|voice] [--dry-run]';
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (positionals.length !== 1 || !(values.spec in SPECS)) {
    console.error(usage);
    process.exit(2);
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  const result = await runSpecUpdate({
    file: resolve(base, positionals[0] as string),
    spec: values.spec as SpecName,
    dryRun: values['dry-run'],
  });
  process.exit(result.ok ? 0 : 1);
}
