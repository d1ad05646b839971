/**
 * Packs the public packages with pnpm and installs the tarballs with npm into a fresh project
 * outside the workspace: what a user gets from the registry, minus the registry. Both suites call
 * {@link packedProject}; the install is cached under a hash of the tarballs, so one run installs
 * once (and a later run with unchanged packages not at all).
 */

import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, isReady, markReady, prune, withLock } from './cache.js';
import { describeFailure, run, runOk, tail } from './exec.js';
import { sha256 } from './tarball.js';
import { logTiming, timed } from './timing.js';
import { pinnedPnpm, publicPackages, REPO_ROOT, type WorkspacePackage } from './workspace.js';

export interface PackedTarball {
  name: string;
  file: string;
  sha256: string;
}

export interface PackedProject {
  /** The cache folder: tarballs/ and project/. */
  dir: string;
  /** A `"type": "module"` project with the tarballs installed by npm. */
  projectDir: string;
  tarballs: PackedTarball[];
  /** Whether the install came from an earlier run. */
  reused: boolean;
}

// Bump when what goes into project/ changes, so old caches are not reused.
const CACHE_FORMAT = 2;
const UNUSED_FOR = 3 * 24 * 3600_000;

/** What `npx @sinch-numbers/fetch --help` says to install for `generate` and `spec-diff`. */
const GENERATOR_PEERS = ['openapi-typescript@^7', 'typescript@^5', 'yaml@^2'];

let memo: Promise<PackedProject> | undefined;

/** The packed and installed project for this test run (prepared once per process). */
export function packedProject(): Promise<PackedProject> {
  memo ??= prepare();
  return memo;
}

/**
 * A package whose build is missing would be packed without dist/ and fail every test for a reason
 * that has nothing to do with packaging; say what to run instead.
 */
function assertBuilt(pkg: WorkspacePackage): void {
  const missing = [pkg.manifest.main, pkg.manifest.module]
    .filter((path): path is string => typeof path === 'string')
    .filter((path) => !existsSync(join(pkg.dir, path)));
  if (missing.length > 0) {
    throw new Error(
      `${pkg.name} is not built (${missing.join(', ')} missing); run ` +
        '`pnpm exec turbo run build --filter=@sinch-numbers/compat^...` first',
    );
  }
}

async function pack(packages: WorkspacePackage[], dest: string): Promise<PackedTarball[]> {
  // pnpm, not npm: only pnpm rewrites `workspace:*` and `catalog:` into real versions. One
  // recursive call packs them all (one npx start-up instead of one per package).
  const filters = packages.flatMap((pkg) => ['--filter', pkg.name]);
  await runOk('npx', ['-y', pinnedPnpm(), '-r', ...filters, 'pack', '--pack-destination', dest], {
    cwd: REPO_ROOT,
    timeoutMs: 5 * 60_000,
  });
  const files = readdirSync(dest).filter((file) => file.endsWith('.tgz'));
  return packages.map((pkg) => {
    const expected = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.manifest.version}.tgz`;
    if (!files.includes(expected)) {
      throw new Error(
        `pnpm pack did not produce ${expected} (got: ${files.join(', ') || 'nothing'})`,
      );
    }
    const file = join(dest, expected);
    return { name: pkg.name, file, sha256: sha256(file) };
  });
}

async function install(projectDir: string, tarballs: PackedTarball[]): Promise<void> {
  mkdirSync(projectDir, { recursive: true });
  writeFileSync(
    join(projectDir, 'package.json'),
    `${JSON.stringify({ name: 'sinch-numbers-compat-consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  // All tarballs in one install, so `@sinch-numbers/fetch@0.1.0` (a dependency of the client)
  // resolves to our tarball instead of the registry. --prefer-offline reuses the npm cache
  // without revalidating every package, which is most of the time of a warm install. The
  // generator's optional peers go in the same install, as `sinch-numbers-fetch --help` tells
  // users to add them (test/regenerate.test.ts runs the bin).
  const args = [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    ...tarballs.map((tarball) => join('..', 'tarballs', tarball.file.split(/[\\/]/).pop() ?? '')),
    ...GENERATOR_PEERS,
  ];
  let result = await run('npm', args, { cwd: projectDir, timeoutMs: 9 * 60_000 });
  if (result.code !== 0 && !result.timedOut) {
    // One retry: on a fresh CI machine a registry hiccup should not fail two whole suites.
    console.log(`[compat] npm install failed, retrying once:\n${describeFailure(result)}`);
    result = await run('npm', args, { cwd: projectDir, timeoutMs: 9 * 60_000 });
  }
  if (result.code !== 0 || result.timedOut) throw new Error(describeFailure(result));
  const warnings = tail(result.stderr, 10);
  if (warnings) console.log(`[compat] npm install said:\n${warnings}`);
}

async function prepare(): Promise<PackedProject> {
  const started = performance.now();
  // Every public package is packed; one that was not built fails here, it is never skipped.
  const packages = publicPackages();
  for (const pkg of packages) assertBuilt(pkg);

  const project = await withLock('packed', async () => {
    const root = cacheRoot();
    const staging = mkdtempSync(join(root, 'staging-'));
    try {
      const packed = await timed('pnpm pack', () => pack(packages, staging));
      const key = createHash('sha256')
        .update(JSON.stringify({ CACHE_FORMAT, packed: packed.map((t) => [t.name, t.sha256]) }))
        .digest('hex')
        .slice(0, 16);
      const dir = join(root, `packed-${key}`);
      const moved = (tarball: PackedTarball) => ({
        ...tarball,
        file: join(dir, 'tarballs', tarball.file.split(/[\\/]/).pop() ?? ''),
      });
      if (isReady(dir)) {
        markReady(dir);
        console.log(`[compat] reusing the install in ${dir} (tarballs unchanged)`);
        return { dir, projectDir: join(dir, 'project'), tarballs: packed.map(moved), reused: true };
      }
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      renameSync(staging, join(dir, 'tarballs'));
      const tarballs = packed.map(moved);
      const projectDir = join(dir, 'project');
      await timed(`npm install of ${tarballs.length} tarballs`, () =>
        install(projectDir, tarballs),
      );
      markReady(dir, { tarballs: tarballs.map((t) => [t.name, t.sha256]) });
      prune('packed-', dir, UNUSED_FOR);
      return { dir, projectDir, tarballs, reused: false };
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });
  logTiming('packed project ready', performance.now() - started);
  return project;
}
