/**
 * Where the workspace is and which of its packages are published. Read from disk on every run so
 * a new public package is packed and checked without touching these tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/compat/test/support/workspace.ts). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
/** packages/compat. */
export const COMPAT_DIR = join(REPO_ROOT, 'packages', 'compat');
/** The checked-in scripts and sources the suites copy into the temp projects. */
export const FIXTURES_DIR = join(COMPAT_DIR, 'test', 'fixtures');

/** The parts of a package.json these suites look at. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  type?: string;
  main?: string;
  module?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports?: unknown;
  files?: string[];
  packageManager?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface WorkspacePackage {
  name: string;
  dir: string;
  manifest: Manifest;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Every non-private package under packages/, sorted by name. */
export function publicPackages(): WorkspacePackage[] {
  const root = join(REPO_ROOT, 'packages');
  const found: WorkspacePackage[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const dir = join(root, entry.name);
    if (!entry.isDirectory() || !existsSync(join(dir, 'package.json'))) continue;
    const manifest = readManifest(dir);
    if (manifest.private) continue;
    found.push({ name: manifest.name, dir, manifest });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** The pnpm the repository pins (`packageManager`), so packing rewrites specs like CI would. */
export function pinnedPnpm(): string {
  const spec = readManifest(REPO_ROOT).packageManager;
  if (!spec?.startsWith('pnpm@')) throw new Error('root package.json has no pnpm packageManager');
  return spec.split('+')[0] ?? spec;
}

export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
