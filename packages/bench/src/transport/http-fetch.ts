/**
 * A `fetch`-shaped adapter on `node:http`/`node:https` with a keep-alive agent: the candidate
 * for the low-level client, which openapi-fetch drives through a `fetch` (so a `Request` and a
 * `Response` are built anyway). It does what the official SDK's node-fetch does per request,
 * without node-fetch.
 *
 * @example
 * ```ts
 * const sinch = new SinchClient({ projectId, keyId, keySecret, fetch: createHttpFetch() });
 * ```
 */
import http from 'node:http';
import https from 'node:https';

/** Options of {@link createHttpFetch}. */
export interface HttpFetchOptions {
  /** Agents for `http:` and `https:` URLs; keep-alive agents of their own by default. */
  httpAgent?: http.Agent;
  httpsAgent?: https.Agent;
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/** Creates the transport. Share one per process: its agents own the connections. */
export function createHttpFetch(
  options: HttpFetchOptions = {},
): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  const httpAgent = options.httpAgent ?? new http.Agent({ keepAlive: true });
  const httpsAgent = options.httpsAgent ?? new https.Agent({ keepAlive: true });
  return async (input, init) => {
    const request =
      input instanceof Request && init === undefined ? input : new Request(input, init);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const headers: Record<string, string> = {};
    for (const [name, value] of request.headers) headers[name] = value;
    if (body) headers['content-length'] = String(body.length);
    const secure = request.url.startsWith('https:');
    const signal = request.signal;
    return new Promise<Response>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const outgoing = (secure ? https : http).request(request.url, {
        method: request.method,
        headers,
        agent: secure ? httpsAgent : httpAgent,
      });
      const onAbort = () => outgoing.destroy(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      outgoing.once('error', (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      });
      outgoing.once('response', (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.once('error', reject);
        incoming.once('end', () => {
          signal.removeEventListener('abort', onAbort);
          const status = incoming.statusCode ?? 0;
          const responseHeaders = new Headers();
          const raw = incoming.rawHeaders;
          for (let i = 0; i + 1 < raw.length; i += 2) {
            responseHeaders.append(raw[i] as string, raw[i + 1] as string);
          }
          resolve(
            new Response(NULL_BODY_STATUS.has(status) ? null : Buffer.concat(chunks), {
              status,
              headers: responseHeaders,
            }),
          );
        });
      });
      outgoing.end(body);
    });
  };
}
