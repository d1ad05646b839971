/**
 * Serves MSW handlers over HTTP (Node): each incoming request becomes a `Request`, MSW's own
 * `getResponse` answers it from the handlers, and the `Response` is written back. No second
 * implementation: the server answers exactly what the in-process handlers answer, faults included (a reset drops the
 * socket; a stall holds it until the client goes away).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// The server is Node-only, where MSW's main entry loads; the in-process mocks avoid it.
import { getResponse, type HttpHandler } from 'msw';

/** A running HTTP server. */
export interface HandlerServer {
  /** Base URL to give a client, e.g. `http://127.0.0.1:53211`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

/** Options of {@link serveHandlers}. */
export interface ServeOptions {
  /** `0` picks a free port. @defaultValue 0 */
  port?: number;
  /** @defaultValue `'127.0.0.1'` */
  host?: string;
}

function toRequest(incoming: IncomingMessage, base: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(new URL(incoming.url ?? '/', base), {
    method: incoming.method ?? 'GET',
    headers,
    signal,
    ...(hasBody
      ? {
          body: new ReadableStream({
            start(controller) {
              incoming.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
              incoming.on('end', () => controller.close());
              incoming.on('error', (error) => controller.error(error));
            },
          }),
          duplex: 'half',
        }
      : {}),
  } as RequestInit);
}

async function respond(
  handlers: readonly HttpHandler[],
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  base: string,
): Promise<void> {
  const gone = new AbortController();
  outgoing.on('close', () => gone.abort());
  const response = await getResponse([...handlers], toRequest(incoming, base, gone.signal));
  if (gone.signal.aborted) return;
  if (!response) {
    outgoing.writeHead(404, { 'content-type': 'application/json' });
    outgoing.end(
      JSON.stringify({
        error: {
          code: 404,
          message: `No such operation: ${incoming.method} ${incoming.url}`,
          status: 'NOT_FOUND',
          details: [],
        },
      }),
    );
    return;
  }
  if (response.type === 'error') {
    incoming.socket.destroy();
    return;
  }
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Serves `handlers` (e.g. `createSandbox().handlers`) on a local port.
 *
 * @example
 * ```ts
 * const sandbox = createSandbox();
 * const server = await serveHandlers(sandbox.handlers);
 * // numbersBaseUrl: server.url
 * await server.stop();
 * ```
 */
export async function serveHandlers(
  handlers: readonly HttpHandler[],
  options: ServeOptions = {},
): Promise<HandlerServer> {
  const host = options.host ?? '127.0.0.1';
  let base = `http://${host}`;
  const server = createServer((incoming, outgoing) => {
    respond(handlers, incoming, outgoing, base).catch((error: unknown) => {
      if (outgoing.headersSent) return void incoming.socket.destroy();
      outgoing.writeHead(500, { 'content-type': 'application/json' });
      outgoing.end(
        JSON.stringify({
          error: {
            code: 500,
            message: `Mock failure: ${String(error)}`,
            status: 'INTERNAL',
            details: [],
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: base,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
