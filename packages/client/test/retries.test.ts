/**
 * Which failures are retried, how often, and how long the client waits, against a real socket.
 * A stalled answer runs out the attempt's time limit as soon as the server holds it (see
 * `faultClient`), and nothing else can: the counts hold however slow the machine is.
 */
import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
} from '../src/index.js';
import { activeNumber, faultClient, NUMBER, numberPath } from './support/client.js';
import { type Fault, reply, useFaultServer } from './support/fault-server.js';

const server = useFaultServer();

const ok = reply.json(200, activeNumber);

interface Case {
  name: string;
  given: Fault[];
  maxRetries?: number;
  want: { error?: new (...args: never[]) => Error; requests: number; sleeps?: number[] };
}

const cases: Case[] = [
  {
    name: '500 then success',
    given: [reply.error(500, 'INTERNAL'), ok],
    want: { requests: 2, sleeps: [375] },
  },
  {
    name: 'two 503s then success (backoff doubles)',
    given: [reply.error(503, 'UNAVAILABLE'), reply.error(503, 'UNAVAILABLE'), ok],
    want: { requests: 3, sleeps: [375, 750] },
  },
  {
    name: '503 every time: gives up after maxRetries',
    given: [reply.error(503, 'UNAVAILABLE')],
    want: { error: ServerError, requests: 3 },
  },
  {
    name: '429 with Retry-After: 2 (seconds)',
    given: [reply.error(429, 'RESOURCE_EXHAUSTED', { 'Retry-After': '2' }), ok],
    want: { requests: 2, sleeps: [2000] },
  },
  {
    name: '429 asking for longer than a minute: not waited for',
    given: [reply.error(429, 'RESOURCE_EXHAUSTED', { 'Retry-After': '600' }), ok],
    want: { error: RateLimitedError, requests: 1 },
  },
  {
    name: '408 then success',
    given: [reply.error(408, 'DEADLINE_EXCEEDED'), ok],
    want: { requests: 2 },
  },
  { name: 'connection reset then success', given: [reply.reset(), ok], want: { requests: 2 } },
  { name: 'stalled answer then success', given: [reply.stall(), ok], want: { requests: 2 } },
  {
    name: 'an HTML 502 page from a proxy, then success',
    given: [reply.text(502, '<html><body><h1>502 Bad Gateway</h1></body></html>'), ok],
    want: { requests: 2 },
  },
  {
    name: '400: not retried',
    given: [reply.error(400, 'INVALID_ARGUMENT')],
    want: { error: BadRequestError, requests: 1 },
  },
  {
    name: '404: not retried',
    given: [reply.error(404, 'NOT_FOUND')],
    want: { error: NotFoundError, requests: 1 },
  },
  {
    name: 'malformed JSON on 200: not retried',
    given: [reply.text(200, '{"phoneNumber": "+1202', 'application/json')],
    want: { error: InvalidResponseError, requests: 1 },
  },
  {
    name: 'reset every time with maxRetries 0',
    given: [reply.reset()],
    maxRetries: 0,
    want: { error: ConnectionError, requests: 1 },
  },
  {
    name: 'stall every time with maxRetries 1',
    given: [reply.stall()],
    maxRetries: 1,
    want: { error: TimeoutError, requests: 2 },
  },
];

describe('retries of a safe operation (activeNumber.get)', () => {
  for (const { name, given, maxRetries, want } of cases) {
    it(name, async () => {
      server.script(`GET ${numberPath()}`, ...given);
      const { numbers, sleeps } = faultClient(server, { authentication: 'basic' });
      const call = numbers.activeNumber.get(
        { phoneNumber: NUMBER },
        maxRetries === undefined ? {} : { maxRetries },
      );
      if (want.error) {
        await expect(call).rejects.toBeInstanceOf(want.error);
      } else {
        expect((await call).phoneNumber).toBe(NUMBER);
      }
      expect(server.count('GET', numberPath())).toBe(want.requests);
      if (want.sleeps) expect(sleeps).toEqual(want.sleeps);
    });
  }

  it('turns the HTML error page into a readable message', async () => {
    server.script(
      `GET ${numberPath()}`,
      reply.text(502, '<html><body><h1>502 Bad Gateway</h1></body></html>'),
    );
    const { numbers } = faultClient(server, { authentication: 'basic' });
    const error = await numbers.activeNumber
      .get({ phoneNumber: NUMBER }, { maxRetries: 0 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/502 HTTP 502: 502 Bad Gateway/);
    expect(error.body).toContain('<h1>');
  });

  it('carries status, API code, message, details and the request id', async () => {
    server.script(
      `GET ${numberPath()}`,
      reply.json(
        404,
        {
          error: {
            code: 404,
            message: 'Number not found',
            status: 'NOT_FOUND',
            details: [{ type: 'ResourceInfo' }],
          },
        },
        { 'x-request-id': 'req-123' },
      ),
    );
    const { numbers } = faultClient(server, { authentication: 'basic' });
    const error = await numbers.activeNumber.get({ phoneNumber: NUMBER }).catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      apiMessage: 'Number not found',
      details: [{ type: 'ResourceInfo' }],
      requestId: 'req-123',
      operationId: 'NumberService_GetActiveNumber',
      request: {
        operationId: 'NumberService_GetActiveNumber',
        name: 'activeNumber.get',
        method: 'GET',
      },
    });
    // One label in every message, validation or API: the method name.
    expect(error.message).toBe(
      'activeNumber.get failed with 404 NOT_FOUND: Number not found (request id req-123)',
    );
  });

  it('times out a body that stops half-way', async () => {
    server.script(`GET ${numberPath()}`, reply.stallBody(200, '{"phoneNumber":'));
    // The client's own timer, on the real clock: the body never ends, so 150 ms run out however
    // slow the machine is, and nothing is counted after it.
    const { numbers } = faultClient(server, {
      authentication: 'basic',
      timeoutMs: 150,
      startTimer: undefined,
    });
    const error = await numbers.activeNumber
      .get({ phoneNumber: NUMBER }, { maxRetries: 0 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.timeoutMs).toBe(150);
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    server.script(`GET ${numberPath()}`, reply.stall());
    // No time limit at all: only the caller ends this call, once the server holds the request.
    const { numbers } = faultClient(server, {
      authentication: 'basic',
      startTimer: () => () => {},
    });
    const controller = new AbortController();
    const call = numbers.activeNumber.get({ phoneNumber: NUMBER }, { signal: controller.signal });
    await server.stalled();
    controller.abort();
    const error = await call.catch((e) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe('AbortError');
    expect(server.count('GET', numberPath())).toBe(1);
  });

  it('updates (idempotent PATCH) are retried too', async () => {
    server.script(`PATCH ${numberPath()}`, reply.error(503, 'UNAVAILABLE'), ok);
    const { numbers } = faultClient(server, { authentication: 'basic' });
    await numbers.activeNumber.update({ phoneNumber: NUMBER, displayName: 'Desk' });
    expect(server.count('PATCH', numberPath())).toBe(2);
  });
});
