import { selfTimed } from './deadline.js';
import {
  DEFAULT_MAX_BODY_BYTES,
  readBodyText,
  startDeadline,
  TransportTimeoutError,
} from './limits.js';
import type { FetchLike, Transport } from './types.js';

/**
 * The default transport: any function with the standard `fetch(input, init)` signature.
 * Without one it calls the global `fetch` at request time, so a fetch patched later (MSW, a
 * test) is the one used. The body is read within `maxBodyBytes` (after the decompression `fetch`
 * does); a time limit is one `AbortController` whose abort the caller's signal forwards to
 * (`fetch` cannot be timed without a signal; `AbortSignal.any` would cost twice as much).
 */
export function createFetchTransport(fetch?: FetchLike): Transport {
  return selfTimed(async (request) => {
    const { method, url, headers, body, signal, timeoutMs } = request;
    if (signal?.aborted) throw signal.reason;
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = body;
    const deadline =
      timeoutMs === undefined ? undefined : startDeadline(timeoutMs, signal, request.startTimer);
    const bound = deadline?.signal ?? signal;
    if (bound) init.signal = bound;
    try {
      const response = await (fetch ?? globalThis.fetch)(url, init);
      const text = await readBodyText(response, request.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
      return { status: response.status, headers: response.headers, body: text };
    } catch (error) {
      // A fetch may reject with its own AbortError rather than the reason it was given.
      if (deadline?.timedOut) throw new TransportTimeoutError(timeoutMs as number);
      if (signal?.aborted) throw signal.reason;
      throw error;
    } finally {
      deadline?.release();
    }
  });
}
