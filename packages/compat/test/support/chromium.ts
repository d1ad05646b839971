/**
 * A Chromium for the browser suite: `CHROMIUM_BIN`, or one on PATH. None found: on CI (`CI=true`)
 * as root with apt, the Debian package is installed (about 10-30 s; once per machine); otherwise
 * the suite is skipped with the reason. No browser is ever downloaded from anywhere else.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { withLock } from './cache.js';
import { describeFailure, run } from './exec.js';
import { timed } from './timing.js';

export type Chromium =
  | { available: true; bin: string; version: string; installed: boolean }
  | { available: false; reason: string };

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function locate(): string | undefined {
  const given = process.env.CHROMIUM_BIN;
  if (given) return given;
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

async function version(bin: string): Promise<string | { error: string }> {
  const result = await run(bin, ['--version'], { cwd: process.cwd(), timeoutMs: 60_000 });
  if (result.code === 0) return result.stdout.trim();
  return { error: `\`${bin} --version\` failed: ${describeFailure(result)}` };
}

/** Whether this run may install Chromium itself: on CI, as root, where apt-get exists. */
function mayInstall(): string | undefined {
  if (process.env.CI !== 'true' && process.env.CI !== '1') {
    return 'not on CI (CI=true): the suite does not install system packages on a workstation';
  }
  if (process.getuid?.() !== 0) return 'not running as root, so apt-get cannot install it';
  if (!onPath('apt-get')) return 'there is no apt-get on this machine';
  return undefined;
}

async function install(): Promise<void> {
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const options = { cwd: process.cwd(), env, timeoutMs: 10 * 60_000 };
  await timed('apt-get install chromium', async () => {
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
    ]) {
      const result = await run('apt-get', args, options);
      if (result.code !== 0)
        throw new Error(`apt-get ${args[0]} failed: ${describeFailure(result)}`);
    }
  });
}

/**
 * Finds (or, on CI as root, installs) Chromium. An install that was attempted and failed throws:
 * on CI that is a failure to look at, not a reason to skip.
 */
export async function chromium(): Promise<Chromium> {
  let installed = false;
  let bin = locate();
  if (bin === undefined) {
    const refusal = mayInstall();
    if (refusal !== undefined) {
      return {
        available: false,
        reason: `no Chromium found (CHROMIUM_BIN or ${NAMES.join('/')} on PATH), and ${refusal}`,
      };
    }
    await withLock('chromium-install', async () => {
      if (locate() === undefined) {
        await install();
        installed = true;
      }
    });
    bin = locate();
    if (bin === undefined) throw new Error('apt-get installed chromium, but it is not on PATH');
  }
  const found = await version(bin);
  if (typeof found !== 'string') return { available: false, reason: found.error };
  return { available: true, bin, version: found, installed };
}
