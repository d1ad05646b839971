/**
 * Runs the built bin as a child process, the way users and scripts run it, and collects what
 * it printed and how it exited.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The bin under test. */
export const CLI = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));

/** What one run produced. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  /** Extra environment variables (the parent's SINCH_* variables are never inherited). */
  readonly env?: Record<string, string>;
  /** Text for stdin; without it stdin is closed at once (not a terminal, no input). */
  readonly input?: string;
  /** Flags for node itself, e.g. `--max-old-space-size=64`. */
  readonly nodeOptions?: readonly string[];
  /** Kills the run after this long. @defaultValue 90000 (a run takes 0.3-6 s on a quiet machine) */
  readonly timeoutMs?: number;
}

/** How long a CLI run may take before it is killed (see vitest.config.ts for the test limit). */
export const RUN_TIMEOUT_MS = 90_000;

/** Runs `node dist/cli.mjs ...args`. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !name.startsWith('SINCH_')) env[name] = value;
  }
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), CLI, ...args], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // The CLI may exit (a usage error) before it reads stdin; a broken pipe then is expected.
  child.stdin.on('error', () => {});
  child.stdin.end(options.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? RUN_TIMEOUT_MS);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Project credentials for the tests, as environment variables. */
export const CREDENTIALS = {
  SINCH_PROJECT_ID: 'project-1',
  SINCH_KEY_ID: 'key-id-1234',
  SINCH_KEY_SECRET: 'key-secret-do-not-leak-5678',
  SINCH_APPLICATION_KEY: 'app-key-1',
  SINCH_APPLICATION_SECRET: 'YXBwLXNlY3JldC0x',
};
