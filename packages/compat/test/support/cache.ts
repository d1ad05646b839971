/**
 * The cache shared by the suites (and by later runs): installs are the slow part, so each one
 * lives in a folder named after a hash of its inputs under the OS temp dir, outside the workspace
 * (inside it, Node and npm would find the workspace's node_modules and package.json and the
 * installs would prove nothing). A folder lock keeps two vitest workers, or two runs, from
 * installing the same thing at once.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isInside, REPO_ROOT } from './workspace.js';

/** `SINCH_COMPAT_CACHE_DIR` overrides the location, e.g. to measure a cold run. */
export function cacheRoot(): string {
  const root = resolve(
    process.env.SINCH_COMPAT_CACHE_DIR ?? join(tmpdir(), 'sinch-numbers-compat'),
  );
  if (isInside(root, REPO_ROOT)) {
    throw new Error(`the compat cache (${root}) must be outside the workspace (${REPO_ROOT})`);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

const READY = '.ready';

/** Whether a cache folder was completely built (the marker is written last). */
export function isReady(dir: string): boolean {
  try {
    statSync(join(dir, READY));
    return true;
  } catch {
    return false;
  }
}

/** Marks a folder complete; also refreshed on every reuse, which is what pruning looks at. */
export function markReady(dir: string, info: Record<string, unknown> = {}): void {
  const marker = join(dir, READY);
  try {
    const now = new Date();
    utimesSync(marker, now, now);
  } catch {
    writeFileSync(marker, `${JSON.stringify({ ...info, at: new Date().toISOString() })}\n`);
  }
}

/** Age of a ready folder's marker in milliseconds, or Infinity when it is not ready. */
export function readyAgeMs(dir: string): number {
  try {
    return Date.now() - statSync(join(dir, READY)).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Removes cache folders with the prefix, other than `keep`: those unused for `maxAgeMs`, and all
 * but the `maxCount` most recently used once unused for an hour (a run that started before this
 * one may still be reading its folder). Packages change often while they are being worked on, and
 * each install is tens of megabytes.
 */
export function prune(prefix: string, keep: string, maxAgeMs: number, maxCount = 3): void {
  const root = cacheRoot();
  const candidates = readdirSync(root)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(root, name))
    .filter((dir) => dir !== keep)
    .map((dir) => ({ dir, unused: Math.min(readyAgeMs(dir), ageMs(dir)) }))
    .sort((a, b) => a.unused - b.unused);
  candidates.forEach(({ dir, unused }, index) => {
    const surplus = index >= maxCount - 1 && unused > 3600_000;
    if (unused > maxAgeMs || surplus) rmSync(dir, { recursive: true, force: true });
  });
}

function ageMs(dir: string): number {
  try {
    return Date.now() - statSync(dir).mtimeMs;
  } catch {
    return 0;
  }
}

function ownerAlive(lockDir: string): boolean | undefined {
  try {
    const pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return false;
    if (code === 'EPERM') return true;
    return undefined; // no pid file yet: the owner is between mkdir and writing it
  }
}

/**
 * Runs `fn` while holding `<cache>/<name>.lock` (an atomic mkdir). A lock whose owner died is
 * taken over, so a killed run never blocks the next one.
 */
export async function withLock<T>(
  name: string,
  fn: () => Promise<T>,
  waitMs = 15 * 60_000,
): Promise<T> {
  const lockDir = join(cacheRoot(), `${name}.lock`);
  const deadline = Date.now() + waitMs;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const alive = ownerAlive(lockDir);
    let stale = alive === false;
    if (alive === undefined) {
      try {
        stale = Date.now() - statSync(lockDir).mtimeMs > 60_000;
      } catch {
        continue; // released meanwhile
      }
    }
    if (stale) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockDir}`);
    if (!announced) {
      console.log(`[compat] waiting for ${lockDir} (another run is preparing it)`);
      announced = true;
    }
    await sleep(500);
  }
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
