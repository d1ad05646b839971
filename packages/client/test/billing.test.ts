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
  ServerError,
  TimeoutError,
  UncertainOutcomeError,
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
];

describe('billable calls that cannot be checked are sent once', () => {
  for (const op of billable) {
    for (const { name, fault, error } of ambiguous) {
      it(`${op.name} after a ${name}: one request, ${error.name}`, async () => {
        server.script(op.route, fault, reply.json(200, activeNumber));
        const c = faultClient(server, { authentication: 'basic', maxRetries: 5 });
        await expect(op.run(c)).rejects.toBeInstanceOf(error);
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
  const rent = (c: ReturnType<typeof faultClient>) =>
    c.numbers.availableNumber.rent({
      phoneNumber: NUMBER,
      smsConfiguration: { servicePlanId: 'plan' },
    });
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
      'POST /availableNumbers/+12025550134:rent',
    ]);
    expect(c.logs).toContainEqual(
      expect.objectContaining({ type: 'billing-check', finding: 'not-active' }),
    );
  });

  it('never rents more than 1 + maxRetries times, checking before each retry', async () => {
    server.script(rentRoute, reply.error(500, 'INTERNAL'));
    server.script(`GET ${numberPath()}`, reply.error(404, 'NOT_FOUND'));
    const c = faultClient(server, { authentication: 'basic', maxRetries: 2 });
    await expect(rent(c)).rejects.toBeInstanceOf(ServerError);
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

  it('does not check or retry after an unambiguous refusal (400)', async () => {
    server.script(rentRoute, reply.error(400, 'INVALID_ARGUMENT'));
    const c = faultClient(server, { authentication: 'basic' });
    await expect(rent(c)).rejects.toBeInstanceOf(BadRequestError);
    expect(order()).toEqual(['POST /availableNumbers/+12025550134:rent']);
  });
});
