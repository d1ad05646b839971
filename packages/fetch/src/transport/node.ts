/**
 * A transport on `node:http`/`node:https` that builds no WHATWG `Request`, `Response`, `Headers`
 * or web streams: the request is written straight to a keep-alive socket and the answer read as
 * a string. Exported as `@sinch-numbers/fetch/node` (Node only).
 *
 * Keep-alive has one trap: a server may close an idle socket just as a request is written to it.
 * Such a request never reached the server, and Node marks it (`reusedSocket`) so it can be told
 * apart from a failure of a request that may have been processed. It is sent again on a new
 * socket only when the method is idempotent; a POST (rent, order submit) is never repeated here,
 * its failure is left to the client, which treats it as ambiguous and checks before any retry.
 *
 * Each exchange is bounded by one timer (`timeoutMs`, on the caller's clock) and by
 * `maxBodyBytes`, counted after decoding a compressed answer; either ends it by destroying the
 * socket. No `AbortSignal` is created: on Node 20 one costs about as much as the rest of the
 * client-side work of a request.
 *
 * `node:http` and `node:https` are loaded on the first request that needs them, not when the
 * package is imported: loading them costs more than the rest of the client's cold import.
 */
import type { Agent, ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type { Readable } from 'node:stream';
import { selfTimed } from './deadline.js';
import {
  BodyTooLargeError,
  DEFAULT_MAX_BODY_BYTES,
  declaredTooLarge,
  startRealTimer,
  TransportTimeoutError,
} from './limits.js';
import { createTargetReader } from './request-target.js';
import type { Transport, TransportHeaders, TransportRequest } from './types.js';

/** Options of {@link createNodeTransport}. */
export interface NodeTransportOptions {
  /**
   * How long an idle socket is kept for reuse, in milliseconds. Keep it below the server's own
   * idle timeout. @defaultValue 4000
   */
  keepAliveMsecs?: number;
  /** Sockets per host. @defaultValue Infinity */
  maxSockets?: number;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

/** What the transport uses of `node:http` and `node:https` (the same for both). */
interface HttpModule {
  Agent: new (options: object) => Agent;
  request(url: string, options: RequestOptions): ClientRequest;
  request(options: RequestOptions): ClientRequest;
}

type Scheme = 'http' | 'https';

/**
 * Each module once per process, on first use. The module object itself (the `default` export),
 * not its named exports: `request` is read from it at every call, so a library that replaces it
 * (MSW, nock) sees the requests, as it would with `require('node:http')`.
 */
const modules: Partial<Record<Scheme, Promise<HttpModule>>> = {};
const loadModule = (scheme: Scheme): Promise<HttpModule> =>
  (modules[scheme] ??= (scheme === 'https' ? import('node:https') : import('node:http')).then(
    (loaded) => loaded.default,
  ));

type Zlib = typeof import('node:zlib');
let zlibModule: Promise<Zlib> | undefined;
/** `node:zlib`, loaded the first time a compressed answer arrives. */
const loadZlib = (): Promise<Zlib> =>
  (zlibModule ??= import('node:zlib').then((loaded) => loaded.default ?? loaded));

/** The content codings decoded, as fetch decodes them. */
const DECODERS = new Map<string, (zlib: Zlib) => Readable & NodeJS.WritableStream>([
  ['gzip', (zlib) => zlib.createGunzip()],
  ['x-gzip', (zlib) => zlib.createGunzip()],
  ['deflate', (zlib) => zlib.createInflate()],
  ['br', (zlib) => zlib.createBrotliDecompress()],
]);

class NodeHeaders implements TransportHeaders {
  readonly #raw: IncomingMessage['headers'];
  constructor(raw: IncomingMessage['headers']) {
    this.#raw = raw;
  }
  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
}

interface Failure extends Error {
  /** The request went out on a kept-alive socket that the server had already closed. */
  staleSocket?: boolean;
}

/**
 * Creates the transport. Share one per process: it owns the connection pools. A `FormData`
 * body (multipart) is encoded through `Response`, the one WHATWG object used, and only then.
 */
export function createNodeTransport(options: NodeTransportOptions = {}): Transport {
  return selfTimed(
    createNodeExchange(options, (status, incoming, bytes) => ({
      status,
      headers: new NodeHeaders(incoming.headers),
      body: bytes.toString('utf8'),
    })),
  );
}

/**
 * Reads a whole answer: its status, the message (headers) and the body bytes after decoding
 * (empty when there were none). What each caller of {@link createNodeExchange} builds of it.
 */
export type NodeAnswer<T> = (status: number, incoming: IncomingMessage, bytes: Buffer) => T;

/** A request to {@link createNodeExchange}: as the transport's, or with its body as bytes. */
export interface NodeExchangeRequest extends Omit<TransportRequest, 'body'> {
  readonly body?: string | FormData | Uint8Array | undefined;
}

/**
 * The exchange under {@link createNodeTransport} and `createNodeFetch`: one request on a
 * keep-alive pool, bounded as the transport contract says, the answer handed to `answer` with
 * its body as bytes. Each call creates its own pools.
 */
export function createNodeExchange<T>(
  options: NodeTransportOptions,
  answer: NodeAnswer<T>,
): (request: NodeExchangeRequest) => Promise<T> {
  const agentOptions = {
    keepAlive: true,
    timeout: options.keepAliveMsecs ?? 4000,
    maxSockets: options.maxSockets ?? Number.POSITIVE_INFINITY,
  };
  const clients: Partial<Record<Scheme, { module: HttpModule; agent: Agent }>> = {};
  const targetOf = createTargetReader();
  const clientFor = async (scheme: Scheme) => {
    const module = await loadModule(scheme);
    clients[scheme] ??= { module, agent: new module.Agent(agentOptions) };
    return clients[scheme];
  };

  async function send(request: NodeExchangeRequest): Promise<T> {
    let { headers, body } = request;
    let bytes: string | Uint8Array | undefined = body as string | Uint8Array | undefined;
    if (body instanceof FormData) {
      const encoded = new Response(body);
      headers = { ...headers, 'content-type': encoded.headers.get('content-type') ?? '' };
      bytes = new Uint8Array(await encoded.arrayBuffer());
    }
    const scheme: Scheme = request.url.startsWith('https:') ? 'https' : 'http';
    const client = clients[scheme] ?? (await clientFor(scheme));
    try {
      return await exchange(client, request, headers, bytes);
    } catch (error) {
      if ((error as Failure).staleSocket && IDEMPOTENT.has(request.method)) {
        return exchange(client, request, headers, bytes);
      }
      throw error;
    }
  }

  function exchange(
    { module, agent }: { module: HttpModule; agent: Agent },
    request: NodeExchangeRequest,
    headers: Readonly<Record<string, string>>,
    body: string | Uint8Array | undefined,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const { signal, timeoutMs } = request;
      if (signal?.aborted) return reject(signal.reason);
      const limit = request.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      const options: RequestOptions = {
        method: request.method,
        headers: body === undefined ? headers : { ...headers, 'content-length': byteLength(body) },
        agent,
      };
      // Server and path as options when the URL parser would not change them: no URL parsed
      // per request (see request-target.ts).
      const target = targetOf(request.url);
      const outgoing = target
        ? module.request({ ...target.origin, path: target.path, ...options })
        : module.request(request.url, options);
      let answered = false;
      let settled = false;
      let decoder: Readable | undefined;
      let cancelTimer: (() => void) | undefined;
      const finish = () => {
        settled = true;
        cancelTimer?.();
        if (signal) signal.removeEventListener('abort', onAbort);
      };
      const fail = (error: unknown) => {
        if (settled) return;
        finish();
        reject(error);
      };
      // Ends the exchange from this side: the socket is destroyed, never reused half-read.
      const stop = (reason: unknown) => {
        fail(reason);
        outgoing.destroy();
        decoder?.destroy();
      };
      const onAbort = () => stop(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      // One timer per request, on the injected clock when there is one: no AbortSignal.
      if (timeoutMs !== undefined) {
        cancelTimer = (request.startTimer ?? startRealTimer)(timeoutMs, () =>
          stop(new TransportTimeoutError(timeoutMs)),
        );
      }
      outgoing.on('error', (error: Failure) => {
        if (!answered && outgoing.reusedSocket && isReset(error)) error.staleSocket = true;
        fail(error);
      });
      outgoing.on('response', (incoming) => {
        answered = true;
        const status = incoming.statusCode ?? 0;
        const raw = incoming.headers;
        const encoding = raw['content-encoding'];
        // A HEAD, 204 or 304 answer has no body, whatever its Content-Length says.
        const bodiless = request.method === 'HEAD' || status === 204 || status === 304;
        if (!bodiless && declaredTooLarge(raw['content-length'], encoding, limit)) {
          return stop(new BodyTooLargeError(limit, status));
        }
        const chunks: Buffer[] = [];
        let received = 0;
        const read = (source: Readable) => {
          source.on('data', (chunk: Buffer) => {
            if (settled) return;
            received += chunk.length;
            if (received > limit) return stop(new BodyTooLargeError(limit, status));
            chunks.push(chunk);
          });
          source.on('error', (error) => fail(error));
          source.on('end', () => {
            if (settled) return;
            finish();
            const bytes =
              (chunks.length === 1 ? chunks[0] : undefined) ?? Buffer.concat(chunks, received);
            resolve(answer(status, incoming, bytes));
          });
        };
        incoming.on('error', (error) => fail(error));
        const decode = encoding && DECODERS.get(encoding.trim().toLowerCase());
        if (!decode) return read(incoming);
        // Not asked for (no Accept-Encoding is sent unless the caller sets one), but decoded
        // when it comes, as fetch does, and counted after decoding: a small gzip body can
        // expand a thousandfold.
        loadZlib().then((zlib) => {
          if (settled) return;
          const stream = decode(zlib);
          decoder = stream;
          read(stream);
          incoming.pipe(stream);
        }, fail);
      });
      outgoing.end(body);
    });
  }

  return send;
}

function isReset(error: NodeJS.ErrnoException): boolean {
  return (
    error.code === 'ECONNRESET' || error.code === 'EPIPE' || error.message === 'socket hang up'
  );
}

function byteLength(body: string | Uint8Array): number {
  return typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
}
