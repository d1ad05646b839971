/**
 * Every option in milliseconds ends up in `setTimeout`, which fires at once when given more than
 * 2^31 - 1: a month's timeout would time out every call at once, a month's retry delay would
 * retry at once. Such values are refused, naming the option, before anything is sent.
 */
import { createTokenProvider } from '@sinch-numbers/fetch';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, type SinchClientOptions, ValidationError } from '../src/index.js';
import { stubClient } from './support/client.js';

const MAX = 2 ** 31 - 1;
const NUMBER = '+12025550134';

/** A client whose every request is counted and answered with an active number. */
function counted(options: Partial<SinchClientOptions> = {}) {
  const sent: string[] = [];
  const client = stubClient((request) => {
    sent.push(request.url);
    return Response.json({ phoneNumber: NUMBER });
  }, options);
  return { numbers: client.numbers, sent };
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('client options in milliseconds', () => {
  const cases: Array<{ given: Partial<SinchClientOptions>; option: string }> = [
    { given: { timeoutMs: MAX + 1 }, option: 'timeoutMs' },
    { given: { timeoutMs: Number.POSITIVE_INFINITY }, option: 'timeoutMs' },
    { given: { timeoutMs: Number.NaN }, option: 'timeoutMs' },
    { given: { timeoutMs: 0 }, option: 'timeoutMs' },
    { given: { backoff: { baseDelayMs: MAX + 1 } }, option: 'backoff.baseDelayMs' },
    { given: { backoff: { maxDelayMs: 2 ** 40 } }, option: 'backoff.maxDelayMs' },
    { given: { backoff: { maxDelayMs: -1 } }, option: 'backoff.maxDelayMs' },
    {
      given: { backoff: { maxRetryAfterMs: Number.POSITIVE_INFINITY } },
      option: 'backoff.maxRetryAfterMs',
    },
    {
      given: { backoff: { maxRetryAfterMs: '60000' as never } },
      option: 'backoff.maxRetryAfterMs',
    },
    { given: { backoff: { maxDelay: 100 } as never }, option: 'backoff.maxDelay' },
    { given: { maxRetries: 1.5 }, option: 'maxRetries' },
    { given: { maxRetries: 1e9 }, option: 'maxRetries' },
  ];
  for (const { given, option } of cases) {
    it(`refuses ${JSON.stringify(given)} naming ${option}`, () => {
      const error = thrownBy(() => counted(given)) as ConfigurationError;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.option).toBe(option);
      expect(error.message).toMatch(
        option === 'backoff.maxDelay'
          ? /did you mean maxDelayMs/
          : option === 'maxRetries'
            ? /integer from 0 to 100/
            : new RegExp(`from [01] to ${MAX}`),
      );
    });
  }

  it('accepts the largest durations setTimeout keeps, and zero delays', async () => {
    const { numbers, sent } = counted({
      timeoutMs: MAX,
      backoff: { baseDelayMs: 0, maxDelayMs: MAX, maxRetryAfterMs: MAX },
    });
    // With a timer that had overflowed, this call would have timed out at once.
    await expect(numbers.activeNumber.get({ phoneNumber: NUMBER })).resolves.toMatchObject({
      phoneNumber: NUMBER,
    });
    expect(sent).toHaveLength(1);
  });
});

describe('call options in milliseconds', () => {
  const cases = [
    { timeoutMs: MAX + 1 },
    { timeoutMs: Number.POSITIVE_INFINITY },
    { timeoutMs: Number.NaN },
    { timeoutMs: 0 },
  ];
  for (const options of cases) {
    it(`refuses ${String(options.timeoutMs)} as a call's timeoutMs before sending`, async () => {
      const { numbers, sent } = counted();
      const error = await numbers.availableNumber
        .rentAny({ regionCode: 'US', type: 'LOCAL' }, options)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.field)).toEqual(['options.timeoutMs']);
      expect(sent).toEqual([]);
    });
  }

  const rentCases = [
    { verifyDelayMs: MAX + 1 },
    { verifyDelayMs: 60_001 },
    { verifyDelayMs: Number.NaN },
  ];
  for (const options of rentCases) {
    it(`refuses rent's verifyDelayMs ${String(options.verifyDelayMs)} before sending`, async () => {
      const { numbers, sent } = counted();
      const error = await numbers.availableNumber
        .rent({ phoneNumber: NUMBER }, options)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.field)).toEqual([
        'options.verifyDelayMs',
      ]);
      expect(sent).toEqual([]);
    });
  }
});

describe("the low-level token provider's timeoutMs", () => {
  const base = { keyId: 'k', keySecret: 's' };
  for (const timeoutMs of [MAX + 1, Number.POSITIVE_INFINITY, 0]) {
    it(`refuses ${timeoutMs}`, () => {
      expect(() => createTokenProvider({ ...base, timeoutMs })).toThrow(
        /timeoutMs must be a number of milliseconds from 1 to 2147483647/,
      );
    });
  }

  it('accepts 2^31 - 1', () => {
    expect(() => createTokenProvider({ ...base, timeoutMs: MAX })).not.toThrow();
  });
});
