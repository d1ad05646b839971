import { afterEach, describe, expect, it, vi } from 'vitest';
import { TOKEN_URL, tokenServer } from '../test/recording-fetch.js';
import { createTokenProvider, oauth2Auth } from './auth/oauth2.js';
import type { AuthMiddleware } from './auth/types.js';
import { buildRequest, type Endpoint, sendRequest } from './request.js';
import { TransportTimeoutError } from './transport/limits.js';
import type { TransportRequest } from './transport/types.js';

/** A timer that runs out only when the test says so. */
function manualTimers() {
  const running = new Map<number, { ms: number; expire: () => void }>();
  let next = 0;
  return {
    running,
    start: (ms: number, expire: () => void) => {
      const id = next++;
      running.set(id, { ms, expire });
      return () => running.delete(id);
    },
    expireAll: () => {
      const due = [...running.values()];
      running.clear();
      for (const timer of due) timer.expire();
    },
  };
}

/** Counts the AbortControllers made while `run` runs. */
async function countControllers(run: () => Promise<unknown>): Promise<number> {
  let made = 0;
  const Original = globalThis.AbortController;
  vi.stubGlobal(
    'AbortController',
    class extends Original {
      constructor() {
        super();
        made++;
      }
    },
  );
  try {
    await run();
  } finally {
    vi.unstubAllGlobals();
  }
  return made;
}

afterEach(() => vi.unstubAllGlobals());

function endpointWith(auth: AuthMiddleware, seen: TransportRequest[]): Endpoint {
  return {
    baseUrl: 'https://api.test',
    pathDefaults: {},
    headers: {},
    auth,
    transport: async (request) => {
      seen.push(request);
      return { status: 200, headers: new Headers(), body: '{}' };
    },
  };
}

const route = { method: 'get', path: '/v1/things' };

describe('sendRequest', () => {
  it('with a cached token, makes no AbortSignal: the transport times the exchange', async () => {
    const seen: TransportRequest[] = [];
    const tokens = createTokenProvider({
      keyId: 'k',
      keySecret: 's',
      tokenUrl: TOKEN_URL,
      fetch: tokenServer(),
    });
    const endpoint = endpointWith(oauth2Auth(tokens), seen);
    const request = buildRequest(endpoint, route, {});
    const timers = manualTimers();
    const options = { timeoutMs: 5000, startTimer: timers.start, maxBodyBytes: 1234 };
    await sendRequest(endpoint, request, options); // fetches the token
    const made = await countControllers(() => sendRequest(endpoint, request, options));
    expect(made).toBe(0);
    expect(seen[1]).toMatchObject({
      headers: { Authorization: 'Bearer token-1' },
      timeoutMs: 5000,
      startTimer: timers.start,
      maxBodyBytes: 1234,
      signal: undefined,
    });
    // Only the transport would have timed it; this stub transport started nothing.
    expect(timers.running.size).toBe(0);
  });

  it('times the wait for a token, and the exchange gets what the wait left', async () => {
    const seen: TransportRequest[] = [];
    let release: (headers: Record<string, string>) => void = () => {};
    let now = 1000;
    const auth: AuthMiddleware = {
      onRequest: ({ request }) => request,
      invalidate() {},
      authorize: (input) => {
        expect(input.signal).toBeInstanceOf(AbortSignal);
        return new Promise((resolve) => {
          release = resolve;
        });
      },
    };
    const endpoint = endpointWith(auth, seen);
    const timers = manualTimers();
    const sent = sendRequest(endpoint, buildRequest(endpoint, route, {}), {
      timeoutMs: 1000,
      startTimer: timers.start,
      now: () => now,
    });
    expect([...timers.running.values()].map((t) => t.ms)).toEqual([1000]);
    now += 400;
    release({ Authorization: 'Bearer t' });
    await sent;
    expect(timers.running.size).toBe(0);
    expect(seen[0]?.timeoutMs).toBe(600);
  });

  it('rejects with a TransportTimeoutError when no token came in time, before any exchange', async () => {
    const seen: TransportRequest[] = [];
    const authorized: unknown[] = [];
    const auth: AuthMiddleware = {
      onRequest: ({ request }) => request,
      invalidate() {},
      authorize: (input) =>
        new Promise((_, reject) => {
          input.signal?.addEventListener('abort', () => reject(input.signal?.reason));
        }),
    };
    const endpoint = endpointWith(auth, seen);
    const timers = manualTimers();
    const sent = sendRequest(endpoint, buildRequest(endpoint, route, {}), {
      timeoutMs: 250,
      startTimer: timers.start,
      onAuthorized: (headers) => authorized.push(headers),
    });
    timers.expireAll();
    const error = await sent.catch((e) => e);
    expect(error).toBeInstanceOf(TransportTimeoutError);
    expect(error.timeoutMs).toBe(250);
    expect(seen).toHaveLength(0);
    expect(authorized).toHaveLength(0);
  });

  it('does not send when the auth step ignored the signal and answered after the limit', async () => {
    const seen: TransportRequest[] = [];
    let release: (headers: Record<string, string>) => void = () => {};
    const auth: AuthMiddleware = {
      onRequest: ({ request }) => request,
      invalidate() {},
      authorize: (input) => {
        void input.signal; // asks for it, then ignores it
        return new Promise((resolve) => {
          release = resolve;
        });
      },
    };
    const endpoint = endpointWith(auth, seen);
    const timers = manualTimers();
    const sent = sendRequest(endpoint, buildRequest(endpoint, route, {}), {
      timeoutMs: 100,
      startTimer: timers.start,
    });
    timers.expireAll();
    release({ Authorization: 'Bearer late' });
    await expect(sent).rejects.toBeInstanceOf(TransportTimeoutError);
    expect(seen).toHaveLength(0);
  });

  it("ends the wait for a token with the caller's abort reason", async () => {
    const auth: AuthMiddleware = {
      onRequest: ({ request }) => request,
      invalidate() {},
      authorize: (input) =>
        new Promise((_, reject) => {
          input.signal?.addEventListener('abort', () => reject(input.signal?.reason));
        }),
    };
    const endpoint = endpointWith(auth, []);
    const controller = new AbortController();
    const reason = new Error('caller stopped');
    const sent = sendRequest(endpoint, buildRequest(endpoint, route, {}), {
      timeoutMs: 60_000,
      startTimer: manualTimers().start,
      signal: controller.signal,
    });
    controller.abort(reason);
    await expect(sent).rejects.toBe(reason);
  });
});

describe('buildRequest headers', () => {
  const endpoint = (headers: Record<string, string>): Endpoint => ({
    ...endpointWith({ onRequest: (p) => p.request, authorize: () => ({}), invalidate() {} }, []),
    headers,
  });
  const post = { method: 'post', path: '/v1/things', body: { mediaType: 'application/json' } };

  it('merges the endpoint headers as openapi-fetch does, once per endpoint, for every request', () => {
    const api = endpoint({ Accept: 'application/json', 'X-Trace': 'a' });
    const get = buildRequest(api, route, {});
    expect(get.headers).toEqual({ accept: 'application/json', 'x-trace': 'a' });
    expect(buildRequest(api, route, {}).headers).toBe(get.headers);
    const sent = buildRequest(api, post, { body: { a: 1 } });
    expect(sent.headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/json',
      'x-trace': 'a',
    });
    expect(sent.body).toBe('{"a":1}');
    // Shared by every request of the endpoint, so no request can change another's.
    expect(Object.isFrozen(get.headers)).toBe(true);
    expect(Object.isFrozen(sent.headers)).toBe(true);
  });

  it("lets the endpoint's own content type win over JSON, and serializes a form body for it", () => {
    const api = endpoint({ 'Content-Type': 'application/x-www-form-urlencoded' });
    const sent = buildRequest(api, post, { body: { a: '1 2' } });
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sent.body).toBe('a=1+2');
  });
});
