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
 * `node:http` and `node:https` are loaded on the first request that needs them, not when the
 * package is imported: loading them costs more than the rest of the client's cold import.
 */
import type { Agent, ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type { Transport, TransportHeaders, TransportRequest, TransportResponse } from './types.js';

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
  const agentOptions = {
    keepAlive: true,
    timeout: options.keepAliveMsecs ?? 4000,
    maxSockets: options.maxSockets ?? Number.POSITIVE_INFINITY,
  };
  const clients: Partial<Record<Scheme, { module: HttpModule; agent: Agent }>> = {};
  const clientFor = async (scheme: Scheme) => {
    const module = await loadModule(scheme);
    clients[scheme] ??= { module, agent: new module.Agent(agentOptions) };
    return clients[scheme];
  };

  async function send(request: TransportRequest): Promise<TransportResponse> {
    let { headers, body } = request;
    let bytes: string | Uint8Array | undefined = body as string | undefined;
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
    request: TransportRequest,
    headers: Readonly<Record<string, string>>,
    body: string | Uint8Array | undefined,
  ): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      const { signal } = request;
      if (signal?.aborted) return reject(signal.reason);
      const outgoing = module.request(request.url, {
        method: request.method,
        headers: body === undefined ? headers : { ...headers, 'content-length': byteLength(body) },
        agent,
      });
      let answered = false;
      const onAbort = () => outgoing.destroy(signal?.reason as Error);
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      outgoing.on('error', (error: Failure) => {
        done();
        if (signal?.aborted) return reject(signal.reason);
        if (!answered && outgoing.reusedSocket && isReset(error)) error.staleSocket = true;
        reject(error);
      });
      outgoing.on('response', (incoming) => {
        answered = true;
        incoming.setEncoding('utf8');
        let text = '';
        incoming.on('data', (chunk: string) => {
          text += chunk;
        });
        incoming.on('error', (error) => {
          done();
          reject(signal?.aborted ? signal.reason : error);
        });
        incoming.on('end', () => {
          done();
          resolve({
            status: incoming.statusCode ?? 0,
            headers: new NodeHeaders(incoming.headers),
            body: text,
          });
        });
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
