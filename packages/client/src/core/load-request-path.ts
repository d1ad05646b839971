/**
 * Loads the request path (`request-path.ts`) once, on the first call of any group. A failed
 * load (a bundle's chunk that did not arrive) is not kept, so the next call tries again.
 */

/** The request path module: what `loadRequestPath` resolves to. */
export type RequestPath = typeof import('./request-path.js');

let loading: Promise<RequestPath> | undefined;

/** The request path module, imported on first use. */
export function loadRequestPath(): Promise<RequestPath> {
  loading ??= import('./request-path.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
