/**
 * Documented error responses (Prism's `Prefer: code=NNN`) reach the caller as typed errors, and
 * billable calls are never repeated; invalid arguments are refused before anything is sent.
 */
import {
  ApiError,
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  SinchError,
  UnauthorizedError,
  UncertainOutcomeError,
  ValidationError,
} from '@sinch-numbers/client';
import { describe, expect, it } from 'vitest';
import { NUMBER } from '../support/fetch-client.js';
import { numbersHighLevelClient } from '../support/high-level-client.js';

const cases = [
  { prefer: 400, ErrorClass: BadRequestError, code: 'INVALID_ARGUMENT' },
  { prefer: 401, ErrorClass: UnauthorizedError, code: 'UNAUTHENTICATED' },
  { prefer: 403, ErrorClass: ForbiddenError, code: 'PERMISSION_DENIED' },
  { prefer: 404, ErrorClass: NotFoundError, code: 'NOT_FOUND' },
  { prefer: 429, ErrorClass: RateLimitedError, code: 'RESOURCE_EXHAUSTED' },
  { prefer: 500, ErrorClass: ServerError, code: 'INTERNAL' },
] as const;

/**
 * The API error a call was rejected with, so its fields can be asserted on. A billable call's
 * 5xx leaves its outcome unknown: it arrives as the `cause` of an `UncertainOutcomeError`.
 */
async function rejectionOf(call: Promise<unknown>, billable = false): Promise<ApiError> {
  let error = await call.then(
    () => expect.unreachable('the call should have been rejected'),
    (reason: unknown) => reason,
  );
  if (billable && error instanceof ServerError) {
    expect.unreachable('a billable 5xx must be reported as an uncertain outcome');
  }
  if (billable && error instanceof UncertainOutcomeError) error = error.cause;
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

// GetActiveNumber documents no 403, so the safe read here is the callback configuration.
const calls = {
  'callbackConfiguration.get (safe read)': (n: ReturnType<typeof numbersHighLevelClient>) =>
    n.numbers.callbackConfiguration.get(),
  'activeNumber.release (billable)': (n: ReturnType<typeof numbersHighLevelClient>) =>
    n.numbers.activeNumber.release({ phoneNumber: NUMBER }),
};

describe('error responses through the high-level client', () => {
  for (const [name, call] of Object.entries(calls)) {
    for (const { prefer, ErrorClass, code } of cases) {
      it(`${name}: Prefer code=${prefer} rejects with ${ErrorClass.name} (${code})`, async () => {
        const sut = numbersHighLevelClient({ prefer, maxRetries: 0 });
        const error = await rejectionOf(call(sut), name.includes('billable'));
        expect(error).toBeInstanceOf(ErrorClass);
        expect(error).toBeInstanceOf(SinchError);
        expect(error.name).toBe(ErrorClass.name);
        expect(error.status).toBe(prefer);
        expect(error.code).toBe(code);
        expect(error.apiMessage).toBeTypeOf('string');
        expect(error.apiMessage).not.toBe('');
        expect(error.message).toContain(`${prefer} ${code}`);
        expect(error.body).toMatchObject({ error: { code: prefer, status: code } });
        expect(error.request.url).toBe(sut.fetch.requests.at(-1)?.url);
        expect(sut.fetch.requests.at(-1)?.headers.get('prefer')).toBe(`code=${prefer}`);
        expect(sut.fetch.requests).toHaveLength(1);
        // Credentials travel in headers only and never reach the error.
        expect(JSON.stringify(error)).not.toContain('contract-secret');
        expect(error.message).not.toContain(btoa('contract-key:contract-secret'));
      });
    }
  }

  it('a 400 carries the field violations as details', async () => {
    const { numbers } = numbersHighLevelClient({ prefer: 400 });
    const error = await rejectionOf(numbers.callbackConfiguration.get());
    expect(error.details).toEqual([
      expect.objectContaining({
        type: 'BadRequest',
        fieldViolations: [expect.objectContaining({ field: 'regionCode' })],
      }),
    ]);
  });

  it('a 404 on a number carries the resource info', async () => {
    const { numbers } = numbersHighLevelClient({ prefer: 404 });
    const error = await rejectionOf(numbers.activeNumber.get({ phoneNumber: NUMBER }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.details[0]).toMatchObject({ resourceType: 'ActiveNumber', resourceName: NUMBER });
  });

  it('a 429 reports the Retry-After of the spec example (30 s) as retryAfterMs', async () => {
    for (const call of Object.values(calls)) {
      const sut = numbersHighLevelClient({ prefer: 429, maxRetries: 0 });
      const error = await rejectionOf(call(sut));
      expect(error).toBeInstanceOf(RateLimitedError);
      expect((error as RateLimitedError).retryAfterMs).toBe(30_000);
    }
  });

  it('a list call rejects on await with the typed error', async () => {
    const { numbers } = numbersHighLevelClient({ prefer: 404 });
    await expect(numbers.activeNumber.list({ pageSize: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a billable release answered 500 is sent exactly once, even with retries allowed', async () => {
    const sut = numbersHighLevelClient({ prefer: 500, maxRetries: 2, backoff: { baseDelayMs: 1 } });
    const error = await rejectionOf(
      sut.numbers.activeNumber.release({ phoneNumber: NUMBER }),
      true,
    );
    expect(error).toBeInstanceOf(ServerError);
    expect(sut.fetch.requests.filter((r) => r.url.endsWith(':release'))).toHaveLength(1);
    expect(sut.fetch.requests).toHaveLength(1);
  });

  it('a safe read answered 500 is retried up to maxRetries (through the same transport)', async () => {
    const sut = numbersHighLevelClient({ prefer: 500, maxRetries: 1, backoff: { baseDelayMs: 1 } });
    await expect(sut.numbers.callbackConfiguration.get()).rejects.toBeInstanceOf(ServerError);
    expect(sut.fetch.requests).toHaveLength(2);
  });
});

describe('validation before sending, through the high-level client', () => {
  it('refuses a phone number without + and sends nothing', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const error = await numbers.activeNumber.get({ phoneNumber: '12025550134' }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('phoneNumber');
    expect((error as ValidationError).message).toMatch(/^activeNumber\.get: phoneNumber/);
    expect(fetch.requests).toHaveLength(0);
  });

  it('refuses a voice configuration that matches no branch of the union (Prism would too)', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    await expect(
      numbers.activeNumber.update({
        phoneNumber: NUMBER,
        // @ts-expect-error: SIP is not a voice configuration type
        voiceConfiguration: { type: 'SIP', trunkId: 'trunk-1' },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(fetch.requests).toHaveLength(0);
  });

  it('refuses a billable rent without its phone number and sends nothing', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const error = await numbers.availableNumber
      // @ts-expect-error: phoneNumber is required
      .rent({ smsConfiguration: { servicePlanId: 'plan-1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('phoneNumber');
    expect(fetch.requests).toHaveLength(0);
  });

  it('refuses a list without its required query and sends nothing', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    // @ts-expect-error: regionCode is required
    const error = await Promise.resolve(numbers.availableNumber.list({ type: 'LOCAL' })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe('regionCode');
    expect(fetch.requests).toHaveLength(0);
  });

  it('refuses an unknown argument on an operation without a body', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const args = { phoneNumber: NUMBER, displayName: 'typo' };
    await expect(numbers.activeNumber.get(args)).rejects.toBeInstanceOf(ValidationError);
    expect(fetch.requests).toHaveLength(0);
  });
});
