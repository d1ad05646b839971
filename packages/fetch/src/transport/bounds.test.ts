/**
 * Both adapters bound an exchange the same way: `timeoutMs` on the caller's clock, `maxBodyBytes`
 * after decoding, the caller's signal. Against a loopback server that records whether the
 * client hung up.
 */
import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetchTransport } from './fetch.js';
import { BodyTooLargeError, TransportTimeoutError } from './limits.js';
import { createNodeTransport } from './node.js';
import type { Transport } from './types.js';

/** Answers by path: `/stall` never, `/slow-body` headers then silence, `/gzip` a gzip body. */
let url = '';
const hungUp: string[] = [];
const arrived: string[] = [];
const sockets = new Set<Socket>();
const server = createServer((request, response: ServerResponse) => {
  const path = request.url ?? '';
  response.once('close', () => {
    if (!response.writableFinished) hungUp.push(path);
  });
  if (path === '/stall') {
    arrived.push(path);
    return;
  }
  if (path === '/slow-body') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"partial":');
    arrived.push(path);
    return;
  }
  if (path === '/large') {
    // What a GET of it would send; a HEAD gets the headers alone.
    response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
    response.end();
    return;
  }
  if (path === '/gzip') {
    const body = gzipSync(Buffer.from('{"ok":true}'));
    response.writeHead(200, { 'content-encoding': 'gzip', 'content-length': body.length });
    response.end(body);
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{"ok":true}');
});
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  server.close();
  await once(server, 'close');
});

/** A timer that runs out when the test calls `expire()`. */
function manualTimer() {
  const timer = {
    started: [] as number[],
    cancelled: 0,
    expire: () => {},
    start: (ms: number, expire: () => void) => {
      timer.started.push(ms);
      timer.expire = expire;
      return () => {
        timer.cancelled++;
      };
    },
  };
  return timer;
}

/** Waits until `path` is in `log`, and takes it out. */
async function seen(log: string[], path: string): Promise<void> {
  while (!log.includes(path)) await new Promise((resolve) => setTimeout(resolve, 5));
  log.splice(log.indexOf(path), 1);
}
/** The server holds the request (and, for `/slow-body`, has sent the headers). */
const arrival = (path: string) => seen(arrived, path);
/** The server saw the client hang up before the answer was complete. */
const hangUpOn = (path: string) => seen(hungUp, path);

const adapters: Array<[string, () => Transport]> = [
  ['node', () => createNodeTransport()],
  ['fetch', () => createFetchTransport()],
];

describe.each(adapters)('the %s adapter', (_name, make) => {
  const send = make();

  it('starts one timer on the given clock and cancels it once the answer is read', async () => {
    const timer = manualTimer();
    const response = await send({
      method: 'GET',
      url: `${url}/ok`,
      headers: {},
      timeoutMs: 1234,
      startTimer: timer.start,
    });
    expect(response.body).toBe('{"ok":true}');
    expect(timer.started).toEqual([1234]);
    expect(timer.cancelled).toBe(1);
  });

  for (const path of ['/stall', '/slow-body']) {
    it(`rejects with TransportTimeoutError and hangs up when the limit runs out (${path})`, async () => {
      const timer = manualTimer();
      const sent = send({
        method: 'GET',
        url: `${url}${path}`,
        headers: {},
        timeoutMs: 50,
        startTimer: timer.start,
      });
      await arrival(path);
      timer.expire();
      const error = await sent.catch((e) => e);
      expect(error).toBeInstanceOf(TransportTimeoutError);
      expect(error.timeoutMs).toBe(50);
      await hangUpOn(path);
    });
  }

  it('copes with a clock that runs out at once', async () => {
    const error = await send({
      method: 'GET',
      url: `${url}/ok`,
      headers: {},
      timeoutMs: 1,
      startTimer: (_ms, expire) => {
        expire();
        return () => {};
      },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(TransportTimeoutError);
  });

  it("rejects with the caller's reason when its signal aborts, timer running or not", async () => {
    for (const timeoutMs of [undefined, 60_000]) {
      const controller = new AbortController();
      const reason = new Error('caller stopped');
      const sent = send({
        method: 'GET',
        url: `${url}/stall`,
        headers: {},
        signal: controller.signal,
        timeoutMs,
        startTimer: manualTimer().start,
      });
      await arrival('/stall');
      controller.abort(reason);
      await expect(sent).rejects.toBe(reason);
      await hangUpOn('/stall');
    }
  });

  it('reads no body for a HEAD, whatever Content-Length it declares', async () => {
    const response = await send({
      method: 'HEAD',
      url: `${url}/large`,
      headers: {},
      maxBodyBytes: 10,
    });
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
  });

  it('decodes a gzip body it did not ask for, within the limit', async () => {
    const response = await send({ method: 'GET', url: `${url}/gzip`, headers: {} });
    expect(response.body).toBe('{"ok":true}');
    const error = await send({ method: 'GET', url: `${url}/gzip`, headers: {}, maxBodyBytes: 5 })
      .then(() => undefined)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error.status).toBe(200);
  });
});
