/** Starts the benchmark server in a child process and talks to its control endpoints. */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tsxExecArgv } from '../children.js';
import type { Counters } from './routes.js';

/** A running benchmark server. */
export interface BenchServer {
  /** `http://127.0.0.1:PORT`, the base URL of the API and of the token endpoint alike. */
  readonly baseUrl: string;
  readonly port: number;
  counters(): Promise<Counters>;
  resetCounters(): Promise<void>;
  close(): Promise<void>;
}

/** Forks the server with a list of `totalItems` active numbers and waits until it listens. */
export async function startServer(totalItems: number): Promise<BenchServer> {
  const entry = fileURLToPath(new URL('./child.ts', import.meta.url));
  const child: ChildProcess = fork(entry, [String(totalItems)], {
    execArgv: tsxExecArgv(),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`benchmark server exited early (${code})`)));
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'listening' && message.port) resolve(message.port);
    });
  });
  child.removeAllListeners('exit');
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    port,
    async counters() {
      const response = await fetch(`${baseUrl}/_bench/counters`);
      return (await response.json()) as Counters;
    },
    async resetCounters() {
      await (await fetch(`${baseUrl}/_bench/reset`, { method: 'POST' })).arrayBuffer();
    },
    close() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      });
    },
  };
}
