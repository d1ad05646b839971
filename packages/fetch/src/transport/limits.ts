/**
 * The two bounds every exchange has, shared by the adapters: a time limit and a body size limit.
 * Both fail with their own error class, so a caller tells "too slow" and "too big" from a
 * connection failure without reading messages.
 */
import type { StartTimer } from './types.js';

/**
 * The default limit of one response body, in bytes after decompression: 16 MiB. The largest
 * answers the APIs send are list pages; a fully populated active number is about 1.5 kB of JSON
 * (SMS and Voice configuration, scheduled provisioning, a callback URL), and `pageSize` has no
 * maximum in the spec, so this admits pages of some 10,000 such numbers while keeping what a
 * hostile or broken server can make the process hold to a few tens of megabytes.
 */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** A response body was larger than the limit; reading stopped and the connection was released. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  /** The limit that was passed, in bytes. */
  readonly limitBytes: number;
  /** The status of the answer whose body it was. */
  readonly status: number;
  constructor(limitBytes: number, status: number) {
    super(`the response body (HTTP ${status}) is larger than ${limitBytes} bytes`);
    this.limitBytes = limitBytes;
    this.status = status;
  }
}

/** No complete answer arrived within the time limit; the connection was released. */
export class TransportTimeoutError extends Error {
  override readonly name = 'TransportTimeoutError';
  /** The limit that ran out, in milliseconds. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The real clock: `setTimeout`. */
export const startRealTimer: StartTimer = (ms, expire) => {
  const timer = setTimeout(expire, ms);
  return () => clearTimeout(timer);
};

/** A signal bounded by a time limit and by the caller's own signal; see {@link startDeadline}. */
export interface Deadline {
  /** Aborts with a `TransportTimeoutError` when the time runs out, or with the caller's reason. */
  readonly signal: AbortSignal;
  /** Whether it was the time limit that aborted `signal`. */
  readonly timedOut: boolean;
  /** Stops the timer and stops listening to the caller's signal. Safe to call twice. */
  release(): void;
}

/**
 * One `AbortController` that aborts when `timeoutMs` runs out on `startTimer`'s clock (reason: a
 * {@link TransportTimeoutError}) or when the caller's `signal` aborts (its reason), whichever
 * comes first: the one mechanism the fetch adapter, the wait for a token and `withDeadline` use.
 * A clock that fires at once, or a caller already aborted, leaves `signal` aborted on return.
 * Without `timeoutMs` only the caller's signal is forwarded.
 */
export function startDeadline(
  timeoutMs: number | undefined,
  caller: AbortSignal | undefined,
  startTimer: StartTimer = startRealTimer,
): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const forward = () => controller.abort(caller?.reason);
  if (caller?.aborted) forward();
  else caller?.addEventListener('abort', forward, { once: true });
  const cancelTimer =
    timeoutMs === undefined
      ? undefined
      : startTimer(timeoutMs, () => {
          timedOut = true;
          controller.abort(new TransportTimeoutError(timeoutMs));
        });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    release() {
      cancelTimer?.();
      caller?.removeEventListener('abort', forward);
    },
  };
}

/** Whether a declared `content-length` already says the body is too large. */
export function declaredTooLarge(
  contentLength: string | null | undefined,
  contentEncoding: string | null | undefined,
  limitBytes: number,
): boolean {
  // With a content-encoding the declared length is the compressed size: no bound on the text.
  if (!contentLength || (contentEncoding && contentEncoding !== 'identity')) return false;
  return Number(contentLength) > limitBytes;
}

/**
 * The body of a `fetch` response as text, or a {@link BodyTooLargeError} as soon as more than
 * `limitBytes` bytes have arrived (counted after the decompression `fetch` does). Reading stops
 * and the stream is cancelled, which releases the connection.
 */
export async function readBodyText(response: Response, limitBytes: number): Promise<string> {
  const { headers, status, body } = response;
  // No body at all (HEAD, 204, 304): a Content-Length then describes what was not sent.
  if (!body) return '';
  if (
    declaredTooLarge(headers.get('content-length'), headers.get('content-encoding'), limitBytes)
  ) {
    await body.cancel().catch(() => {});
    throw new BodyTooLargeError(limitBytes, status);
  }
  const reader = body.getReader();
  // The chunks are decoded once at the end by one shared decoder: cheaper than a decoder per
  // body in streaming mode, and most answers arrive in one chunk.
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limitBytes, status);
    }
    chunks.push(value);
  }
  return UTF8.decode(chunks.length === 1 ? chunks[0] : concat(chunks, received));
}

/** Decodes whole bodies only (never `stream: true`), so one is shared by every read. */
const UTF8 = new TextDecoder();

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
