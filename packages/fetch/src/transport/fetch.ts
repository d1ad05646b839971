import type { FetchLike, Transport } from './types.js';

/**
 * The default transport: any function with the standard `fetch(input, init)` signature.
 * Without one it calls the global `fetch` at request time, so a fetch patched later (MSW, a
 * test) is the one used.
 */
export function createFetchTransport(fetch?: FetchLike): Transport {
  return async ({ method, url, headers, body, signal }) => {
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = body;
    if (signal) init.signal = signal;
    const response = await (fetch ?? globalThis.fetch)(url, init);
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
}
