import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUndiciFetch } from '../src/index.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: Socket;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
/** Resolved when the server holds a request to /stall. */
let stalled: () => void = () => {};

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
        socket: request.socket,
      });
      if (request.url === '/stall') return stalled(); // never answers
      if (request.url === '/empty') {
        response.writeHead(204).end();
        return;
      }
      response.writeHead(request.url === '/missing' ? 404 : 200, {
        'Content-Type': 'application/json',
        'X-Request-Id': 'req-1',
      });
      response.end(JSON.stringify({ ok: request.url !== '/missing', echo: request.method }));
    });
  });
  // Node's default of 5 s would let a slow machine see the server drop an idle connection
  // between two of the sequential requests of the reuse test.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const send = createUndiciFetch();

describe('createUndiciFetch', () => {
  it('sends method, headers and body, and answers with status, headers and body', async () => {
    const response = await send(
      new Request(`${base}/things?x=1`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: 'Basic eDp5' },
        body: JSON.stringify({ displayName: 'Desk' }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(await response.json()).toEqual({ ok: true, echo: 'PATCH' });
    const last = seen.at(-1);
    expect(last).toMatchObject({
      method: 'PATCH',
      url: '/things?x=1',
      body: '{"displayName":"Desk"}',
    });
    expect(last?.headers.authorization).toBe('Basic eDp5');
    expect(last?.headers['content-type']).toBe('application/json');
  });

  it('passes error statuses through for the client to map', async () => {
    const response = await send(new Request(`${base}/missing`));
    expect(response.status).toBe(404);
    expect(response.ok).toBe(false);
  });

  it('answers 204 with no body', async () => {
    const response = await send(new Request(`${base}/empty`, { method: 'DELETE' }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('reuses connections instead of opening one per request', async () => {
    seen.length = 0;
    for (let i = 0; i < 8; i++) await (await send(new Request(`${base}/n${i}`))).text();
    // The pool may keep a second connection warm, but eight sequential calls never need eight.
    expect(new Set(seen.map((s) => s.socket)).size).toBeLessThanOrEqual(2);
  });

  it('aborts when the request signal aborts', async () => {
    const controller = new AbortController();
    const held = new Promise<void>((resolve) => {
      stalled = resolve;
    });
    const pending = send(new Request(`${base}/stall`, { signal: controller.signal }));
    // Aborted while the server holds the request, not after a guessed delay.
    await held;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects when nothing listens, like fetch does', async () => {
    await expect(send(new Request('http://127.0.0.1:1/'))).rejects.toBeInstanceOf(Error);
  });
});
