import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A running Prism server. */
export interface PrismServer {
  /** Base URL to point a client at, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  /** The port Prism listens on (useful when it was started on port 0). */
  readonly port: number;
  /** Stops Prism and waits for the process to exit. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Options shared by the mock and the proxy. */
export interface PrismLaunchOptions {
  /** Host to listen on. @defaultValue `'127.0.0.1'` */
  host?: string;
  /** Port to listen on; 0 picks a free one. @defaultValue 0 */
  port?: number;
  /** How long to wait for Prism's "listening" line, 1 to 2147483647 ms. @defaultValue 30000 */
  startTimeoutMs?: number;
  /** Receives every line Prism prints (for debugging). */
  onLog?: (line: string) => void;
}

const LISTENING = /Prism is listening on (https?:\/\/\S+)/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI color codes from Prism's output.
const ANSI = /\u001b\[[0-9;]*m/g;
const TAIL_LINES = 20;

function prismBin(): string {
  // Not named `require`: in the CommonJS build that name is the module's own require, which the
  // shim for import.meta.url uses while this line runs.
  const resolveFromHere = createRequire(import.meta.url);
  const manifest = resolveFromHere.resolve('@stoplight/prism-cli/package.json');
  const { bin } = resolveFromHere('@stoplight/prism-cli/package.json') as {
    bin: { prism: string };
  };
  return fileURLToPath(new URL(bin.prism, `file://${manifest}`));
}

/** Thrown when Prism exits or stays silent before it listens; carries its last output lines. */
export class PrismStartError extends Error {
  override readonly name = 'PrismStartError';
  /** The last lines Prism printed before it failed. */
  readonly output: readonly string[];

  constructor(reason: string, output: readonly string[]) {
    super(`${reason}${output.length ? `\nLast lines from Prism:\n  ${output.join('\n  ')}` : ''}`);
    this.output = output;
  }
}

/** Spawns Prism with the given arguments and resolves once it listens. */
export function launchPrism(
  args: string[],
  options: PrismLaunchOptions = {},
): Promise<PrismServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  // setTimeout fires at once when given more than 2^31 - 1 ms: Prism would never get to start.
  if (!(typeof timeoutMs === 'number' && timeoutMs >= 1 && timeoutMs <= 2_147_483_647)) {
    return Promise.reject(
      new TypeError('startTimeoutMs must be a number of milliseconds from 1 to 2147483647'),
    );
  }
  const guard = fileURLToPath(new URL('../guard.cjs', import.meta.url));
  const prismArgs = [...args, '--host', host, '--port', String(port)];
  // stdin stays an open pipe: the guard stops Prism when it closes (see guard.cjs).
  const child = spawn(process.execPath, [guard, prismBin(), ...prismArgs], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const tail: string[] = [];
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );

  const stop = async () => {
    if (!exited) {
      child.ref(); // observe the exit even when nothing else keeps the event loop busy
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exitedPromise;
      clearTimeout(timer);
    }
  };

  return new Promise<PrismServer>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => reject(new PrismStartError(reason, [...tail])));
    };
    const timer = setTimeout(() => fail(`Prism did not start within ${timeoutMs} ms`), timeoutMs);
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const raw of lines) {
        const line = raw.replace(ANSI, '').trimEnd();
        if (!line) continue;
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        options.onLog?.(line);
        const match = settled ? null : LISTENING.exec(line);
        if (match?.[1]) {
          settled = true;
          clearTimeout(timer);
          const url = match[1].replace(/\/$/, '');
          // Once listening, Prism must not keep the parent alive: a script that forgets stop()
          // still exits, and the guard then stops Prism.
          child.unref();
          for (const stream of [child.stdin, child.stdout, child.stderr]) {
            (stream as unknown as { unref?: () => void } | null)?.unref?.();
          }
          resolve({ url, port: Number(new URL(url).port), stop });
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => fail(`Prism could not be spawned: ${error.message}`));
    child.once('exit', (code, signal) =>
      fail(`Prism exited before listening (code ${code ?? 'none'}, signal ${signal ?? 'none'})`),
    );
  });
}
