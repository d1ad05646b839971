/**
 * The mock as a `fetch` function, in two ways that share the same failure semantics: straight to
 * the one answering path (`mock.fetch`, identical on every runtime), or through a list of MSW
 * handlers (ours mixed with a test's own), walked the way MSW's `getResponse` walks them. Neither
 * loads MSW at runtime (only its types), so this module runs where MSW itself cannot start.
 */
import type { HttpHandler } from 'msw';
import { type AnswerOptions, answer } from './answer.js';

/** A standard `fetch` signature; also accepts the one-argument `(request)` form. */
export type MockFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

let requestCount = 0;

/**
 * Runs `request` through `handlers` in order and returns the first response, as MSW's
 * `getResponse` does (each handler's own `run`: its predicate, then its resolver; a resolver that
 * returns nothing falls through to the next handler). `undefined` when no handler answers.
 */
export async function responseFromHandlers(
  handlers: readonly HttpHandler[],
  request: Request,
): Promise<Response | undefined> {
  // MSW only uses the ID to tie lifecycle events to a request; any unique string does.
  const requestId = `sinch-numbers-mock-${++requestCount}`;
  for (const handler of handlers) {
    const result = await handler.run({ request, requestId });
    if (result?.response) return result.response;
  }
  return undefined;
}

/** What `fetch` does with an answer: no answer and a dropped connection reject, as on a network. */
async function settle(
  request: Request,
  respond: (request: Request) => Promise<Response | undefined>,
): Promise<Response> {
  request.signal.throwIfAborted();
  const response = await respond(request);
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
}

/**
 * A `fetch` that answers from `handlers` (MSW handlers: this package's, your own, or both). A
 * request no handler takes fails like an unreachable host; a dropped-connection fault rejects with
 * a `TypeError`, as `fetch` does; an aborted request rejects with the signal's reason.
 *
 * @example
 * ```ts
 * import { http, HttpResponse } from 'msw';
 * const fetch = fetchFromHandlers([
 *   http.get(/\/availableRegions$/, () => HttpResponse.json({ availableRegions: [] })),
 *   ...sandbox.handlers,
 * ]);
 * ```
 */
export function fetchFromHandlers(handlers: readonly HttpHandler[]): MockFetch {
  return (input, init) =>
    settle(new Request(input, init), (request) => responseFromHandlers(handlers, request));
}

/** A `fetch` straight to {@link answer}: what every mock's `fetch` is. */
export function fetchFromAnswer(options: AnswerOptions): MockFetch {
  return (input, init) => settle(new Request(input, init), (request) => answer(request, options));
}
