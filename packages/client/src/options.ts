/**
 * Checks of the client's options: every message starts with `SinchClient:` and names the
 * option. Checks that belong to an API's endpoint (host and region, credentials) run in
 * `@sinch-numbers/fetch`, shared with the low-level clients; their messages get the same prefix.
 */

/** A `TypeError` from a check, with the client's prefix. */
export function optionError(message: string): TypeError {
  return new TypeError(`SinchClient: ${message}`);
}

/** Runs a check of the low-level package, giving its `TypeError` the client's prefix. */
export function checked<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof TypeError) throw optionError(error.message);
    throw error;
  }
}

/** The value when it is a non-empty string. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw optionError(`${field} must be a non-empty string`);
  }
  return value;
}

/** The value (or the fallback when absent) when it is a finite number of at least `min`. */
export function requireCount(
  value: number | undefined,
  field: string,
  fallback: number,
  min: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) {
    const got = typeof value === 'number' ? String(value) : `a ${typeof value}`;
    throw optionError(`${field} must be a number >= ${min}; got ${got}`);
  }
  return value;
}

/** The value (or the first allowed one when absent) when it is one of `allowed`. */
export function requireChoice<T extends string>(
  value: T | undefined,
  field: string,
  allowed: readonly [T, ...T[]],
): T {
  if (value === undefined) return allowed[0];
  if (!allowed.includes(value)) {
    // The value is not repeated: a secret pasted into the wrong option would end up in logs.
    throw optionError(`${field} must be ${allowed.map((a) => `'${a}'`).join(' or ')}`);
  }
  return value;
}
