/**
 * When a failed call may be tried again, and how long to wait first. Only calls that are safe to
 * repeat are retried (reads and idempotent updates); billable calls never are, see `billing.ts`.
 */
import type { RetryMode } from '@sinch-numbers/fetch/meta';
import {
  ApiError,
  ConnectionError,
  InvalidResponseError,
  RateLimitedError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
} from './errors.js';

/** Backoff settings, each in milliseconds from 0 to 2147483647 (what `setTimeout` keeps). */
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
  // Too large to read, but the status was a refusal: the server did not act on it.
  if (error instanceof ResponseTooLargeError && isRefusal(error.status)) return false;
  return (
    error instanceof TimeoutError ||
    error instanceof ConnectionError ||
    error instanceof ServerError ||
    error instanceof InvalidResponseError
  );
}

const isRefusal = (status: number | undefined): boolean =>
  status !== undefined && status >= 400 && status <= 499;

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
  // The server's own wait, on any status that is retried (429, 503...); one beyond the cap
  // is not slept through: the error, which carries it, is thrown at once.
  if (error instanceof ApiError && error.retryAfterMs !== undefined) {
    return error.retryAfterMs > maxRetryAfterMs ? undefined : error.retryAfterMs;
  }
  // "Equal jitter": at least half the backoff, so a retry never fires at once.
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** What {@link decideRetry} weighs after a failed attempt. */
export interface RetryInput {
  /** Retries already made for this call. */
  readonly retries: number;
  /** Retries allowed for this call. */
  readonly maxRetries: number;
  /** The operation's policy from the spec: only `'safe'` operations repeat transient failures. */
  readonly mode: RetryMode;
  readonly error: unknown;
  readonly random: () => number;
  readonly backoff: BackoffOptions;
}

/**
 * The one retry decision: the wait before the next attempt, or undefined to give up. A safe
 * operation repeats any transient failure; any operation, billable ones included, repeats a 429,
 * which the server refused before doing anything.
 */
export function decideRetry(input: RetryInput): number | undefined {
  const { retries, maxRetries, mode, error } = input;
  if (retries >= maxRetries) return undefined;
  const retryable = mode === 'safe' ? isTransient(error) : error instanceof RateLimitedError;
  return retryable ? retryDelay(retries, error, input.random, input.backoff) : undefined;
}
