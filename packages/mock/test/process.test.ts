/** Tests of the built package as processes: the bin, and that no Prism outlives its parent. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const tiny = fileURLToPath(new URL('./fixtures/tiny.yaml', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

/**
 * Whether nothing listens on the URL any more (connection refused), polling for up to `ms`. Only
 * a refused connection counts: a slow answer from a Prism still running is not "stopped".
 */
async function refusesWithin(url: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await (await fetch(url)).arrayBuffer();
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return true;
    }
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Prism is gone well within a second of its parent on a quiet machine.
const STOP_WITHIN_MS = 30_000;

function firstLineMatching(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(pattern);
      if (match) resolve(match);
    });
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before printing ${pattern}: ${seen}`)),
    );
  });
}

describe('process lifecycle', () => {
  it('stops Prism when the parent is killed without calling stop()', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/start-then-die.mjs', import.meta.url));
    const parent = spawn(process.execPath, [fixture, tiny], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [url] = await firstLineMatching(parent, /http:\/\/127\.0\.0\.1:\d+/);
    await once(parent, 'exit');
    expect(parent.signalCode).toBe('SIGKILL');
    expect(await refusesWithin(`${url}/things/abc`, STOP_WITHIN_MS)).toBe(true);
  });
});

describe('sinch-numbers-mock bin', () => {
  it('prints the base URL, serves the mock and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--spec', tiny], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [, url] = await firstLineMatching(child, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const response = await fetch(`${url}/things/abc`);
    expect(await response.json()).toEqual({ id: 'abc', count: 3 });
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(await refusesWithin(`${url}/things/abc`, STOP_WITHIN_MS)).toBe(true);
  });

  const usageErrors = [
    { name: 'a bad port', args: ['--port', 'abc'], want: /--port must be a port number/ },
    { name: 'an unknown flag', args: ['--colour'], want: /Unknown option '--colour'/ },
  ];
  for (const { name, args, want } of usageErrors) {
    it(`exits 2 with the usage on ${name}`, async () => {
      const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = await once(child, 'exit');
      expect(code).toBe(2);
      expect(stderr).toMatch(want);
      expect(stderr).toMatch(/usage: sinch-numbers-mock/);
    });
  }
});
