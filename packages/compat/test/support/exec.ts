/**
 * Child processes for the suites: a clean environment (what a user's shell would have, not what
 * pnpm, turbo and vitest add), captured output, a hard time limit, and errors that carry the
 * command's last output lines so a CI failure explains itself.
 */
import { spawn } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import { isInside, REPO_ROOT } from './workspace.js';

export interface RunOptions {
  cwd: string;
  /** Added to (or, as `undefined`, removed from) the clean environment. */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

export interface RunResult {
  command: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

// npm settings a developer or CI may legitimately set through the environment (cache location,
// registry mirror, proxy, CA); every other npm_* variable is pnpm's or npm's own script context.
const KEPT_NPM_VARS = new Set([
  'npm_config_cache',
  'npm_config_registry',
  'npm_config_userconfig',
  'npm_config_cafile',
  'npm_config_proxy',
  'npm_config_https_proxy',
  'npm_config_noproxy',
]);

/**
 * The environment of a user outside this workspace. `pnpm run` puts the workspace's
 * node_modules/.bin folders on PATH and exports npm_* settings; left in place, `npx` or a
 * `#!/usr/bin/env node` bin could pick up workspace copies and the installs would not be what a
 * user gets. NODE_OPTIONS and vitest's variables would change how consumer scripts run.
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_') && !KEPT_NPM_VARS.has(lower)) continue;
    if (key.startsWith('PNPM_SCRIPT') || key.startsWith('VITEST') || key.startsWith('TURBO_')) {
      continue;
    }
    if (['INIT_CWD', 'NODE_OPTIONS', 'NODE_ENV', 'NODE_PATH', 'TS_NODE_PROJECT'].includes(key)) {
      continue;
    }
    env[key] = value;
  }
  const path = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => entry !== '' && !isInside(entry, REPO_ROOT));
  // The Node running the tests comes first, so `#!/usr/bin/env node` bins and npm's own scripts
  // use the same Node as the suite (CI may have several on PATH).
  env.PATH = [dirname(process.execPath), ...path].join(delimiter);
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Last `count` non-empty lines of a command's output, for error messages. */
export function tail(text: string, count = 25): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .join('\n');
}

/** Runs a command to completion; never rejects for a non-zero exit (see {@link runOk}). */
export function run(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const started = performance.now();
  const display = [command, ...args].join(' ');
  return new Promise((resolvePromise, reject) => {
    // A process group of its own, so a time-out also ends whatever the command started (npm's
    // scripts, a runtime's helper processes).
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: cleanEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killTree(child.pid);
          }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${display}: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        command: display,
        code,
        signal,
        stdout,
        stderr,
        ms: performance.now() - started,
        timedOut,
      });
    });
  });
}

/** Kills a process group started by {@link run} (or the single process where groups do not exist). */
export function killTree(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (pid === undefined) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
  } catch {
    // Already gone.
  }
}

export function describeFailure(result: RunResult): string {
  const how = result.timedOut
    ? 'timed out'
    : `exited with ${result.code ?? 'no code'}${result.signal ? ` (${result.signal})` : ''}`;
  return `${result.command} ${how} after ${(result.ms / 1000).toFixed(1)} s\n--- stdout\n${tail(
    result.stdout,
  )}\n--- stderr\n${tail(result.stderr)}`;
}

/** Runs a command and throws, with its last output lines, unless it exits with 0. */
export async function runOk(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0 || result.timedOut) throw new Error(describeFailure(result));
  return result;
}
