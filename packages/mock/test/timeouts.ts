/**
 * How long the tests give Prism to start: a cold start takes 1-2 s on a quiet 2-core machine, so
 * this leaves room for a loaded one (the library's default is 30 s). The timeout test sets its own.
 */
export const START_TIMEOUT_MS = 90_000;
