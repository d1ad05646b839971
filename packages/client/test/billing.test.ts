/**
 * A billable call is never sent twice by accident. Every case counts the billable requests the
 * fault server received. A stalled answer runs out the attempt's time limit once the server holds
 * the request (see `faultClient`); no other answer can time out, however slow the machine is.
 */
import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  ConnectionError,
  RateLimitedError,
  type RentOptions,
  ServerError,
  TimeoutError,
  UncertainOutcomeError,
  ValidationError,
} from '../src/index.js';
import {
  activeNumber,
  availablePath,
  faultClient,
  NUMBER,
  numberPath,
  projectPath,
} from './support/client.js';
import { type Fault, reply, useFaultServer } from './support/fault-server.js';

const server = useFaultServer();

const ORDER = '01j9x7k2m4n6p8q0r2s4t6v8w0';
const ambiguous: Array<{ name: string; fault: Fault; error: new (...a: never[]) => Error }> = [
  { name: '503', fault: reply.error(503, 'UNAVAILABLE'), error: ServerError },
  { name: 'connection reset', fault: reply.reset(), error: ConnectionError },
  { name: 'stalled answer', fault: reply.stall(), error: TimeoutError },
];

const billable = [
  {
    name: 'activeNumber.release',
    route: `POST ${numberPath(':release')}`,
    run: (c: ReturnType<typeof faultClient>) =>
      c.numbers.activeNumber.release({ phoneNumber: NUMBER }),
  },
  {
    name: 'availableNumber.rentAny',
    route: `POST ${projectPath('/availableNumbers:rentAny')}`,
    run: (c: ReturnType<typeof faultClient>) =>
      c.numbers.availableNumber.rentAny({ regionCode: 'US', type: 'LOCAL' }),
  },
  {
    name: 'numberOrder.submit',
    route: `POST ${projectPath(`/numberOrders/${ORDER}/submit`)}`,
    run: (c: ReturnType<typeof faultClient>) =>
      c.numbers.numberOrder.submit({ numberOrderId: ORDER }),
  },
  {
    name: 'numberOrder.create',
    route: `POST ${projectPath('/numberOrders:createNumberOrder')}`,
    run: (c: ReturnType<typeof faultClient>) =>
      c.numbers.numberOrder.create({
        regionCode: 'US',
        numberType: 'LOCAL',
        quantityOrderOption: { requestedQuantity: 1 },
      }),
  },
  {
    name: 'emergencyAddress.deprovision',
    route: `POST ${numberPath('/emergencyAddress:deprovision')}`,
    run: (c: ReturnType<typeof faultClient>) =>
      c.numbers.emergencyAddress.deprovision({ phoneNumber: NUMBER }),
  },
];

describe('billable calls that cannot be checked are sent once', () => {
  for (const op of billable) {
    for (const { name, fault, error } of ambiguous) {
      it(`${op.name} after a ${name}: one request, UncertainOutcomeError`, async () => {
        server.script(op.route, fault, reply.json(200, activeNumber));
        const c = faultClient(server, { authentication: 'basic', maxRetries: 5 });
        const failure = await op.run(c).catch((e) => e);
        // Not a transient-looking error that a generic retry wrapper would send again.
        expect(failure).toBeInstanceOf(UncertainOutcomeError);
        expect(failure.cause).toBeInstanceOf(error);
        expect(failure.finding).toMatch(/before trying again/);
        const [method, path] = op.route.split(' ') as [string, string];
        expect(server.count(method, path)).toBe(1);
      });
    }
  }

  it('a 429 was refused unprocessed, so a billable call waits and tries again', async () => {
    const route = `POST ${numberPath(':release')}`;
    server.script(
      route,
      reply.error(429, 'RESOURCE_EXHAUSTED', { 'Retry-After': '1' }),
      reply.json(200, activeNumber),
    );
    const c = faultClient(server, { authentication: 'basic' });
    await c.numbers.activeNumber.release({ phoneNumber: NUMBER });
    expect(server.count('POST', numberPath(':release'))).toBe(2);
    expect(c.sleeps).toEqual([1000]);
  });

  it('a 429 that persists ends with RateLimitedError', async () => {
    server.script(
      `POST ${numberPath(':release')}`,
      reply.error(429, 'RESOURCE_EXHAUSTED', { 'Retry-After': '1' }),
    );
    const c = faultClient(server, { authentication: 'basic', maxRetries: 1 });
    await expect(c.numbers.activeNumber.release({ phoneNumber: NUMBER })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(server.count('POST', numberPath(':release'))).toBe(2);
  });
});

describe('availableNumber.rent checks before it tries again', () => {
  const rentRoute = `POST ${availablePath(':rent')}`;
  const rent = (c: ReturnType<typeof faultClient>, options?: RentOptions) =>
    c.numbers.availableNumber.rent(
      { phoneNumber: NUMBER, smsConfiguration: { servicePlanId: 'plan' } },
      options,
    );
  const order = () =>
    server.requests.map((r) => `${r.method} ${r.path.replace(/^\/v1\/projects\/[^/]+/, '')}`);

  for (const { name, fault } of ambiguous) {
    it(`after a ${name}, finds the number active and returns it without renting again`, async () => {
      server.script(rentRoute, fault);
      server.script(`GET ${numberPath()}`, reply.json(200, activeNumber));
      const c = faultClient(server, { authentication: 'basic' });
      const result = await rent(c);
      expect(result.phoneNumber).toBe(NUMBER);
      expect(order()).toEqual([
        'POST /availableNumbers/+12025550134:rent',
        'GET /activeNumbers/+12025550134',
      ]);
      expect(c.logs).toContainEqual(
        expect.objectContaining({ type: 'billing-check', finding: 'active', phoneNumber: NUMBER }),
      );
    });
  }

  it('finds the number not active, so rents again, and succeeds', async () => {
    server.script(rentRoute, reply.error(503, 'UNAVAILABLE'), reply.json(200, activeNumber));
    server.script(`GET ${numberPath()}`, reply.error(404, 'NOT_FOUND'));
    const c = faultClient(server, { authentication: 'basic' });
    expect((await rent(c)).phoneNumber).toBe(NUMBER);
    expect(order()).toEqual([
      'POST /availableNumbers/+12025550134:rent',
      'GET /activeNumbers/+12025550134',
      'GET /activeNumbers/+12025550134',
      'GET /activeNumbers/+12025550134',
      'POST /availableNumbers/+12025550134:rent',
    ]);
    // Backoff between the reads, then the retry's own backoff.
    expect(c.sleeps).toEqual([1000, 2000, 375]);
    expect(c.logs).toContainEqual(
      expect.objectContaining({ type: 'billing-check', finding: 'not-active' }),
    );
  });

  it('never rents more than 1 + maxRetries times, checking before each retry', async () => {
    server.script(rentRoute, reply.error(500, 'INTERNAL'));
    server.script(`GET ${numberPath()}`, reply.error(404, 'NOT_FOUND'));
    const c = faultClient(server, { authentication: 'basic', maxRetries: 2 });
    await expect(rent(c, { verifyReads: 1 })).rejects.toBeInstanceOf(ServerError);
    expect(order()).toEqual([
      'POST /availableNumbers/+12025550134:rent',
      'GET /activeNumbers/+12025550134',
      'POST /availableNumbers/+12025550134:rent',
      'GET /activeNumbers/+12025550134',
      'POST /availableNumbers/+12025550134:rent',
      'GET /activeNumbers/+12025550134',
    ]);
  });

  it('reports an uncertain outcome when the check fails too, and does not rent again', async () => {
    server.script(rentRoute, reply.reset());
    server.script(`GET ${numberPath()}`, reply.error(503, 'UNAVAILABLE'));
    const c = faultClient(server, { authentication: 'basic', maxRetries: 1 });
    const error = await rent(c).catch((e) => e);
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(error.cause).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/outcome unknown/);
    expect(server.count('POST', availablePath(':rent'))).toBe(1);
    expect(c.logs).toContainEqual(
      expect.objectContaining({ type: 'billing-check', finding: 'check-failed' }),
    );
  });

  it('finds a number that shows up in the project a moment late, and rents once', async () => {
    server.script(rentRoute, reply.error(503, 'UNAVAILABLE'), reply.json(200, activeNumber));
    server.script(
      `GET ${numberPath()}`,
      reply.error(404, 'NOT_FOUND'),
      reply.json(200, activeNumber),
    );
    const c = faultClient(server, { authentication: 'basic' });
    expect((await rent(c)).phoneNumber).toBe(NUMBER);
    expect(server.count('POST', availablePath(':rent'))).toBe(1);
    expect(c.sleeps).toEqual([1000]);
  });

  it('reads verifyReads times, waiting verifyDelayMs and doubling', async () => {
    server.script(rentRoute, reply.error(503, 'UNAVAILABLE'));
    server.script(`GET ${numberPath()}`, reply.error(404, 'NOT_FOUND'));
    const c = faultClient(server, { authentication: 'basic', maxRetries: 0 });
    await expect(rent(c, { verifyReads: 4, verifyDelayMs: 10 })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(server.count('GET', numberPath())).toBe(4);
    expect(c.sleeps).toEqual([10, 20, 40]);
  });

  it('returns the number when the retried rent is refused because it is already ours', async () => {
    server.script(
      rentRoute,
      reply.error(503, 'UNAVAILABLE'),
      reply.error(400, 'FAILED_PRECONDITION'),
    );
    server.script(
      `GET ${numberPath()}`,
      reply.error(404, 'NOT_FOUND'),
      reply.error(404, 'NOT_FOUND'),
      reply.error(404, 'NOT_FOUND'),
      reply.json(200, activeNumber),
    );
    const c = faultClient(server, { authentication: 'basic' });
    expect((await rent(c)).phoneNumber).toBe(NUMBER);
    expect(server.count('POST', availablePath(':rent'))).toBe(2);
  });

  it("ends with the caller's abort reason when aborted during the check", async () => {
    server.script(rentRoute, reply.error(503, 'UNAVAILABLE'));
    server.script(`GET ${numberPath()}`, reply.stall());
    // The real clock with a long limit: here the caller's abort, not a time limit, ends the check.
    const c = faultClient(server, {
      authentication: 'basic',
      timeoutMs: 60_000,
      startTimer: undefined,
    });
    const controller = new AbortController();
    const reason = new Error('caller stopped');
    const call = rent(c, { signal: controller.signal });
    const poll = setInterval(() => {
      if (server.count('GET', numberPath()) > 0) controller.abort(reason);
    }, 5);
    const error = await call.catch((e) => e);
    clearInterval(poll);
    expect(error).toBe(reason);
    expect(server.count('POST', availablePath(':rent'))).toBe(1);
  });

  const badOptions = [
    { name: 'zero reads', given: { verifyReads: 0 }, field: 'options.verifyReads' },
    { name: 'a negative delay', given: { verifyDelayMs: -1 }, field: 'options.verifyDelayMs' },
  ];
  for (const { name, given, field } of badOptions) {
    it(`refuses ${name} before sending`, async () => {
      const c = faultClient(server, { authentication: 'basic' });
      const error = await rent(c, given).catch((e) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.field).toBe(field);
      expect(server.requests).toHaveLength(0);
    });
  }

  it('does not check when the token request failed: the rent was never sent', async () => {
    server.script(`POST /oauth2/token`, reply.error(503, 'UNAVAILABLE'));
    const c = faultClient(server, { maxRetries: 0 });
    await expect(rent(c)).rejects.toBeInstanceOf(ServerError);
    expect(order()).toEqual(['POST /oauth2/token']);
  });

  it('does not check or retry after an unambiguous refusal (400)', async () => {
    server.script(rentRoute, reply.error(400, 'INVALID_ARGUMENT'));
    const c = faultClient(server, { authentication: 'basic' });
    await expect(rent(c)).rejects.toBeInstanceOf(BadRequestError);
    expect(order()).toEqual(['POST /availableNumbers/+12025550134:rent']);
  });
});
