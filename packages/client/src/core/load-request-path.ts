/**
 * Loads the request path (`request-path.ts`) once, on the first call of any group. A failed
 * load (a bundle's chunk that did not arrive) is not kept, so the next call tries again, and it
 * fails the call with a typed error that says nothing was sent.
 */
import { ModuleLoadError } from './errors.js';
import { onceUnlessFailed } from './once-unless-failed.js';
import { markUnsent } from './unsent.js';

/** The request path module: what `loadRequestPath` resolves to. */
export type RequestPath = typeof import('./request-path.js');

/** The request path module, imported on first use. */
export const loadRequestPath: () => Promise<RequestPath> = onceUnlessFailed(() =>
  import('./request-path.js').catch((error: unknown) => {
    throw loadFailure('the request path', error);
  }),
);

/** The error a call fails with when code it needs could not be loaded: nothing was sent. */
export function loadFailure(part: string, cause: unknown): ModuleLoadError {
  return markUnsent(new ModuleLoadError(part, { cause }));
}
