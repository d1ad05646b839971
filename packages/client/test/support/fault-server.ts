/**
 * A loopback HTTP server that misbehaves on request: it answers each route from a script of
 * faults (errors, throttling, resets, stalls, broken bodies) and records every request, so tests
 * can count exactly what the client sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** One scripted answer. */
export type Fault =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'text'; status: number; body: string; contentType: string }
  | { kind: 'reset' }
  | { kind: 'stall' }
  | { kind: 'stall-body'; status: number; partial: string }
  | StreamFault
  | {
      kind: 'raw';
      status: number;
      headers: Record<string, string>;
      body: Uint8Array;
      chunked: boolean;
    }
  | { kind: 'decide'; by: (request: SeenRequest) => Fault };

/** What happened to a streamed answer, for tests that check the client stopped reading. */
export interface StreamReport {
  /** Bytes handed to the socket (it applies backpressure, so this follows the client's reads). */
  written: number;
  /** Every byte was written. */
  finished: boolean;
  /** Resolves when the connection is gone, with whether that was before the last byte. */
  readonly closed: Promise<{ early: boolean }>;
}

/** A large answer written as fast as the client reads it, with its report. */
export interface StreamFault {
  kind: 'stream';
  status: number;
  contentType: string;
  /** Bytes of body to write ('x' characters). */
  bytes: number;
  /** A `Content-Length` to declare; when larger than `bytes`, the answer stays open after them. */
  declaredLength?: number | undefined;
  report: StreamReport;
  /** Called by the server when the connection closes. */
  onClose(early: boolean): void;
}

/** Builders for scripted answers. */
export const reply = {
  json: (status: number, body: unknown, headers?: Record<string, string>): Fault => ({
    kind: 'json',
    status,
    body,
    ...(headers ? { headers } : {}),
  }),
  error: (status: number, apiStatus: string, headers?: Record<string, string>): Fault =>
    reply.json(
      status,
      {
        error: {
          code: status,
          message: `${apiStatus.toLowerCase()} from fault server`,
          status: apiStatus,
          details: [],
        },
      },
      headers,
    ),
  text: (status: number, body: string, contentType = 'text/html'): Fault => ({
    kind: 'text',
    status,
    body,
    contentType,
  }),
  /** Closes the connection without answering. */
  reset: (): Fault => ({ kind: 'reset' }),
  /** Never answers. */
  stall: (): Fault => ({ kind: 'stall' }),
  /** Sends the status line and part of the body, then goes silent. */
  stallBody: (status: number, partial: string): Fault => ({ kind: 'stall-body', status, partial }),
  /**
   * Writes `bytes` bytes of body, as fast as the client reads them (chunked unless a length is
   * declared); the fault's `report` tells how far it got and whether the client hung up first.
   */
  stream: (
    status: number,
    bytes: number,
    options: { declaredLength?: number; contentType?: string } = {},
  ): StreamFault => {
    let closed: (value: { early: boolean }) => void = () => {};
    const report: StreamReport = {
      written: 0,
      finished: false,
      closed: new Promise((resolve) => {
        closed = resolve;
      }),
    };
    return {
      kind: 'stream',
      status,
      contentType: options.contentType ?? 'text/html',
      bytes,
      declaredLength: options.declaredLength,
      report,
      onClose: (early) => closed({ early }),
    };
  },
  /**
   * Sends these bytes and headers as they are (a gzip body with its `Content-Encoding`), with a
   * `Content-Length`, or chunked without one.
   */
  raw: (
    status: number,
    headers: Record<string, string>,
    body: Uint8Array,
    options: { chunked?: boolean } = {},
  ): Fault => ({ kind: 'raw', status, headers, body, chunked: options.chunked ?? false }),
  /** Answers each request by looking at it (e.g. at its Authorization header). */
  decide: (by: (request: SeenRequest) => Fault): Fault => ({ kind: 'decide', by }),
};

/** A request as the server saw it. */
export interface SeenRequest {
  method: string;
  /** The path as sent, percent-encoding kept (e.g. `/v1/.../%2B12025550134:rent`). */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** The running server. */
export interface FaultServer {
  readonly url: string;
  /** Scripts the answers of `"METHOD /path"`; the last answer repeats once the others are used. */
  script(route: string, ...answers: Fault[]): void;
  readonly requests: SeenRequest[];
  /** How many requests matched a method and a path (string: exact, RegExp: test). */
  count(method: string, path: string | RegExp): number;
  /**
   * Requests the server dropped unread because they came on a kept-alive socket (with
   * `dropReusedSockets`), as `"METHOD /path"`.
   */
  readonly dropped: string[];
  /**
   * Calls `listener` each time the server stalls a request (a `stall` or `stall-body` answer),
   * once the request is in the log. Listeners are dropped by {@link FaultServer.reset}.
   */
  onStall(listener: (request: SeenRequest) => void): void;
  /** Resolves once the server has stalled `count` requests since the last reset. */
  stalled(count?: number): Promise<void>;
  /**
   * Closes every connection and waits until all of them are closed, so nothing sent before can
   * reach the log afterwards: exchanges still open (stalled answers) are cut off, idle
   * keep-alive connections are ended and closed once the client has closed its side too.
   */
  drain(): Promise<void>;
  /**
   * Drains, then forgets the requests, scripts and stall listeners (the default token answer
   * stays).
   */
  reset(): Promise<void>;
  /** Drains and stops listening. */
  close(): Promise<void>;
}

export const TOKEN_PATH = '/oauth2/token';
export const DEFAULT_TOKEN = 'fault-server-token';

/** How the server treats its connections. */
export interface FaultServerOptions {
  /**
   * Closes a socket that already served a request as soon as the next request arrives on it,
   * without reading it: a server closing an idle keep-alive socket just as the client reuses it.
   */
  dropReusedSockets?: boolean;
}

/** Writes a stream fault's body in 64 KiB chunks, waiting for the socket to drain each time. */
function writeStream(fault: StreamFault, response: ServerResponse): void {
  const { report } = fault;
  const headers: Record<string, string | number> = { 'Content-Type': fault.contentType };
  if (fault.declaredLength !== undefined) headers['Content-Length'] = fault.declaredLength;
  response.writeHead(fault.status, headers);
  response.once('close', () => fault.onClose(!report.finished));
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const pump = () => {
    while (report.written < fault.bytes) {
      if (response.destroyed) return;
      const size = Math.min(chunk.length, fault.bytes - report.written);
      report.written += size;
      if (!response.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
        response.once('drain', pump);
        return;
      }
    }
    report.finished = true;
    // A declared length beyond what was written: the answer stays open, as a stalled server's.
    if (fault.declaredLength === undefined || fault.declaredLength <= fault.bytes) response.end();
  };
  pump();
}

/** Starts a fault server on a free loopback port. Token requests get a one-hour token by default. */
export async function startFaultServer(options: FaultServerOptions = {}): Promise<FaultServer> {
  const scripts = new Map<string, Fault[]>();
  const requests: SeenRequest[] = [];
  const dropped: string[] = [];
  const sockets = new Set<Socket>();
  const served = new WeakSet<Socket>();
  const closed = new WeakMap<Socket, Promise<void>>();
  /** Exchanges not answered yet, with their connection. */
  const busy = new Map<ServerResponse, Socket>();
  let stallListeners: Array<(request: SeenRequest) => void> = [];
  let stalls = 0;
  const forget = () => {
    requests.length = 0;
    dropped.length = 0;
    scripts.clear();
    scripts.set(`POST ${TOKEN_PATH}`, [
      reply.json(200, { access_token: DEFAULT_TOKEN, expires_in: 3600, token_type: 'bearer' }),
    ]);
    stallListeners = [];
    stalls = 0;
  };
  forget();
  const drain = async () => {
    const closing = [...sockets].map((socket) => closed.get(socket));
    const open = new Set(busy.values());
    for (const socket of sockets) {
      // An exchange still open (a stall, or a request still arriving) is cut off. An idle
      // keep-alive connection is ended instead: its 'close' then waits for the client's own end,
      // so the client has dropped it from its pool before the next test could pick it.
      if (open.has(socket)) socket.destroy();
      else socket.end();
    }
    await Promise.all(closing);
  };
  const onStall = (listener: (request: SeenRequest) => void) => {
    stallListeners.push(listener);
  };

  const stalled = (seen: SeenRequest) => {
    stalls++;
    for (const listener of stallListeners) listener(seen);
  };

  const answer = (
    fault: Fault,
    response: ServerResponse,
    request: IncomingMessage,
    seen: SeenRequest,
  ): void => {
    switch (fault.kind) {
      case 'decide':
        answer(fault.by(seen), response, request, seen);
        return;
      case 'json':
        response.writeHead(fault.status, { 'Content-Type': 'application/json', ...fault.headers });
        response.end(JSON.stringify(fault.body));
        return;
      case 'text':
        response.writeHead(fault.status, { 'Content-Type': fault.contentType });
        response.end(fault.body);
        return;
      case 'raw':
        response.writeHead(
          fault.status,
          fault.chunked ? fault.headers : { ...fault.headers, 'Content-Length': fault.body.length },
        );
        if (fault.chunked) response.write(fault.body);
        response.end(fault.chunked ? undefined : fault.body);
        return;
      case 'stream':
        writeStream(fault, response);
        return;
      case 'reset':
        request.socket.destroy();
        return;
      case 'stall':
        stalled(seen);
        return;
      case 'stall-body':
        response.writeHead(fault.status, { 'Content-Type': 'application/json' });
        response.write(fault.partial);
        stalled(seen);
        return;
    }
  };

  const server = createServer((request, response) => {
    if (options.dropReusedSockets) {
      if (served.has(request.socket)) {
        dropped.push(`${request.method} ${(request.url ?? '').split('?')[0]}`);
        request.socket.destroy();
        return;
      }
      served.add(request.socket);
    }
    // Open until the answer is sent or the connection is gone.
    busy.set(response, request.socket);
    response.once('close', () => busy.delete(response));
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const [path = '', search = ''] = (request.url ?? '').split('?');
      const seen: SeenRequest = {
        method: request.method ?? '',
        path,
        query: new URLSearchParams(search),
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(seen);
      const queue = scripts.get(`${request.method} ${path}`);
      const fault = queue && (queue.length > 1 ? queue.shift() : queue[0]);
      answer(fault ?? reply.error(404, 'NOT_FOUND'), response, request, seen);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    closed.set(
      socket,
      new Promise((resolve) =>
        socket.once('close', () => {
          sockets.delete(socket);
          resolve();
        }),
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    dropped,
    script(route, ...answers) {
      scripts.set(route, answers);
    },
    count(method, path) {
      return requests.filter(
        (r) =>
          r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
      ).length;
    },
    onStall,
    stalled(count = 1) {
      if (stalls >= count) return Promise.resolve();
      return new Promise((resolve) =>
        onStall(() => {
          if (stalls === count) resolve();
        }),
      );
    },
    drain,
    async reset() {
      await drain();
      forget();
    },
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await drain();
      await stopped;
    },
  };
}

/**
 * One fault server for the test file: started before its tests, drained and reset after each,
 * closed at the end. The returned object forwards to the running server.
 */
export function useFaultServer(options: FaultServerOptions = {}): FaultServer {
  let live: FaultServer | undefined;
  beforeAll(async () => {
    live = await startFaultServer(options);
  });
  // Drained before the log is cleared: a request still open cannot show up in the next test.
  afterEach(() => live?.reset());
  afterAll(() => live?.close());
  const current = () => {
    if (!live) throw new Error('the fault server starts in beforeAll; use it inside tests');
    return live;
  };
  return {
    get url() {
      return current().url;
    },
    get requests() {
      return current().requests;
    },
    get dropped() {
      return current().dropped;
    },
    script: (route, ...answers) => current().script(route, ...answers),
    count: (method, path) => current().count(method, path),
    onStall: (listener) => current().onStall(listener),
    stalled: (count) => current().stalled(count),
    drain: () => current().drain(),
    reset: () => current().reset(),
    close: () => current().close(),
  };
}
