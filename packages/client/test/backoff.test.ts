/**
 * The client's own `random` and `backoff` options reach every retry: the waits between attempts
 * spread with the jitter and stop growing at `maxDelayMs`, for ordinary retries and for `rent`'s
 * retry after its check. (The unit tests of `retryDelay` cannot see a call path that ignores
 * the options.)
 */
import { describe, expect, it } from 'vitest';
import { ServerError, type SinchClientOptions } from '../src/index.js';
import { stubClient } from './support/client.js';

const NUMBER = '+12025550134';

/** A client whose API answers 503 to everything but a read of the number, which is a 404. */
function failing(options: Partial<SinchClientOptions>) {
  const sleeps: number[] = [];
  const sent: string[] = [];
  const client = stubClient(
    (request) => {
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      const status = request.method === 'GET' && sent.at(-2)?.startsWith('POST') ? 404 : 503;
      return Response.json({ error: { code: status, message: 'no', status: 'X' } }, { status });
    },
    {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...options,
    },
  );
  return { numbers: client.numbers, sleeps, sent };
}

const backoff = { baseDelayMs: 100, maxDelayMs: 300 };

describe('backoff between retries, as configured', () => {
  const cases = [
    // ceilings 100, 200, 300 (capped from 400), 300 (from 800); half of each plus jitter
    { name: 'lowest jitter', random: () => 0, want: [50, 100, 150, 150] },
    { name: 'highest jitter', random: () => 1, want: [100, 200, 300, 300] },
    { name: 'middle jitter', random: () => 0.5, want: [75, 150, 225, 225] },
  ];
  for (const { name, random, want } of cases) {
    it(`a read waits the capped, jittered backoff (${name})`, async () => {
      const { numbers, sleeps, sent } = failing({ random, backoff, maxRetries: 4 });
      await expect(numbers.activeNumber.get({ phoneNumber: NUMBER })).rejects.toBeInstanceOf(
        ServerError,
      );
      expect(sleeps).toEqual(want);
      expect(sent).toHaveLength(5);
    });
  }

  it("rent's retry after a check that did not find the number waits the same backoff", async () => {
    const { numbers, sleeps, sent } = failing({ random: () => 1, backoff, maxRetries: 3 });
    const error = await numbers.availableNumber
      .rent({ phoneNumber: NUMBER }, { verifyReads: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(sleeps).toEqual([100, 200, 300]);
    // Each rent is followed by one read that does not find the number.
    expect(sent.filter((s) => s.startsWith('POST'))).toHaveLength(4);
    expect(sent.filter((s) => s.startsWith('GET'))).toHaveLength(4);
  });
});
