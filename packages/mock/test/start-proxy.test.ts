import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrismServer, startProxy } from '../src/index.js';
import { START_TIMEOUT_MS } from './timeouts.js';

const tiny = fileURLToPath(new URL('./fixtures/tiny.yaml', import.meta.url));

/** An upstream that answers /things/good as the spec says and /things/bad with a wrong shape. */
function upstream(): Promise<{ server: Server; url: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.setHeader('Content-Type', 'application/json');
    const body = request.url === '/things/good' ? { id: 'good', count: 1 } : { id: 42 };
    response.end(JSON.stringify(body));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits }),
    ),
  );
}

describe('startProxy', () => {
  let proxy: PrismServer;
  let target: Awaited<ReturnType<typeof upstream>>;
  beforeAll(async () => {
    target = await upstream();
    proxy = await startProxy({
      upstream: target.url,
      spec: tiny,
      startTimeoutMs: START_TIMEOUT_MS,
    });
  });
  afterAll(async () => {
    await proxy?.stop();
    if (target) {
      target.server.closeAllConnections();
      await new Promise((resolve) => target.server.close(resolve));
    }
  });

  it('forwards a request and passes a valid response through', async () => {
    const response = await fetch(`${proxy.url}/things/good`);
    expect(response.status).toBe(200);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(await response.json()).toEqual({ id: 'good', count: 1 });
    expect(target.hits).toContain('/things/good');
  });

  it('flags a response that breaks the spec', async () => {
    const response = await fetch(`${proxy.url}/things/bad`);
    expect(target.hits).toContain('/things/bad');
    const violations = response.headers.get('sl-violations');
    expect(violations).toBeTruthy();
    expect(JSON.parse(violations ?? '[]')).toEqual(
      expect.arrayContaining([expect.objectContaining({ severity: 'Error' })]),
    );
  });

  it('rejects an invalid request before it reaches the upstream', async () => {
    const before = target.hits.length;
    const response = await fetch(`${proxy.url}/things/BAD-ID`);
    expect(response.status).toBe(422);
    expect(target.hits.length).toBe(before);
  });
});
