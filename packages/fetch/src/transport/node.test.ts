import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeTransport } from './node.js';

/**
 * A server that answers the first request on each socket with keep-alive, then drops the socket
 * as soon as a second request arrives on it, without reading it: what a server does that closes
 * an idle keep-alive socket just as the client reuses it. `processed` counts requests answered.
 */
async function idleClosingServer() {
  const processed: string[] = [];
  const dropped: string[] = [];
  const served = new WeakSet<Socket>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const socket = request.socket;
    if (served.has(socket)) {
      dropped.push(`${request.method} ${request.url}`);
      socket.destroy();
      return;
    }
    served.add(socket);
    request.resume();
    request.on('end', () => {
      processed.push(`${request.method} ${request.url}`);
      response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r-1' });
      response.end('{"ok":true}');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    for (const socket of sockets) socket.destroy();
    server.close();
    await once(server, 'close');
  };
  return { url, processed, dropped, close };
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('createNodeTransport', () => {
  it('sends method, headers and body, and reads status, headers and body', async () => {
    const server = await idleClosingServer();
    cleanup = server.close;
    const send = createNodeTransport();
    const response = await send({
      method: 'POST',
      url: `${server.url}/v1/things`,
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Request-Id')).toBe('r-1');
    expect(response.body).toBe('{"ok":true}');
    expect(server.processed).toEqual(['POST /v1/things']);
  });

  const cases = [
    { method: 'GET', want: { resolves: true, processed: 2, dropped: 1 } },
    { method: 'PUT', want: { resolves: true, processed: 2, dropped: 1 } },
    { method: 'POST', want: { resolves: false, processed: 1, dropped: 1 } },
  ];
  for (const { method, want } of cases) {
    it(`a ${method} on a socket the server closed: ${want.resolves ? 'sent again on a new socket' : 'never sent twice'}`, async () => {
      const server = await idleClosingServer();
      cleanup = server.close;
      const send = createNodeTransport();
      const first = await send({ method: 'GET', url: `${server.url}/warm`, headers: {} });
      expect(first.status).toBe(200);
      const second = send({ method, url: `${server.url}/v1/op`, headers: {} });
      if (want.resolves) await expect(second).resolves.toMatchObject({ status: 200 });
      else await expect(second).rejects.toThrow();
      expect(server.processed).toHaveLength(want.processed);
      expect(server.dropped).toEqual([`${method} /v1/op`]);
    });
  }

  it('calls request() as node:http holds it at call time, so MSW or nock can intercept', async () => {
    const server = await idleClosingServer();
    cleanup = server.close;
    const { default: http } = await import('node:http');
    const original = http.request;
    const intercepted: string[] = [];
    http.request = ((...args: Parameters<typeof original>) => {
      // A URL string, or (what the transport passes when the URL parser would not change the
      // path) request options naming the same server and path.
      const [target] = args as unknown as [
        string | { protocol: string; hostname: string; port: string; path: string },
      ];
      intercepted.push(
        typeof target === 'string'
          ? target
          : `${target.protocol}//${target.hostname}:${target.port}${target.path}`,
      );
      return original(...args);
    }) as typeof original;
    try {
      const send = createNodeTransport();
      await send({ method: 'GET', url: `${server.url}/seen`, headers: {} });
    } finally {
      http.request = original;
    }
    expect(intercepted).toEqual([`${server.url}/seen`]);
  });

  it('aborts with the signal’s reason', async () => {
    const server = await idleClosingServer();
    cleanup = server.close;
    const send = createNodeTransport();
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(
      send({ method: 'GET', url: `${server.url}/x`, headers: {}, signal: controller.signal }),
    ).rejects.toBe(reason);
  });
});
