/**
 * Checks the options of one call as strictly as the client's own: a wrong timeout or retry
 * count would otherwise send a billable request with no time to answer, or send it several
 * times. Problems are reported as a `ValidationError` before anything is sent.
 */
import { unknownFieldHint } from '@sinch-numbers/fetch/base';
import type { CallOptions } from './context.js';
import { ValidationError } from './errors.js';
import { isPositiveInteger, MAX_TIMEOUT_MS } from './limits.js';

const KNOWN: ReadonlyArray<keyof CallOptions> = [
  'signal',
  'timeoutMs',
  'maxRetries',
  'maxResponseBytes',
  'headers',
  'query',
  'validation',
];

const VALIDATION_MODES = ['strict', 'warn', 'off'];

const isObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSignal = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as AbortSignal).aborted === 'boolean' &&
  typeof (value as AbortSignal).addEventListener === 'function';

/** Throws a `ValidationError` naming `method` when `options` are not valid call options. */
export function checkCallOptions(method: string, options: unknown): void {
  if (options === undefined) return;
  const issues: { field: string; expected: string }[] = [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push({ field: 'options', expected: 'must be an object' });
  } else {
    const { signal, timeoutMs, maxRetries, maxResponseBytes, headers, query, validation } =
      options as Record<string, unknown>;
    // Headers may also be a Headers object or a list of pairs, as fetch takes them.
    if (headers !== undefined && typeof headers !== 'object') {
      issues.push({ field: 'options.headers', expected: 'must be headers as fetch takes them' });
    }
    if (query !== undefined && !isObject(query)) {
      issues.push({ field: 'options.query', expected: 'must be an object of query parameters' });
    }
    if (validation !== undefined && !VALIDATION_MODES.includes(validation as string)) {
      issues.push({
        field: 'options.validation',
        expected: `must be one of ${VALIDATION_MODES.join(', ')}`,
      });
    }
    if (signal !== undefined && !isSignal(signal)) {
      issues.push({ field: 'options.signal', expected: 'must be an AbortSignal' });
    }
    if (
      timeoutMs !== undefined &&
      !(typeof timeoutMs === 'number' && timeoutMs >= 1 && timeoutMs <= MAX_TIMEOUT_MS)
    ) {
      issues.push({
        field: 'options.timeoutMs',
        expected: `must be a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`,
      });
    }
    if (
      maxRetries !== undefined &&
      !(
        Number.isInteger(maxRetries) &&
        (maxRetries as number) >= 0 &&
        (maxRetries as number) <= 100
      )
    ) {
      issues.push({ field: 'options.maxRetries', expected: 'must be an integer from 0 to 100' });
    }
    if (maxResponseBytes !== undefined && !isPositiveInteger(maxResponseBytes)) {
      issues.push({
        field: 'options.maxResponseBytes',
        expected: `must be an integer number of bytes from 1 to ${Number.MAX_SAFE_INTEGER}`,
      });
    }
    for (const name of Object.keys(options)) {
      if (!(KNOWN as readonly string[]).includes(name)) {
        issues.push({ field: `options.${name}`, expected: unknownFieldHint(name, KNOWN) });
      }
    }
  }
  if (issues.length) throw new ValidationError(method, issues);
}
