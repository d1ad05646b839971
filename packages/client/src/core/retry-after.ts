/**
 * Reads `Retry-After` (RFC 9110 10.2.3): a number of seconds, or an HTTP date. Only those forms
 * are accepted; anything else is no advice at all, rather than whatever `Date.parse` makes of it.
 */

const SECONDS = /^\d{1,10}$/;
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '\\d{2}:\\d{2}:\\d{2}';
/** `Sun, 06 Nov 1994 08:49:37 GMT`, the form servers must send. */
const IMF_FIXDATE = new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`);
/** `Sunday, 06-Nov-94 08:49:37 GMT` and `Sun Nov  6 08:49:37 1994`, which recipients must read. */
const RFC850_DATE = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`,
);
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`);

/**
 * The wait `Retry-After` asks for, in milliseconds from `now` (0 for a date in the past), or
 * undefined when the header is absent or not in one of the HTTP forms.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number,
): number | undefined {
  if (header === null || header === undefined) return undefined;
  const value = header.trim();
  if (SECONDS.test(value)) return Number(value) * 1000;
  let at: number;
  if (IMF_FIXDATE.test(value)) at = Date.parse(value);
  else if (RFC850_DATE.test(value)) {
    // Two-digit years: RFC 9110 reads one more than 50 years ahead as the past century.
    const [, day = '', month = '', year = '', time = ''] =
      /^\w+, (\d{2})-(\w{3})-(\d{2}) (\S+) GMT$/.exec(value) ?? [];
    const nowYear = new Date(now).getUTCFullYear();
    let full = Math.floor(nowYear / 100) * 100 + Number(year);
    if (full > nowYear + 50) full -= 100;
    at = Date.parse(`${day} ${month} ${full} ${time} GMT`);
  } else if (ASCTIME_DATE.test(value)) {
    // No zone in this form: it is GMT by definition, never the machine's zone.
    at = Date.parse(`${value} GMT`);
  } else return undefined;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** What to do about a server's requested wait. */
export type RetryAfterAdvice =
  | { readonly action: 'wait'; readonly delayMs: number }
  | { readonly action: 'give-up'; readonly delayMs: number };

/**
 * Decides on a `Retry-After` wait: honour it up to `maxRetryAfterMs`; beyond that, fail at once
 * (with the wait on the error) rather than sleep for hours. Undefined when there is no advice.
 */
export function adviseRetryAfter(
  header: string | null | undefined,
  now: number,
  maxRetryAfterMs: number,
): RetryAfterAdvice | undefined {
  const delayMs = parseRetryAfter(header, now);
  if (delayMs === undefined) return undefined;
  return { action: delayMs > maxRetryAfterMs ? 'give-up' : 'wait', delayMs };
}
