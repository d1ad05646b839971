/**
 * A transport the user wrote is held to the call's limits even when it ignores them: a call on
 * one that never answers ends with a TimeoutError on the call's clock, or with the caller's
 * abort reason; a billable call that may have gone out is reported as uncertain.
 */
import type { Transport, TransportRequest } from '@sinch-numbers/fetch';
import { describe, expect, it } from 'vitest';
import { TimeoutError, UncertainOutcomeError } from '../src/index.js';
import { stubClient } from './support/client.js';

/** A transport that never answers and never looks at its signal or time limit. */
function deafTransport() {
  const sent: TransportRequest[] = [];
  const transport: Transport = (request) => {
    sent.push(request);
    return new Promise(() => {});
  };
  return { transport, sent };
}

/** A clock whose timers fire when the test says so. */
function manualClock() {
  const timers = new Set<() => void>();
  return {
    startTimer: (_ms: number, expire: () => void) => {
      timers.add(expire);
      return () => timers.delete(expire);
    },
    fire: () => {
      for (const expire of [...timers]) expire();
    },
  };
}

function client(transport: Transport, startTimer: ReturnType<typeof manualClock>['startTimer']) {
  // The stub fetch is never called: `transport` sends the API requests, and Basic auth needs no token.
  return stubClient(() => Response.error(), {
    transport,
    timeoutMs: 2_000,
    maxRetries: 0,
    startTimer,
  });
}

/** Lets the call reach the transport (argument checks and auth run first). */
async function untilSent(sent: unknown[]) {
  for (let i = 0; i < 100 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 0));
  expect(sent).toHaveLength(1);
}

describe('a custom transport that ignores its limits', () => {
  it('ends a read with a TimeoutError when the time runs out', async () => {
    const clock = manualClock();
    const { transport, sent } = deafTransport();
    const call = client(transport, clock.startTimer).numbers.activeNumber.get({
      phoneNumber: '+12025550134',
    });
    const outcome = call.catch((error: unknown) => error);
    await untilSent(sent);
    expect(sent[0]?.signal).toBeDefined();
    clock.fire();
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(2_000);
    // The transport's signal aborted, so one that listens could have let go of its connection.
    expect(sent[0]?.signal?.aborted).toBe(true);
  });

  it("ends it with the caller's abort reason", async () => {
    const clock = manualClock();
    const { transport, sent } = deafTransport();
    const controller = new AbortController();
    const call = client(transport, clock.startTimer).numbers.activeNumber.get(
      { phoneNumber: '+12025550134' },
      { signal: controller.signal },
    );
    const outcome = call.catch((error: unknown) => error);
    await untilSent(sent);
    const reason = new Error('the user left');
    controller.abort(reason);
    expect(await outcome).toBe(reason);
  });

  it('reports a billable call that timed out after it was handed over as uncertain', async () => {
    const clock = manualClock();
    const { transport, sent } = deafTransport();
    const call = client(transport, clock.startTimer).numbers.availableNumber.rentAny({
      regionCode: 'US',
      type: 'LOCAL',
    });
    const outcome = call.catch((error: unknown) => error);
    await untilSent(sent);
    clock.fire();
    const error = await outcome;
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect((error as UncertainOutcomeError).cause).toBeInstanceOf(TimeoutError);
    expect(sent).toHaveLength(1);
  });
});
