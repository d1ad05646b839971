/** Reading a packed tarball the way a registry would serve it: through `tar`, not the workspace. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runOk } from './exec.js';
import type { Manifest } from './workspace.js';

/** Paths inside the tarball, without npm's leading `package/`, files only. */
export async function listTarball(file: string): Promise<string[]> {
  const { stdout } = await runOk('tar', ['-tzf', file], { cwd: dirname(file), timeoutMs: 60_000 });
  return stdout
    .split('\n')
    .map((line) => line.trim().replace(/^package\//, ''))
    .filter((line) => line !== '' && !line.endsWith('/'))
    .sort();
}

/** The package.json as published (after pnpm rewrote `workspace:` and `catalog:` specs). */
export async function readPackedManifest(
  file: string,
): Promise<{ text: string; manifest: Manifest }> {
  const { stdout } = await runOk('tar', ['-xzOf', file, 'package/package.json'], {
    cwd: dirname(file),
    timeoutMs: 60_000,
  });
  return { text: stdout, manifest: JSON.parse(stdout) as Manifest };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
