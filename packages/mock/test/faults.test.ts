/** Faults on demand, per request (a header) and scheduled (a script), in-process and over HTTP. */
import {
  RateLimitedError,
  SinchClient,
  TimeoutError,
  UncertainOutcomeError,
} from '@sinch-numbers/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, FAULT_HEADER, SANDBOX_PROJECT_ID } from '../src/in-process/index.js';
import { createMockClient } from '../src/ready-client.js';
import { type SandboxServer, startSandbox } from '../src/start-sandbox.js';

const fast = { maxRetries: 2, backoff: { baseDelayMs: 1, maxDelayMs: 1 } };
const getUrl = `https://x.test/v1/projects/${SANDBOX_PROJECT_ID}/activeNumbers/%2B12025550134`;
const auth = { authorization: 'Basic eDp5' };

describe('scheduled faults', () => {
  it('429 with Retry-After twice, then the answer: the client retries through', async () => {
    const { client, mock } = createMockClient({ clientOptions: fast });
    mock.faults.add({
      operation: 'activeNumber.get',
      fault: { type: 'status', status: 429, retryAfter: 0 },
      times: 2,
    });
    const number = await client.numbers.activeNumber.get({ phoneNumber: '+12025550134' });
    expect(number.phoneNumber).toBe('+12025550134');
    expect(mock.faults.pending).toBe(0);
  });

  it('429 more often than the client retries: RateLimitedError', async () => {
    const { client, mock } = createMockClient({ clientOptions: fast });
    mock.faults.add({ fault: { type: 'status', status: 429, retryAfter: 0 }, times: 3 });
    await expect(
      client.numbers.activeNumber.get({ phoneNumber: '+12025550134' }),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('a 500 after a rent went through: the rent is sent once and the number is active', async () => {
    const sandbox = createSandbox();
    const sent: string[] = [];
    const client = new SinchClient({
      projectId: SANDBOX_PROJECT_ID,
      keyId: 'k',
      keySecret: 's',
      authentication: 'basic',
      numbersBaseUrl: 'https://x.test',
      ...fast,
      fetch: (input, init) => {
        const request = new Request(input, init);
        sent.push(`${request.method} ${new URL(request.url).pathname}`);
        return sandbox.fetch(request);
      },
    });
    sandbox.faults.add({
      operation: 'availableNumber.rent',
      fault: { type: 'status', status: 500, afterEffect: true },
    });
    const outcome = await client.numbers.availableNumber.rent({ phoneNumber: '+12025550191' }).then(
      (number) => number.phoneNumber,
      (error: unknown) => error,
    );
    expect(sent.filter((line) => line.endsWith(':rent'))).toHaveLength(1);
    expect(sandbox.project().active.has('+12025550191')).toBe(true);
    // The client either confirms the rent by reading the number, or reports the outcome unknown.
    if (typeof outcome !== 'string') expect(outcome).toBeInstanceOf(UncertainOutcomeError);
    else expect(outcome).toBe('+12025550191');
  });

  it('a stall ends when the client times out', async () => {
    const { client, mock } = createMockClient({ clientOptions: { maxRetries: 0, timeoutMs: 50 } });
    mock.faults.add({ fault: { type: 'stall' } });
    await expect(
      client.numbers.activeNumber.get({ phoneNumber: '+12025550134' }),
    ).rejects.toBeInstanceOf(TimeoutError);
  });

  it('rejects an unknown operation name at once', () => {
    expect(() =>
      createSandbox().faults.add({ operation: 'activeNumber.fetch', fault: { type: 'reset' } }),
    ).toThrow(/unknown operation/);
  });
});

const headerCases: {
  name: string;
  header: string;
  status?: number;
  retryAfter?: string;
  rejects?: boolean;
}[] = [
  { name: 'a status', header: '503', status: 503 },
  { name: 'Retry-After in seconds', header: '429; retry-after=7', status: 429, retryAfter: '7' },
  {
    name: 'Retry-After as an HTTP date',
    header: '429; retry-after=Wed, 21 Oct 2026 07:28:00 GMT',
    status: 429,
    retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT',
  },
  { name: 'a reset', header: 'reset', rejects: true },
  { name: 'a value it cannot read', header: 'sometimes', status: 400 },
];

describe(`per-request faults (${FAULT_HEADER})`, () => {
  const sandbox = createSandbox();
  for (const { name, header, status, retryAfter, rejects } of headerCases) {
    it(name, async () => {
      const answer = sandbox.fetch(getUrl, { headers: { ...auth, [FAULT_HEADER]: header } });
      if (rejects) return void (await expect(answer).rejects.toBeInstanceOf(TypeError));
      const response = await answer;
      expect(response.status).toBe(status);
      if (retryAfter) expect(response.headers.get('retry-after')).toBe(retryAfter);
    });
  }
});

describe('faults over HTTP', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await startSandbox();
  });
  afterAll(() => server.stop());
  const url = () => getUrl.replace('https://x.test', server.url);

  it('a scheduled 503 reaches the client with the envelope', async () => {
    server.sandbox.faults.add({ fault: { type: 'status', status: 503 } });
    const response = await fetch(url(), { headers: auth });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 503 } });
  });

  it('a reset drops the connection', async () => {
    await expect(
      fetch(url(), { headers: { ...auth, [FAULT_HEADER]: 'reset' } }),
    ).rejects.toBeInstanceOf(TypeError);
  });

  it('a stall holds the request until the caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetch(url(), {
      headers: { ...auth, [FAULT_HEADER]: 'stall' },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
