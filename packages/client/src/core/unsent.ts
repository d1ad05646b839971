/**
 * Failures that happened before the API saw the request (the token request failed, an argument
 * was refused). They are never ambiguous: a billable call that failed this way was not sent.
 */
const unsent = new WeakSet<object>();

/** Records that `error` ended a call before its request reached the API. */
export function markUnsent<E extends object>(error: E): E {
  unsent.add(error);
  return error;
}

/** Whether `error` ended a call before its request reached the API. */
export function wasUnsent(error: unknown): boolean {
  return typeof error === 'object' && error !== null && unsent.has(error);
}
