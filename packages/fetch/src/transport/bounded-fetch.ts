import { BodyTooLargeError, DEFAULT_MAX_BODY_BYTES, declaredTooLarge } from './limits.js';
import type { FetchLike } from './types.js';

/**
 * A `fetch` whose response bodies cannot grow past `maxBodyBytes` (counted after the
 * decompression `fetch` does), for the openapi-fetch clients, which read a body whole and do not
 * go through a transport. A `Content-Length` above the limit rejects at once; a body that passes
 * it while being read errors the read (`response.json()`, `text()`...) with a
 * {@link BodyTooLargeError}, and the connection is released.
 *
 * @example
 * ```ts
 * const numbers = createNumbersClient({
 *   projectId,
 *   auth: { type: 'oauth2', keyId, keySecret },
 *   fetch: boundedFetch(globalThis.fetch, 4 * 1024 * 1024),
 * });
 * ```
 */
export function boundedFetch(fetch?: FetchLike, maxBodyBytes = DEFAULT_MAX_BODY_BYTES): FetchLike {
  if (!(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes >= 1)) {
    throw new TypeError('maxBodyBytes must be an integer number of bytes from 1');
  }
  return async (input, init) => {
    const response = await (fetch ?? globalThis.fetch)(input, init);
    const { headers, status, body } = response;
    if (!body) return response;
    if (
      declaredTooLarge(headers.get('content-length'), headers.get('content-encoding'), maxBodyBytes)
    ) {
      await body.cancel().catch(() => {});
      throw new BodyTooLargeError(maxBodyBytes, status);
    }
    let received = 0;
    const limited = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          received += chunk.byteLength;
          // Erroring the stream cancels the source: fetch drops the connection.
          if (received > maxBodyBytes)
            controller.error(new BodyTooLargeError(maxBodyBytes, status));
          else controller.enqueue(chunk);
        },
      }),
    );
    const bounded = new Response(limited, { status, statusText: response.statusText, headers });
    // A constructed Response has no URL; openapi-fetch hands the response to the caller.
    Object.defineProperty(bounded, 'url', { value: response.url });
    return bounded;
  };
}
