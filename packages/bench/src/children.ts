/** Running TypeScript modules of this package in fresh Node processes. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Node flags that load tsx, so a child can run a `.ts` entry. Resolved to an absolute URL:
 * `--import tsx` alone would be resolved from the child's working directory.
 */
export function tsxExecArgv(): string[] {
  return ['--import', import.meta.resolve('tsx')];
}

/** The absolute path of a module of this package, from a URL relative to the caller. */
export const modulePath = (relative: string, base: string): string =>
  fileURLToPath(new URL(relative, base));

/**
 * Runs `entry` in a fresh Node process (with tsx and `nodeFlags`) and parses the JSON it prints
 * as its last line of standard output.
 */
export function runJsonChild<T>(
  entry: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...nodeFlags, ...tsxExecArgv(), entry, ...args],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${entry} failed: ${error.message}\n${stderr}`));
          return;
        }
        const last = stdout.trim().split('\n').at(-1) ?? '';
        try {
          resolve(JSON.parse(last) as T);
        } catch {
          reject(new Error(`${entry} printed no JSON: ${stdout.slice(-500)}\n${stderr}`));
        }
      },
    );
  });
}
