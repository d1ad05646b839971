/**
 * Every response body is bounded: the transport stops reading once more than `maxResponseBytes`
 * have arrived (counted after decompression), closes the connection, and the call fails with a
 * `ResponseTooLargeError`. Run over both transports (see vitest.config.ts). What is asserted is
 * what the server saw (how much it could write, whether the client hung up first), not heap
 * figures, which depend on the garbage collector.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  InvalidResponseError,
  ResponseTooLargeError,
  ServerError,
  SinchError,
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
import { reply, useFaultServer } from './support/fault-server.js';

const server = useFaultServer();
const MiB = 1024 * 1024;
const DEFAULT_LIMIT = 16 * MiB;

/** An active number whose JSON is exactly `bytes` long (padded in `displayName`). */
function activeNumberOfSize(bytes: number): string {
  const bare = JSON.stringify({ ...activeNumber, displayName: '' });
  const text = JSON.stringify({ ...activeNumber, displayName: 'd'.repeat(bytes - bare.length) });
  expect(Buffer.byteLength(text)).toBe(bytes);
  return text;
}

const get = (c: ReturnType<typeof faultClient>, maxResponseBytes?: number) =>
  c.numbers.activeNumber.get(
    { phoneNumber: NUMBER },
    maxResponseBytes === undefined ? undefined : { maxResponseBytes },
  );

describe('a 50 MB error page', () => {
  it('is read only up to the default limit: the connection is closed, not retried', async () => {
    const page = reply.stream(500, 50 * MiB);
    server.script(`GET ${numberPath()}`, page);
    const c = faultClient(server, { authentication: 'basic' });
    const error = await get(c).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toBeInstanceOf(SinchError);
    expect(error.limitBytes).toBe(DEFAULT_LIMIT);
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/activeNumber\.get: .*larger than maxResponseBytes/);
    // The client hung up before the server could write the page: it stopped reading.
    expect(await page.report.closed).toEqual({ early: true });
    expect(page.report.written).toBeLessThan(40 * MiB);
    // Once: a body that large would be as large again.
    expect(server.count('GET', numberPath())).toBe(1);
  });

  it('with a smaller limit per call, the server gets even less written', async () => {
    const page = reply.stream(502, 50 * MiB);
    server.script(`GET ${numberPath()}`, page);
    const c = faultClient(server, { authentication: 'basic' });
    const error = await get(c, 64 * 1024).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.limitBytes).toBe(64 * 1024);
    expect(await page.report.closed).toEqual({ early: true });
    expect(page.report.written).toBeLessThan(25 * MiB);
  });
});

describe('a declared Content-Length above the limit', () => {
  it('is refused from the headers, without waiting for the body', async () => {
    // 10 bytes are sent of the 50 MB declared, then nothing: a client that waited for the body
    // would wait forever (no time limit runs out here, the server never stalls).
    const page = reply.stream(200, 10, {
      declaredLength: 50 * MiB,
      contentType: 'application/json',
    });
    server.script(`GET ${numberPath()}`, page);
    const c = faultClient(server, { authentication: 'basic' });
    const error = await get(c, MiB).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.status).toBe(200);
    expect(error.limitBytes).toBe(MiB);
    await page.report.closed;
  });
});

describe('a small gzip body that expands past the limit', () => {
  const bomb = gzipSync(Buffer.alloc(8 * MiB, ' '));

  it('is counted after decompression and refused', async () => {
    expect(bomb.length).toBeLessThan(64 * 1024);
    server.script(
      `GET ${numberPath()}`,
      reply.raw(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, bomb),
    );
    const c = faultClient(server, { authentication: 'basic' });
    const error = await get(c, MiB).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error.limitBytes).toBe(MiB);
    expect(server.count('GET', numberPath())).toBe(1);
  });

  it('while a gzip body within the limit is decoded and read', async () => {
    const body = gzipSync(Buffer.from(JSON.stringify(activeNumber)));
    server.script(
      `GET ${numberPath()}`,
      reply.raw(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, body),
    );
    const c = faultClient(server, { authentication: 'basic' });
    expect((await get(c, MiB)).phoneNumber).toBe(NUMBER);
  });
});

describe('a body exactly at the limit', () => {
  const size = 4096;
  const cases = [
    {
      name: 'with a Content-Length',
      fault: (text: string) => reply.text(200, text, 'application/json'),
    },
    {
      name: 'chunked, without a length',
      fault: (text: string) =>
        reply.raw(200, { 'Content-Type': 'application/json' }, Buffer.from(text), {
          chunked: true,
        }),
    },
  ];
  for (const { name, fault } of cases) {
    it(`passes, ${name}; one byte more does not`, async () => {
      server.script(`GET ${numberPath()}`, fault(activeNumberOfSize(size)));
      const c = faultClient(server, { authentication: 'basic' });
      expect((await get(c, size)).phoneNumber).toBe(NUMBER);
      await expect(get(c, size - 1)).rejects.toBeInstanceOf(ResponseTooLargeError);
    });
  }

  it('passes when streamed in chunks without a declared length', async () => {
    // 200,000 'x' in 64 KiB chunks: counted across chunks, not per chunk.
    const page = reply.stream(503, 200_000);
    server.script(`GET ${numberPath()}`, page);
    const c = faultClient(server, { authentication: 'basic', maxRetries: 0 });
    const error = await get(c, 200_000).catch((e) => e);
    // Read whole: a 503 with its page, cut on the error to 64 KiB of text.
    expect(error).toBeInstanceOf(ServerError);
    expect((error.body as string).length).toBe(64 * 1024 + 1);
    expect(page.report.finished).toBe(true);
    server.script(`GET ${numberPath()}`, reply.stream(503, 200_000));
    await expect(get(c, 199_999)).rejects.toBeInstanceOf(ResponseTooLargeError);
  });
});

describe('billable calls with a body too large to read', () => {
  it('a 2xx on rentAny is an UncertainOutcomeError with the ResponseTooLargeError as cause', async () => {
    const route = projectPath('/availableNumbers:rentAny');
    server.script(`POST ${route}`, reply.stream(200, 4 * MiB, { contentType: 'application/json' }));
    const c = faultClient(server, { authentication: 'basic', maxResponseBytes: MiB });
    const error = await c.numbers.availableNumber
      .rentAny({ regionCode: 'US', type: 'LOCAL' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(error.cause).toBeInstanceOf(ResponseTooLargeError);
    expect(error.finding).toMatch(/activeNumber\.list/);
    expect(server.count('POST', route)).toBe(1);
  });

  it('a 4xx on release is a refusal: the ResponseTooLargeError itself, sent once', async () => {
    server.script(`POST ${numberPath(':release')}`, reply.stream(400, 4 * MiB));
    const c = faultClient(server, { authentication: 'basic', maxResponseBytes: MiB });
    const error = await c.numbers.activeNumber.release({ phoneNumber: NUMBER }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).not.toBeInstanceOf(BadRequestError);
    expect(error.status).toBe(400);
    expect(server.count('POST', numberPath(':release'))).toBe(1);
  });

  it('rent reads the number after a 2xx it could not read, and returns it without renting again', async () => {
    const rentRoute = `POST ${availablePath(':rent')}`;
    server.script(rentRoute, reply.stream(200, 4 * MiB, { contentType: 'application/json' }));
    server.script(`GET ${numberPath()}`, reply.json(200, activeNumber));
    const c = faultClient(server, { authentication: 'basic', maxResponseBytes: MiB });
    const result = await c.numbers.availableNumber.rent({
      phoneNumber: NUMBER,
      smsConfiguration: { servicePlanId: 'plan' },
    });
    expect(result.phoneNumber).toBe(NUMBER);
    expect(server.count('POST', availablePath(':rent'))).toBe(1);
    expect(c.logs).toContainEqual(
      expect.objectContaining({
        type: 'billing-check',
        finding: 'active',
        reason: expect.stringMatching(/^rent failed with ResponseTooLargeError/),
      }),
    );
  });
});
