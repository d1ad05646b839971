/**
 * vitest globalSetup: the tests exercise the real bin, so make sure `dist/cli.mjs` is there and
 * newer than every source file (turbo builds first anyway; this covers `vitest` run by hand).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist', 'cli.mjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

export default function setup(): void {
  let built = 0;
  try {
    built = statSync(bin).mtimeMs;
  } catch {
    // not built yet
  }
  const sources = Math.max(
    newestSource(join(root, 'src')),
    statSync(join(root, 'tsdown.config.ts')).mtimeMs,
  );
  if (built >= sources) return;
  const tsdown = join(root, 'node_modules', 'tsdown', 'dist', 'run.mjs');
  execFileSync(process.execPath, [tsdown], { cwd: root, stdio: 'inherit' });
}
