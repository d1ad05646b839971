/**
 * Bounds the client's options and each call's options share. A module of its own so the
 * constructor's checks load them without the call options' checks, which load with the
 * request path on the first call.
 */

/** The longest timer `setTimeout` keeps; a longer one fires at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** A whole number of bytes, at least 1 (what `maxResponseBytes` takes, here and in the client). */
export const isPositiveInteger = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 1;
