/**
 * Runs the bin on a pseudo-terminal (util-linux `script`), so that stdin and stdout are TTYs
 * and the confirmation prompt really asks. Keys are typed once the prompt has appeared.
 */
import { spawn, spawnSync } from 'node:child_process';
import { CLI, RUN_TIMEOUT_MS } from './cli.js';

/** Whether `script` is there to provide a terminal. */
export const HAS_TERMINAL =
  process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Runs the bin on a terminal, typing `keys` when `prompt` shows up in its output. */
export function runInTerminal(
  args: readonly string[],
  options: { env: Record<string, string>; prompt: RegExp; keys: string },
): Promise<{ code: number | null; output: string }> {
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !name.startsWith('SINCH_')) env[name] = value;
  }
  const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
    env: { ...env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let typed = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    if (!typed && options.prompt.test(output)) {
      typed = true;
      child.stdin.on('error', () => {}); // the program may already have exited
      child.stdin.write(options.keys);
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
