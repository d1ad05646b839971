/**
 * Parsers for flag values and positional arguments. Each returns the value in the API's own
 * spelling (upper-case enums, `+` numbers) or throws a `UsageError` that names the flag, so a
 * typo is caught before any request is sent.
 */
import { UsageError } from './errors.js';

// E.164: a plus, a country code that does not start with 0, at most 15 digits in all.
const E164 = /^\+[1-9]\d{1,14}$/;

/** A phone number in E.164 form; spaces, dashes and dots are tolerated and removed. */
export function parsePhoneNumber(raw: string, what = '<number>'): string {
  const compact = raw.replace(/[\s\-.()]/g, '');
  if (!E164.test(compact)) {
    throw new UsageError(
      `${what} must be an E.164 phone number (+, country code and number, up to 15 digits, e.g. +12025550134); got '${raw}'`,
    );
  }
  return compact;
}

/**
 * One of a fixed set of values, case-insensitive; dashes count as underscores so `toll-free`
 * reads as `TOLL_FREE`. Returns the allowed spelling.
 */
export function parseChoice<const T extends string>(
  raw: string,
  allowed: readonly T[],
  flag: string,
): T {
  const wanted = raw.trim().replace(/-/g, '_').toLowerCase();
  const match = allowed.find((value) => value.toLowerCase() === wanted);
  if (match === undefined) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got '${raw}'`);
  }
  return match;
}

/** A comma-separated list of choices (`SMS,VOICE`), duplicates dropped. */
export function parseChoices<const T extends string>(
  raw: string,
  allowed: readonly T[],
  flag: string,
): T[] {
  const parts = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) {
    throw new UsageError(`${flag} needs at least one of ${allowed.join(', ')}`);
  }
  return [...new Set(parts.map((part) => parseChoice(part, allowed, flag)))];
}

/** A whole number within bounds. */
export function parseInteger(raw: string, flag: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}; got '${raw}'`);
  }
  return value;
}

/** A two-letter region code (ISO 3166-1 alpha-2), returned upper-case. */
export function parseRegion(raw: string, flag = '--region'): string {
  if (!/^[A-Za-z]{2}$/.test(raw.trim())) {
    throw new UsageError(`${flag} must be a two-letter region code such as US or GB; got '${raw}'`);
  }
  return raw.trim().toUpperCase();
}

/** Digits to look for in a number (an optional leading `+` is kept). */
export function parseDigits(raw: string, flag: string): string {
  const value = raw.trim();
  if (!/^\+?\d{1,15}$/.test(value)) {
    throw new UsageError(`${flag} must be digits (e.g. 206); got '${raw}'`);
  }
  return value;
}

/** An absolute http(s) URL. */
export function parseUrl(raw: string, flag: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(
      `${flag} must be an absolute URL such as https://example.com/path; got '${raw}'`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${flag} must be an http or https URL; got '${raw}'`);
  }
  return raw;
}
