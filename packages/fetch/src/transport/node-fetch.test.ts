/**
 * `createNodeFetch` answers as `fetch` does: the same status, headers and body read every way,
 * against one loopback server, and openapi-fetch (its middleware included) works over it. Its
 * bounds are the Node transport's.
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNumbersClient } from '../numbers-client.js';
import { BodyTooLargeError } from './limits.js';
import { createNodeFetch, NodeFetchResponse } from './node-fetch.js';

const MiB = 1024 * 1024;
const seen: Array<{ method: string; url: string; headers: Record<string, unknown>; body: string }> =
  [];
let lastPage = { closedEarly: Promise.resolve(false) };

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const path = request.url ?? '';
    seen.push({
      method: request.method ?? '',
      url: path,
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });
    if (path.startsWith('/json')) {
      response.writeHead(200, 'Fine', [
        ['Content-Type', 'application/json'],
        ['X-Twice', 'a'],
        ['x-twice', 'b'],
        ['Set-Cookie', 'a=1'],
        ['Set-Cookie', 'b=2'],
      ]);
      response.end('\ufeff{"ok":true,"n":"é"}');
    } else if (path.startsWith('/empty')) {
      response.writeHead(204);
      response.end();
    } else if (path.startsWith('/missing')) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":{"code":404,"status":"NOT_FOUND"}}');
    } else if (path.startsWith('/gzip')) {
      const size = path.includes('bomb') ? 8 * MiB : 11;
      const body = gzipSync(path.includes('bomb') ? Buffer.alloc(size, ' ') : '{"ok":true}');
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(body);
    } else if (path.startsWith('/large')) {
      response.writeHead(500, { 'content-type': 'text/html' });
      const state = { written: 0 };
      const total = 50 * MiB;
      lastPage = {
        closedEarly: new Promise((resolve) =>
          response.once('close', () => resolve(state.written < total)),
        ),
      };
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (state.written < total && !response.destroyed) {
          state.written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    } else if (path.startsWith('/stall')) {
      // Never answers.
    } else {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ phoneNumber: '+12025550134', path }));
    }
  });
});
let url = '';
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

const nodeFetch = createNodeFetch();

/** Everything a reader can see of a response, read one way. */
async function view(response: Response, read: 'text' | 'json' | 'arrayBuffer' | 'blob' | 'body') {
  const shown = {
    status: response.status,
    statusText: response.statusText,
    ok: response.ok,
    redirected: response.redirected,
    type: response.type,
    url: response.url,
    headers: [...response.headers].filter(
      ([name]) => !['date', 'connection', 'keep-alive'].includes(name),
    ),
    contentType: response.headers.get('Content-Type'),
    twice: response.headers.get('x-twice'),
    cookies: response.headers.getSetCookie(),
    content: undefined as unknown,
  };
  // Read after the content: reading `body` first would make every read go through its stream.
  if (read === 'text') shown.content = await response.text();
  else if (read === 'json') shown.content = await response.json().catch((e: Error) => e.name);
  else if (read === 'arrayBuffer')
    shown.content = [...new Uint8Array(await response.arrayBuffer())];
  else if (read === 'blob') {
    const blob = await response.blob();
    shown.content = [blob.type, await blob.text()];
  } else shown.content = response.body ? await new Response(response.body).text() : null;
  return { ...shown, bodyUsed: response.bodyUsed, hasBody: response.body !== null };
}

describe('createNodeFetch', () => {
  const paths = ['/json', '/empty', '/missing', '/gzip'];
  const reads = ['text', 'json', 'arrayBuffer', 'blob', 'body'] as const;
  for (const path of paths) {
    for (const read of reads) {
      it(`answers ${path} as fetch does, read with ${read}`, async () => {
        const mine = await view(await nodeFetch(`${url}${path}`), read);
        const theirs = await view(await fetch(`${url}${path}`), read);
        expect(mine).toEqual(theirs);
      });
    }
  }

  it('answers a HEAD with no body, as fetch does', async () => {
    const mine = await nodeFetch(`${url}/json`, { method: 'HEAD' });
    expect(mine.body).toBeNull();
    expect(await mine.text()).toBe('');
    expect(mine.headers.get('content-type')).toBe('application/json');
  });

  it('is a Response: every member of the interface is its own, none inherited', async () => {
    const response = await nodeFetch(`${url}/json`);
    expect(response).toBeInstanceOf(Response);
    expect(response).toBeInstanceOf(NodeFetchResponse);
    const own = new Set(Object.getOwnPropertyNames(NodeFetchResponse.prototype));
    const missing = Object.getOwnPropertyNames(Response.prototype).filter((name) => !own.has(name));
    expect(missing).toEqual([]);
    await response.text();
  });

  it('lets a body be read once, and clones it before', async () => {
    const response = await nodeFetch(`${url}/json`);
    const copy = response.clone();
    expect(await response.json()).toEqual({ ok: true, n: 'é' });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toBeInstanceOf(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
    expect(response.body?.locked).toBe(true);
    expect(await copy.text()).toBe('{"ok":true,"n":"é"}');
  });

  it('reads a body through its stream once asked for one', async () => {
    const response = await nodeFetch(`${url}/json`);
    const stream = response.body;
    expect(stream).toBe(response.body);
    expect(await new Response(stream).text()).toBe('{"ok":true,"n":"é"}');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toBeInstanceOf(TypeError);
  });

  it('has read-only headers', async () => {
    const response = await nodeFetch(`${url}/json`);
    expect(() => response.headers.set('x', 'y')).toThrow(TypeError);
    expect(() => response.headers.append('x', 'y')).toThrow(TypeError);
    expect(() => response.headers.delete('x-twice')).toThrow(TypeError);
    expect(response.headers.has('X-TWICE')).toBe(true);
    expect(new Headers(response.headers).get('x-twice')).toBe('a, b');
  });

  it('sends method, headers and body of a Request or of an init', async () => {
    seen.length = 0;
    await nodeFetch(
      new Request(`${url}/a`, { method: 'PATCH', headers: { 'X-One': '1' }, body: '{"a":1}' }),
    );
    await nodeFetch(`${url}/b`, { method: 'POST', headers: { 'x-two': '2' }, body: 'é' });
    expect(seen.map(({ method, url, body }) => [method, url, body])).toEqual([
      ['PATCH', '/a', '{"a":1}'],
      ['POST', '/b', 'é'],
    ]);
    expect(seen[0]?.headers).toMatchObject({ 'x-one': '1', 'content-length': '7' });
    expect(seen[1]?.headers).toMatchObject({ 'x-two': '2', 'content-length': '2' });
  });

  it("rejects with the signal's reason and hangs up", async () => {
    const controller = new AbortController();
    const reason = new Error('caller stopped');
    const sent = nodeFetch(`${url}/stall`, { signal: controller.signal });
    while (!seen.some((request) => request.url === '/stall')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    controller.abort(reason);
    await expect(sent).rejects.toBe(reason);
  });

  it('rejects as fetch does when nothing answers: a TypeError with the cause', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as AddressInfo;
    closed.close();
    await once(closed, 'close');
    const error = await nodeFetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });

  it('stops a 50 MB page at the limit and hangs up', async () => {
    const bounded = createNodeFetch({ maxBodyBytes: MiB });
    const error = await bounded(`${url}/large`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(await lastPage.closedEarly).toBe(true);
  });

  it('counts after decompression', async () => {
    const bounded = createNodeFetch({ maxBodyBytes: MiB });
    await expect(bounded(`${url}/gzip-bomb`)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('loads no undici when its entry is imported (the client imports it for its default)', async () => {
    const entry = fileURLToPath(new URL('./node-entry.ts', import.meta.url));
    const script = `await import(${JSON.stringify(entry)});
      console.log(process.moduleLoadList.some((name) => name.includes('undici')));`;
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      script,
    ]);
    expect(stdout.trim()).toBe('false');
  }, 60_000);

  it('takes only a whole number of bytes from 1 as its limit', () => {
    for (const maxBodyBytes of [0, 1.5, Number.NaN]) {
      expect(() => createNodeFetch({ maxBodyBytes })).toThrow(TypeError);
    }
  });
});

describe('createNodeFetch under createNumbersClient', () => {
  const client = () =>
    createNumbersClient({
      projectId: 'p',
      auth: { type: 'basic', keyId: 'k', keySecret: 's' },
      baseUrl: url,
      fetch: nodeFetch,
    });
  const ACTIVE = '/v1/projects/{projectId}/activeNumbers/{phoneNumber}' as const;

  it('reads data and errors, and sends a PATCH body as JSON', async () => {
    seen.length = 0;
    const numbers = client();
    const got = await numbers.GET(ACTIVE, { params: { path: { phoneNumber: '+12025550134' } } });
    expect(got.data).toEqual({
      phoneNumber: '+12025550134',
      path: '/v1/projects/p/activeNumbers/+12025550134',
    });
    const patched = await numbers.PATCH(ACTIVE, {
      params: { path: { phoneNumber: '+1' } },
      body: { displayName: 'x' },
    });
    expect(patched.response.ok).toBe(true);
    expect(seen[1]).toMatchObject({
      method: 'PATCH',
      body: '{"displayName":"x"}',
      headers: { 'content-type': 'application/json', authorization: 'Basic azpz' },
    });
  });

  it('runs middleware: a header set on the request, the response returned as it is', async () => {
    seen.length = 0;
    const numbers = client();
    const statuses: number[] = [];
    numbers.use({
      onRequest({ request }) {
        request.headers.set('x-trace', 't-1');
      },
      onResponse({ response }) {
        statuses.push(response.status);
        return response;
      },
    });
    const got = await numbers.GET(ACTIVE, { params: { path: { phoneNumber: '+1' } } });
    expect(got.data).toMatchObject({ phoneNumber: '+12025550134' });
    expect(statuses).toEqual([200]);
    expect(seen[0]?.headers).toMatchObject({ 'x-trace': 't-1' });
  });
});
