/**
 * The openapi-fetch clients read a body whole. Given `boundedFetch`, they stop at the limit:
 * a 50 MB error page rejects the call with BodyTooLargeError and the server sees the client
 * hang up before it could write the page.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNumbersClient } from '../numbers-client.js';
import { boundedFetch } from './bounded-fetch.js';
import { BodyTooLargeError } from './limits.js';

const MiB = 1024 * 1024;
const PAGE = 50 * MiB;
/** How much of the last 50 MB page was written, and whether the client hung up first. */
let last = { written: 0, closed: Promise.resolve(false) };

const server = createServer((request, response) => {
  if (request.url?.includes('gzip')) {
    const body = gzipSync(Buffer.alloc(8 * MiB, ' '));
    response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    response.end(body);
    return;
  }
  const declared = request.url?.includes('declared');
  response.writeHead(500, {
    'content-type': 'text/html',
    ...(declared ? { 'content-length': String(PAGE) } : {}),
  });
  const state = { written: 0, closed: Promise.resolve(false) };
  state.closed = new Promise((resolve) =>
    response.once('close', () => resolve(state.written < PAGE)),
  );
  last = state;
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const pump = () => {
    while (state.written < PAGE && !response.destroyed) {
      state.written += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  pump();
});
let baseUrl = '';
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

const client = (fetch?: ReturnType<typeof boundedFetch>) =>
  createNumbersClient({
    projectId: 'p',
    auth: { type: 'basic', keyId: 'k', keySecret: 's' },
    baseUrl,
    ...(fetch ? { fetch } : {}),
  });
const get = (c: ReturnType<typeof client>, phoneNumber: string) =>
  c.GET('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', {
    params: { path: { phoneNumber } },
  });

describe('boundedFetch under createNumbersClient', () => {
  it('stops reading a 50 MB error page at the limit and hangs up', async () => {
    const error = await get(client(boundedFetch(undefined, MiB)), '+12025550134').catch((e) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error.status).toBe(500);
    expect(await last.closed).toBe(true);
    expect(last.written).toBeLessThan(PAGE / 2);
  });

  it('refuses a declared length above the limit without reading', async () => {
    const error = await get(client(boundedFetch(undefined, MiB)), '+1202555declared').catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(await last.closed).toBe(true);
  });

  it('counts after decompression', async () => {
    const error = await get(client(boundedFetch(undefined, MiB)), '+1202555gzip').catch((e) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
  });

  it('keeps the status and headers of what it passes', async () => {
    const fetch = boundedFetch(
      async () => new Response('{"ok":true}', { status: 201, headers: { 'x-request-id': 'r-9' } }),
      100,
    );
    const response = await fetch('http://api.test/x');
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('r-9');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('without it, the whole page is read into the error', async () => {
    const { error } = await get(client(), '+12025550134');
    expect(typeof error).toBe('string');
    expect((error as unknown as string).length).toBe(PAGE);
  });
});
