/**
 * The mock as MSW request handlers, and as a `fetch` function built on MSW's own `getResponse`
 * (no global patching: the way to use it in browsers, Workers and anywhere a client takes a
 * `fetch` option).
 */
import { getResponse, type HttpHandler, http } from 'msw';
import { type AnswerOptions, answer } from './answer.js';
import { ROUTES } from './api.js';

/** A standard `fetch` signature; also accepts the one-argument `(request)` form. */
export type MockFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const VERBS = {
  get: http.get,
  post: http.post,
  patch: http.patch,
  put: http.put,
  delete: http.delete,
} as const;

/** One MSW handler per operation of both specs (or the given routes), plus the OAuth 2.0 token endpoint. */
export function createHandlers(options: AnswerOptions): HttpHandler[] {
  const resolve = async ({ request }: { request: Request }) => answer(request, options);
  const handlers = (options.routes ?? ROUTES).map((route) => {
    const verb = VERBS[route.operation.method as keyof typeof VERBS];
    // Any origin and base path: the handlers serve whatever base URL the client is given.
    return verb(new RegExp(`^[^?#]*${route.pattern.source}`), resolve);
  });
  handlers.push(http.post(/\/oauth2\/token$/, resolve));
  return handlers;
}

/**
 * A `fetch` that answers from `handlers` through MSW's `getResponse`. A request no handler takes
 * fails like an unreachable host; a dropped-connection fault rejects with a `TypeError`, as
 * `fetch` does; an aborted request rejects with the signal's reason.
 */
export function fetchFromHandlers(handlers: readonly HttpHandler[]): MockFetch {
  return async (input, init) => {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const response = await getResponse([...handlers], request);
    request.signal.throwIfAborted();
    if (!response) {
      throw new TypeError(
        `fetch failed: the mock has no handler for ${request.method} ${request.url}`,
      );
    }
    if (response.type === 'error') {
      throw new TypeError('fetch failed: connection reset by the mock (an injected fault)');
    }
    return response;
  };
}
