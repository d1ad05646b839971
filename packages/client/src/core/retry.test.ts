import { describe, expect, it } from 'vitest';
import { RateLimitedError, ServerError } from './errors.js';
import { retryDelay } from './retry.js';

const request = { operationId: 'op', name: 'group.op', method: 'GET', url: 'http://x' };
const serverError = new ServerError({
  status: 503,
  body: undefined,
  requestId: undefined,
  request,
});

describe('retryDelay', () => {
  // Equal jitter: half the capped exponential ceiling, plus up to the other half at random.
  const cases = [
    { name: 'first retry, lowest jitter', given: { retry: 0, random: 0 }, want: 250 },
    { name: 'first retry, middle jitter', given: { retry: 0, random: 0.5 }, want: 375 },
    { name: 'first retry, highest jitter', given: { retry: 0, random: 0.999 }, want: 500 },
    { name: 'third retry, lowest jitter', given: { retry: 2, random: 0 }, want: 1000 },
    { name: 'third retry, highest jitter', given: { retry: 2, random: 0.999 }, want: 1999 },
    { name: 'at the cap, lowest jitter', given: { retry: 4, random: 0 }, want: 4000 },
    { name: 'at the cap, highest jitter', given: { retry: 4, random: 0.999 }, want: 7996 },
    { name: 'far past the cap', given: { retry: 40, random: 0.999 }, want: 7996 },
  ];
  for (const { name, given, want } of cases) {
    it(`waits ${want} ms on the ${name}`, () => {
      expect(retryDelay(given.retry, serverError, () => given.random)).toBe(want);
    });
  }

  it('caps with maxDelayMs and starts from baseDelayMs', () => {
    const options = { baseDelayMs: 100, maxDelayMs: 300 };
    expect(retryDelay(0, serverError, () => 0, options)).toBe(50);
    expect(retryDelay(1, serverError, () => 0, options)).toBe(100);
    expect(retryDelay(2, serverError, () => 0, options)).toBe(150);
    expect(retryDelay(10, serverError, () => 0.999, options)).toBe(300);
  });

  it('spreads clients that failed together', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75].map((r) => retryDelay(3, serverError, () => r)));
    expect(delays.size).toBe(4);
  });

  const limited = (retryAfterMs?: number) =>
    new RateLimitedError({
      status: 429,
      body: undefined,
      requestId: undefined,
      request,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });

  it('waits what a 429 asks for, within maxRetryAfterMs, and gives up beyond it', () => {
    expect(retryDelay(0, limited(1500), () => 0.5)).toBe(1500);
    expect(retryDelay(0, limited(60_001), () => 0.5)).toBeUndefined();
    expect(retryDelay(0, limited(5000), () => 0.5, { maxRetryAfterMs: 4000 })).toBeUndefined();
    expect(retryDelay(0, limited(), () => 0)).toBe(250);
  });
});
