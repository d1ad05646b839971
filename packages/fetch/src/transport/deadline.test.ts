/**
 * A user's transport is held to the request's limits whatever it does with them: one that
 * ignores `timeoutMs` and `signal` and never answers still ends the call on the caller's clock.
 */
import { describe, expect, it } from 'vitest';
import { selfTimed, withDeadline } from './deadline.js';
import { createFetchTransport } from './fetch.js';
import { TransportTimeoutError } from './limits.js';
import type { StartTimer, Transport, TransportRequest, TransportResponse } from './types.js';

const OK: TransportResponse = { status: 200, headers: new Headers(), body: '{}' };

/** A clock the test fires by hand; `pending` counts timers started and not cancelled. */
function manualClock() {
  const timers = new Map<number, () => void>();
  let next = 0;
  const startTimer: StartTimer = (_ms, expire) => {
    const id = next++;
    timers.set(id, expire);
    return () => timers.delete(id);
  };
  return {
    startTimer,
    fire: () => {
      for (const expire of [...timers.values()]) expire();
    },
    pending: () => timers.size,
  };
}

/** A transport that ignores its limits; records the signal it was handed. */
function deafTransport(answer?: TransportResponse) {
  const seen: (AbortSignal | undefined)[] = [];
  const transport: Transport = (request) => {
    seen.push(request.signal);
    return answer ? Promise.resolve(answer) : new Promise(() => {});
  };
  return { transport, seen };
}

const request = (extra: Partial<TransportRequest> = {}): TransportRequest => ({
  method: 'GET',
  url: 'https://numbers.api.sinch.com/v1/projects/p/activeNumbers',
  headers: {},
  ...extra,
});

describe('withDeadline', () => {
  it('ends a call on a transport that never answers when the time runs out', async () => {
    const clock = manualClock();
    const { transport, seen } = deafTransport();
    const sent = withDeadline(transport)(
      request({ timeoutMs: 1000, startTimer: clock.startTimer }),
    );
    await Promise.resolve();
    clock.fire();
    const error = await sent.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportTimeoutError);
    expect((error as TransportTimeoutError).timeoutMs).toBe(1000);
    // The transport was given a signal that aborted, so one that listens can let go.
    expect(seen[0]?.aborted).toBe(true);
  });

  it("ends it with the caller's reason when the caller's signal aborts", async () => {
    const clock = manualClock();
    const caller = new AbortController();
    const { transport } = deafTransport();
    const sent = withDeadline(transport)(
      request({ timeoutMs: 1000, startTimer: clock.startTimer, signal: caller.signal }),
    );
    const reason = new Error('user gave up');
    caller.abort(reason);
    await expect(sent).rejects.toBe(reason);
    expect(clock.pending()).toBe(0);
  });

  it('passes an answer through and leaves no timer or listener behind', async () => {
    const clock = manualClock();
    const caller = new AbortController();
    const { transport } = deafTransport(OK);
    await expect(
      withDeadline(transport)(
        request({ timeoutMs: 1000, startTimer: clock.startTimer, signal: caller.signal }),
      ),
    ).resolves.toBe(OK);
    expect(clock.pending()).toBe(0);
    // A later abort must not reach a settled call (it would throw on a rejected promise).
    caller.abort();
  });

  it('never calls the transport when the clock fires at once', async () => {
    const { transport, seen } = deafTransport(OK);
    const now: StartTimer = (_ms, expire) => {
      expire();
      return () => {};
    };
    await expect(
      withDeadline(transport)(request({ timeoutMs: 5, startTimer: now })),
    ).rejects.toBeInstanceOf(TransportTimeoutError);
    expect(seen).toHaveLength(0);
  });

  it("passes the transport's own failure through", async () => {
    const failure = new Error('refused');
    const transport: Transport = () => Promise.reject(failure);
    await expect(withDeadline(transport)(request({ timeoutMs: 1000 }))).rejects.toBe(failure);
  });

  it('leaves our own adapters unwrapped: they time themselves', () => {
    const ours = createFetchTransport(async () => new Response('{}'));
    expect(withDeadline(ours)).toBe(ours);
    const marked = selfTimed((async () => OK) as Transport);
    expect(withDeadline(marked)).toBe(marked);
    const theirs: Transport = async () => OK;
    expect(withDeadline(theirs)).not.toBe(theirs);
  });
});
