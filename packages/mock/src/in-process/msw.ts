/**
 * The mock as MSW request handlers, one per operation, each answering through the one path every
 * mocked request takes. Only MSW's `msw/core/http` is loaded: unlike the `msw` entry it does not
 * pull in GraphQL, which reads `process.env` (Deno would need `--allow-env`).
 */
import type { HttpHandler } from 'msw';
import { http } from 'msw/core/http';
import { type AnswerOptions, answer } from './answer.js';
import { ROUTES } from './api.js';

const VERBS = {
  get: http.get,
  post: http.post,
  patch: http.patch,
  put: http.put,
  delete: http.delete,
} as const;

/** One MSW handler per operation of both specs, plus the OAuth 2.0 token endpoint. */
export function createHandlers(options: AnswerOptions): HttpHandler[] {
  const resolve = async ({ request }: { request: Request }) => answer(request, options);
  const handlers = ROUTES.map((route) => {
    const verb = VERBS[route.operation.method as keyof typeof VERBS];
    // Any origin and base path: the handlers serve whatever base URL the client is given.
    return verb(new RegExp(`^[^?#]*${route.pattern.source}`), resolve);
  });
  handlers.push(http.post(/\/oauth2\/token$/, resolve));
  return handlers;
}
