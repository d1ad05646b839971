/**
 * Successful answers whose shape breaks the types' promises, and `Retry-After` on every retried
 * status: the client names the operation instead of handing out a wrong value, and waits only as
 * long as it was told to, up to its cap.
 */
import { describe, expect, it } from 'vitest';
import { InvalidResponseError, ServerError } from '../src/index.js';
import { activeNumber, faultClient, NUMBER, numberPath, stubClient } from './support/client.js';
import { reply, useFaultServer } from './support/fault-server.js';

const answering = (body: unknown) =>
  stubClient(
    async () =>
      new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
  );

describe('successful answers of the wrong shape', () => {
  const cases = [
    {
      name: 'null',
      given: null,
      want: /^activeNumber\.get: invalid response \(HTTP 200\): expected an object, got null$/,
    },
    { name: '42', given: 42, want: /expected an object, got a number/ },
    { name: '[1, 2]', given: [1, 2], want: /expected an object, got an array/ },
    {
      name: 'capability as a string',
      given: { ...activeNumber, capability: 'SMS' },
      want: /capability: expected an array, got a string/,
    },
    {
      name: 'nextChargeDate as a number',
      given: { ...activeNumber, nextChargeDate: 12345 },
      want: /nextChargeDate: expected a date string, got a number/,
    },
  ];
  for (const { name, given, want } of cases) {
    it(`get refuses ${name} with InvalidResponseError naming the operation`, async () => {
      const error = await answering(given)
        .numbers.activeNumber.get({ phoneNumber: NUMBER })
        .catch((e) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.message).toMatch(want);
    });
  }

  const lists = [
    { name: 'a null page', given: null },
    { name: 'items as a string', given: { activeNumbers: 'abc' } },
  ];
  for (const { name, given } of lists) {
    it(`list refuses ${name} instead of iterating it`, async () => {
      await expect(
        answering(given).numbers.activeNumber.list({ regionCode: 'US' }).toArray(),
      ).rejects.toBeInstanceOf(InvalidResponseError);
    });
  }
});

describe('Retry-After on every retried status', () => {
  const server = useFaultServer();
  const cases = [
    { name: '503 with seconds', header: '1', want: [1000] },
    { name: '503 with an HTTP date', header: 'Sun, 01 Mar 2026 12:00:02 GMT', want: [2000] },
  ];
  for (const { name, header, want } of cases) {
    it(`waits what a ${name} asks for`, async () => {
      server.script(
        `GET ${numberPath()}`,
        reply.error(503, 'UNAVAILABLE', { 'Retry-After': header }),
        reply.json(200, activeNumber),
      );
      const { numbers, sleeps } = faultClient(server, {
        authentication: 'basic',
        timeoutMs: 30_000,
        now: () => Date.parse('2026-03-01T12:00:00Z'),
      });
      await numbers.activeNumber.get({ phoneNumber: NUMBER });
      expect(sleeps).toEqual(want);
      expect(server.count('GET', numberPath())).toBe(2);
    });
  }

  it('fails at once, with the wait on the error, when asked to wait beyond the cap', async () => {
    server.script(
      `GET ${numberPath()}`,
      reply.error(503, 'UNAVAILABLE', { 'Retry-After': '7200' }),
      reply.json(200, activeNumber),
    );
    const { numbers, sleeps } = faultClient(server, { authentication: 'basic', timeoutMs: 30_000 });
    const error = await numbers.activeNumber.get({ phoneNumber: NUMBER }).catch((e) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.retryAfterMs).toBe(7_200_000);
    expect(sleeps).toEqual([]);
    expect(server.count('GET', numberPath())).toBe(1);
  });
});
