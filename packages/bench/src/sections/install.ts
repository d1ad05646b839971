/**
 * Section 3b: the installed footprint of each package, as a user's `npm install` leaves it. Our
 * packages are packed with pnpm (which turns `workspace:` and `catalog:` versions into real
 * ones, as publishing would) and the tarballs installed with npm into empty folders; the
 * official SDK is installed from the registry at the compared version. Files and bytes are
 * counted under `node_modules` (regular files, apparent size).
 */
import { execFile } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface InstallFigures {
  id: string;
  label: string;
  files: number;
  bytes: number;
  packages: number;
  /** Bytes per installed package, largest first. */
  byPackage: { name: string; bytes: number }[];
  /** Size of the packed tarball, for our packages. */
  tarballBytes?: number;
}

/** Whether a folder is a package's root: `node_modules/name` or `node_modules/@scope/name`. */
function isPackageRoot(dir: string): boolean {
  const parts = dir.split(sep);
  const parent = parts.at(-2);
  return (
    parent === 'node_modules' ||
    (parent?.startsWith('@') === true && parts.at(-3) === 'node_modules')
  );
}

/** The package a path under `node_modules` belongs to (the outermost one). */
function packageOf(relativePath: string): string {
  const [first = '', second = ''] = relativePath.split(sep);
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** Counts regular files, bytes and package folders under a `node_modules` directory. */
export async function footprint(dir: string) {
  let files = 0;
  let bytes = 0;
  let packages = 0;
  const perPackage = new Map<string, number>();
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
      } else if (entry.isFile()) {
        const size = (await lstat(path)).size;
        const name = packageOf(relative(dir, path));
        files++;
        bytes += size;
        perPackage.set(name, (perPackage.get(name) ?? 0) + size);
        if (entry.name === 'package.json' && isPackageRoot(current)) packages++;
      }
    }
  };
  await walk(dir);
  const byPackage = [...perPackage]
    .map(([name, size]) => ({ name, bytes: size }))
    .sort((a, b) => b.bytes - a.bytes);
  return { files, bytes, packages, byPackage };
}

/** The pnpm command: the one running this script when started by pnpm, else a pinned npx one. */
function pnpmCommand(): { file: string; args: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return { file: process.execPath, args: [execPath] };
  return { file: 'npx', args: ['-y', 'pnpm@10.34.9'] };
}

async function pack(packageDir: string, destination: string): Promise<string> {
  const pnpm = pnpmCommand();
  const { stdout } = await run(
    pnpm.file,
    [...pnpm.args, 'pack', '--pack-destination', destination],
    {
      cwd: packageDir,
    },
  );
  const tarball = stdout
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .reverse()
    .find((line) => line.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack in ${packageDir} printed no tarball: ${stdout}`);
  return tarball.startsWith('/') ? tarball : join(destination, tarball);
}

async function npmInstall(dir: string, specs: string[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), '{ "name": "footprint", "private": true }\n');
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--omit=dev',
      '--loglevel=error',
      ...specs,
    ],
    { cwd: dir, maxBuffer: 16 * 1024 * 1024 },
  );
}

/** Packs and installs everything in a temporary folder, removed afterwards. */
export async function runInstalls(
  repoRoot: string,
  log: (line: string) => void,
): Promise<InstallFigures[]> {
  const root = await mkdtemp(join(tmpdir(), 'sinch-bench-install-'));
  try {
    const tarballs = join(root, 'tarballs');
    await mkdir(tarballs);
    log('  packing @sinch-numbers/fetch and @sinch-numbers/client');
    const fetchTgz = await pack(join(repoRoot, 'packages/fetch'), tarballs);
    const clientTgz = await pack(join(repoRoot, 'packages/client'), tarballs);
    const cases = [
      // The client's dependency on @sinch-numbers/fetch is satisfied by the tarball beside it,
      // as it would be by the registry once both are published.
      {
        id: 'client',
        label: '@sinch-numbers/client',
        specs: [clientTgz, fetchTgz],
        tarball: clientTgz,
      },
      { id: 'fetch', label: '@sinch-numbers/fetch', specs: [fetchTgz], tarball: fetchTgz },
      { id: 'sdk-core', label: '@sinch/sdk-core@1.4.0', specs: ['@sinch/sdk-core@1.4.0'] },
      { id: 'numbers', label: '@sinch/numbers@1.4.0', specs: ['@sinch/numbers@1.4.0'] },
    ];
    log('  npm install of each into an empty folder');
    return await Promise.all(
      cases.map(async (item) => {
        const dir = join(root, item.id);
        await npmInstall(dir, item.specs);
        const counted = await footprint(join(dir, 'node_modules'));
        const tarballBytes = item.tarball ? (await lstat(item.tarball)).size : undefined;
        return {
          id: item.id,
          label: item.label,
          ...counted,
          ...(tarballBytes !== undefined ? { tarballBytes } : {}),
        };
      }),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
