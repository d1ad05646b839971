import { describe, expect, it } from 'vitest';
import { selfTimed, withDeadline } from './deadline.js';
import { createLazyTransport } from './lazy.js';
import { TransportTimeoutError } from './limits.js';
import type { StartTimer, Transport, TransportRequest, TransportResponse } from './types.js';

const OK: TransportResponse = { status: 200, headers: new Headers(), body: '{}' };
const request = (extra: Partial<TransportRequest> = {}): TransportRequest => ({
  method: 'GET',
  url: 'https://api.test/v1/things',
  headers: {},
  body: undefined,
  ...extra,
});

describe('createLazyTransport', () => {
  it('loads on the first request only, once for requests that arrive together', async () => {
    let loads = 0;
    const seen: string[] = [];
    const lazy = createLazyTransport(async () => {
      loads++;
      return selfTimed<Transport>(async (sent) => {
        seen.push(sent.url);
        return OK;
      });
    });
    expect(loads).toBe(0);
    await Promise.all([lazy(request()), lazy(request({ url: 'https://api.test/2' }))]);
    await lazy(request({ url: 'https://api.test/3' }));
    expect(loads).toBe(1);
    expect(seen).toEqual([
      'https://api.test/v1/things',
      'https://api.test/2',
      'https://api.test/3',
    ]);
  });

  it('fails only the request whose load failed; the next one loads again', async () => {
    let loads = 0;
    const lazy = createLazyTransport(async () => {
      loads++;
      if (loads === 1) throw new Error('chunk did not arrive');
      return selfTimed<Transport>(async () => OK);
    });
    await expect(lazy(request())).rejects.toThrow('chunk did not arrive');
    await expect(lazy(request())).resolves.toBe(OK);
    expect(loads).toBe(2);
  });

  it('is one of the transports that time themselves, and holds the loaded one to the limit', async () => {
    const lazy = createLazyTransport(async () => () => new Promise<TransportResponse>(() => {}));
    // withDeadline leaves it as it is: it is not wrapped a second time.
    expect(withDeadline(lazy)).toBe(lazy);
    const expire: (() => void)[] = [];
    const startTimer: StartTimer = (_ms, fire) => {
      expire.push(fire);
      return () => {};
    };
    const pending = lazy(request({ timeoutMs: 50, startTimer }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const fire of expire) fire();
    await expect(pending).rejects.toBeInstanceOf(TransportTimeoutError);
  });
});
