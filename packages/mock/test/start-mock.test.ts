import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrismServer, PrismStartError, startMock } from '../src/index.js';
import { START_TIMEOUT_MS } from './timeouts.js';

const tiny = fileURLToPath(new URL('./fixtures/tiny.yaml', import.meta.url));
const started: PrismServer[] = [];
afterAll(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});

async function mock(options: Parameters<typeof startMock>[0]) {
  const server = await startMock({ startTimeoutMs: START_TIMEOUT_MS, ...options });
  started.push(server);
  return server;
}

/** Resolves to true once nothing accepts connections on the URL any more. */
async function refuses(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return false;
  } catch {
    return true;
  }
}

describe('startMock', () => {
  describe('one strict mock shared by the request tests', () => {
    let server: PrismServer;
    beforeAll(async () => {
      server = await mock({ spec: tiny, errors: true });
    });

    it('listens on a free loopback port and serves the spec example', async () => {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.port).toBeGreaterThan(0);
      const response = await fetch(`${server.url}/things/abc`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: 'abc', count: 3 });
    });

    it('rejects a request that breaks the spec, naming the violation', async () => {
      const response = await fetch(`${server.url}/things/NOT-LOWERCASE`);
      // The fixture documents no 400, so Prism answers with its own problem document.
      expect(response.status).toBe(422);
      const problem = (await response.json()) as { validation: Array<{ location: string[] }> };
      expect(problem.validation[0]?.location).toEqual(['path', 'id']);
    });

    it('serves a documented error response on Prefer: code=404', async () => {
      const response = await fetch(`${server.url}/things/abc`, { headers: { Prefer: 'code=404' } });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ message: 'not found' });
    });
  });

  it('stops, and stop() can be called twice', async () => {
    const server = await startMock({ spec: tiny, startTimeoutMs: START_TIMEOUT_MS });
    await server.stop();
    await server.stop();
    expect(await refuses(`${server.url}/things/abc`)).toBe(true);
  });

  it('generates responses from the schema in dynamic mode', async () => {
    const server = await mock({ spec: tiny, dynamic: true, seed: 'fixed' });
    const body = (await (await fetch(`${server.url}/things/abc`)).json()) as Record<
      string,
      unknown
    >;
    expect(typeof body.id).toBe('string');
    expect(Number.isInteger(body.count)).toBe(true);
  });

  it('fails with the last lines Prism printed when the document cannot be loaded', async () => {
    const error = await startMock({
      spec: '/nonexistent/spec.yaml',
      startTimeoutMs: START_TIMEOUT_MS,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrismStartError);
    expect((error as PrismStartError).message).toMatch(/Prism exited before listening/);
    expect((error as PrismStartError).output.join('\n')).toMatch(/nonexistent/);
  });

  it('fails clearly when Prism does not start within the timeout', async () => {
    const error = await startMock({ spec: tiny, startTimeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrismStartError);
    expect((error as Error).message).toMatch(/did not start within 1 ms/);
  });

  it('refuses a start timeout setTimeout cannot keep, without spawning Prism', async () => {
    for (const startTimeoutMs of [2 ** 31, Number.POSITIVE_INFINITY, 0]) {
      await expect(startMock({ spec: tiny, startTimeoutMs })).rejects.toThrow(
        /startTimeoutMs must be a number of milliseconds from 1 to 2147483647/,
      );
    }
  });
});
