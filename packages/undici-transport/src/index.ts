/**
 * An opt-in transport for Node.js: a `fetch`-compatible function built on undici's `request`.
 *
 * Node's built-in `fetch` runs every exchange through the WHATWG Fetch machinery (request
 * cloning, header guards, web streams for the body), which costs more CPU per request than the
 * HTTP round trip itself on a fast network. undici's `request` skips that machinery: it writes
 * the request straight to a keep-alive connection pool and hands the body back as a Node
 * stream. It has the standard `fetch(input, init)` signature the clients take, reads the
 * request it is given, sends it with `request`, and wraps the answer in a `Response`. (For the
 * high-level client, `createNodeTransport` from `@sinch-numbers/fetch/node` skips the WHATWG
 * objects altogether.)
 *
 * What it does not do, unlike `fetch`: follow redirects (the Sinch APIs answer directly), stream
 * request bodies (it buffers them), run outside Node.
 *
 * @example
 * ```ts
 * import { createUndiciFetch } from '@sinch-numbers/undici-transport';
 *
 * const sinch = new SinchClient({ projectId, keyId, keySecret, fetch: createUndiciFetch() });
 * ```
 */
import { Agent, type Dispatcher, request as undiciRequest } from 'undici';

/** Options of {@link createUndiciFetch}. */
export interface UndiciFetchOptions {
  /** The connection pool; a keep-alive `Agent` of its own by default. */
  dispatcher?: Dispatcher;
}

// Statuses whose Response may not carry a body, even an empty one.
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

function responseHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const name in raw) {
    const value = raw[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.append(name, value);
  }
  return headers;
}

/** Creates the transport. Share one per process: it owns the connection pool. */
export function createUndiciFetch(
  options: UndiciFetchOptions = {},
): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  const dispatcher = options.dispatcher ?? new Agent({ keepAliveTimeout: 30_000 });
  return async (input, init) => {
    const request =
      input instanceof Request && init === undefined ? input : new Request(input, init);
    const headers: Record<string, string> = {};
    for (const [name, value] of request.headers) headers[name] = value;
    // JSON bodies are a few hundred bytes: buffering them is cheaper than piping a web stream.
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const answer = await undiciRequest(request.url, {
      method: request.method as Dispatcher.HttpMethod,
      headers,
      body,
      signal: request.signal,
      dispatcher,
    });
    const bytes = await answer.body.arrayBuffer();
    return new Response(NULL_BODY_STATUS.has(answer.statusCode) ? null : bytes, {
      status: answer.statusCode,
      headers: responseHeaders(answer.headers),
    });
  };
}
