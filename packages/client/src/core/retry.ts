/**
 * When a failed call may be tried again, and how long to wait first. Only calls that are safe to
 * repeat are retried (reads and idempotent updates); billable calls never are, see `billing.ts`.
 */
import {
  ApiError,
  ConnectionError,
  InvalidResponseError,
  RateLimitedError,
  ServerError,
  TimeoutError,
} from './errors.js';

/** Backoff settings. */
export interface BackoffOptions {
  /** Delay before the first retry, doubled for each further one. @defaultValue 500 */
  baseDelayMs?: number;
  /** Upper bound of one computed delay. @defaultValue 8000 */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for; the error is thrown. @defaultValue 60000 */
  maxRetryAfterMs?: number;
}

/** Statuses worth another attempt: the server timed out, throttled us, or failed. */
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** Whether an error is transient, i.e. the same request may succeed later. */
export function isTransient(error: unknown): boolean {
  if (error instanceof TimeoutError || error instanceof ConnectionError) return true;
  return error instanceof ApiError && RETRYABLE_STATUS.has(error.status);
}

/**
 * Whether a failure leaves it unknown if the server acted on the request: it may have been
 * processed before the answer was lost or went wrong.
 */
export function isAmbiguous(error: unknown): boolean {
  return (
    error instanceof TimeoutError ||
    error instanceof ConnectionError ||
    error instanceof ServerError ||
    error instanceof InvalidResponseError
  );
}

export { parseRetryAfter } from './retry-after.js';

/**
 * The wait before retry number `retry` (0-based): the server's `Retry-After` when it gave one,
 * otherwise exponential backoff with jitter, so clients that failed together do not retry
 * together. Returns undefined when the server asks for a longer wait than we accept.
 */
export function retryDelay(
  retry: number,
  error: unknown,
  random: () => number,
  options: BackoffOptions = {},
): number | undefined {
  const { baseDelayMs = 500, maxDelayMs = 8000, maxRetryAfterMs = 60_000 } = options;
  if (error instanceof RateLimitedError && error.retryAfterMs !== undefined) {
    return error.retryAfterMs > maxRetryAfterMs ? undefined : error.retryAfterMs;
  }
  // "Equal jitter": at least half the backoff, so a retry never fires at once.
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
