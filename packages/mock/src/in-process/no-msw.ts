/**
 * What the builds for runtimes where MSW cannot start give instead of handlers. MSW's request
 * handlers create a cookie store when they load, and outside Node that store requires
 * `localStorage`: Cloudflare Workers (without `nodejs_compat`), edge runtimes and web workers
 * have none, so merely importing MSW there throws. Those runtimes have no `setupServer` or
 * `setupWorker` to give handlers to either; `mock.fetch` is how a client reaches the mock there.
 */
import type { HttpHandler } from 'msw';
import type { AnswerOptions } from './answer.js';

/** Throws, explaining what to use instead; called when `mock.handlers` is read. */
export function handlersUnavailable(_options: AnswerOptions): HttpHandler[] {
  throw new Error(
    'MSW handlers are not available in this runtime: this build of @sinch-numbers/mock/handlers ' +
      "(picked by the 'workerd', 'worker' or 'edge-light' export condition) does not load MSW, " +
      "which needs Node or localStorage to start. Pass `mock.fetch` as your client's `fetch` " +
      'option (or use createMockClient from @sinch-numbers/mock/client): it answers the same way.',
  );
}
