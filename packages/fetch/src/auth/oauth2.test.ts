import { describe, expect, it } from 'vitest';
import { json, recordingFetch, TOKEN_URL, tokenServer } from '../../test/recording-fetch.js';
import { createTokenProvider, OAuth2TokenError, oauth2Auth } from './oauth2.js';

const key = { keyId: 'key-id', keySecret: 'super-secret-value' };

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createTokenProvider', () => {
  it('caches the token until the refresh margin before expiry, then refreshes', async () => {
    const time = clock();
    const fetch = tokenServer(3600);
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch, now: time.now });
    expect(await tokens.getToken()).toBe('token-1');
    time.advance((3600 - 61) * 1000);
    expect(await tokens.getToken()).toBe('token-1');
    time.advance(2000);
    expect(await tokens.getToken()).toBe('token-2');
    expect(fetch.calls).toHaveLength(2);
  });

  it('caps the margin at half the lifetime of short-lived tokens', async () => {
    const time = clock();
    const fetch = tokenServer(60);
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch, now: time.now });
    await tokens.getToken();
    time.advance(29_000);
    expect(await tokens.getToken()).toBe('token-1');
    time.advance(2000);
    expect(await tokens.getToken()).toBe('token-2');
  });

  it('shares one request between concurrent callers, also during a refresh', async () => {
    const time = clock();
    const fetch = tokenServer(3600);
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch, now: time.now });
    const first = await Promise.all(Array.from({ length: 20 }, () => tokens.getToken()));
    time.advance(3600 * 1000);
    const second = await Promise.all(Array.from({ length: 20 }, () => tokens.getToken()));
    expect(new Set(first)).toEqual(new Set(['token-1']));
    expect(new Set(second)).toEqual(new Set(['token-2']));
    expect(fetch.calls).toHaveLength(2);
  });

  it('retries the token request on the next call after a failure', async () => {
    let fail = true;
    const fetch = recordingFetch(() =>
      fail
        ? json({ error: 'temporarily_unavailable' }, 503)
        : json({ access_token: 't', expires_in: 60 }),
    );
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch });
    await expect(tokens.getToken()).rejects.toThrow(OAuth2TokenError);
    fail = false;
    expect(await tokens.getToken()).toBe('t');
  });

  const failures = [
    {
      name: 'a refused credential',
      given: () => json({ error: 'invalid_client', error_description: 'bad' }, 401),
      want: { status: 401, failure: 'refused', message: /answered 401: invalid_client/ },
    },
    {
      name: 'an error code that is not a word',
      given: () => json({ error: 'super-secret-value and more\r\n' }, 400),
      want: { status: 400, failure: 'refused', message: /answered 400$/ },
    },
    {
      name: 'an answer without a token',
      given: () => json({ token_type: 'bearer', expires_in: 60 }),
      want: { status: 200, failure: 'invalid', message: /without an access_token/ },
    },
    {
      name: 'an empty token',
      given: () => json({ access_token: '', expires_in: 60 }),
      want: { status: 200, failure: 'invalid', message: /without an access_token/ },
    },
    {
      name: 'a token with CRLF in it',
      given: () => json({ access_token: 'abc\r\nX-Evil: 1', expires_in: 60 }),
      want: { status: 200, failure: 'invalid', message: /cannot be sent in a header/ },
    },
    {
      name: 'garbage instead of JSON',
      given: () => new Response('<html>oops super-secret-value</html>', { status: 200 }),
      want: { status: 200, failure: 'invalid', message: /without a JSON object/ },
    },
    {
      name: 'an answer of more than 64 KiB',
      given: () => json({ access_token: 't', expires_in: 60, padding: 'x'.repeat(70_000) }),
      want: { status: 200, failure: 'invalid', message: /answered with more than 65536 bytes/ },
    },
    {
      name: 'a missing expires_in',
      given: () => json({ access_token: 't' }),
      want: { status: 200, failure: 'invalid', message: /without a positive expires_in/ },
    },
    {
      name: 'a zero expires_in',
      given: () => json({ access_token: 't', expires_in: 0 }),
      want: { status: 200, failure: 'invalid', message: /without a positive expires_in/ },
    },
    {
      name: 'a negative expires_in',
      given: () => json({ access_token: 't', expires_in: -5 }),
      want: { status: 200, failure: 'invalid', message: /without a positive expires_in/ },
    },
    {
      name: 'an unreachable endpoint',
      given: () =>
        Promise.reject(
          new TypeError('fetch failed', {
            cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
          }),
        ),
      want: {
        status: undefined,
        failure: 'unreachable',
        message:
          /token endpoint https:\/\/auth\.example\.test\/oauth2\/token could not be reached \(ECONNREFUSED\)/,
      },
    },
  ];
  for (const { name, given, want } of failures) {
    it(`reports ${name} naming the endpoint, without leaking the secret`, async () => {
      const tokens = createTokenProvider({
        ...key,
        tokenUrl: TOKEN_URL,
        fetch: recordingFetch(given),
      });
      const error = (await tokens.getToken().catch((e: unknown) => e)) as OAuth2TokenError;
      expect(error).toBeInstanceOf(OAuth2TokenError);
      expect(error.status).toBe(want.status);
      expect(error.failure).toBe(want.failure);
      expect(error.tokenUrl).toBe(TOKEN_URL);
      expect(error.message).toMatch(want.message);
      const everything = JSON.stringify([error.message, String(error.cause), error.stack]);
      expect(everything).not.toContain(key.keySecret);
      expect(everything).not.toContain(btoa(`${key.keyId}:${key.keySecret}`));
      expect(everything).not.toContain('X-Evil');
    });
  }

  it('accepts expires_in sent as a numeric string', async () => {
    const fetch = recordingFetch(() => json({ access_token: 't', expires_in: '3600' }));
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch });
    expect(await tokens.getToken()).toBe('t');
    expect(await tokens.getToken()).toBe('t');
    expect(fetch.calls).toHaveLength(1);
  });

  it('keeps the query of the token URL out of its errors', async () => {
    const tokens = createTokenProvider({
      ...key,
      tokenUrl: 'https://auth.example.test/oauth2/token?key=k3y',
      fetch: recordingFetch(() => json({}, 500)),
    });
    const error = (await tokens.getToken().catch((e: unknown) => e)) as OAuth2TokenError;
    expect(error.message).toContain('https://auth.example.test/oauth2/token');
    expect(error.message).not.toMatch(/k3y/);
  });
});

/** A token endpoint that answers only when told to, and records the signals it was given. */
function heldTokenServer() {
  const signals: AbortSignal[] = [];
  const held: Array<() => void> = [];
  let issued = 0;
  const fetch = (request: Request) => {
    signals.push(request.signal);
    return new Promise<Response>((resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), {
        once: true,
      });
      held.push(() => resolve(json({ access_token: `token-${++issued}`, expires_in: 3600 })));
    });
  };
  return { fetch, signals, release: () => held.pop()?.() };
}

describe('a cached token', () => {
  it('is handed out at once, without a promise, until the refresh margin', async () => {
    const time = clock();
    const fetch = tokenServer(3600);
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch, now: time.now });
    const auth = oauth2Auth(tokens);
    const input = { method: 'GET', url: 'https://numbers.api.sinch.com/v1/x' };
    expect(tokens.readyToken?.()).toBeUndefined();
    const first = auth.authorize(input);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toEqual({ Authorization: 'Bearer token-1' });
    const second = auth.authorize(input);
    expect(second).toEqual({ Authorization: 'Bearer token-1' });
    expect(second).not.toBeInstanceOf(Promise);
    // Shared by the requests that carry it, so it cannot be changed by one of them.
    expect(Object.isFrozen(second)).toBe(true);
    time.advance((3600 - 59) * 1000);
    expect(tokens.readyToken?.()).toBeUndefined();
    const refreshed = auth.authorize(input);
    expect(refreshed).toBeInstanceOf(Promise);
    expect(await refreshed).toEqual({ Authorization: 'Bearer token-2' });
    expect(fetch.calls).toHaveLength(2);
  });

  it('works with a token provider of its own that cannot say whether it has one', async () => {
    const auth = oauth2Auth({ getToken: async () => 'mine', invalidate() {} });
    expect(await auth.authorize({ method: 'GET', url: 'https://x.example/' })).toEqual({
      Authorization: 'Bearer mine',
    });
  });
});

describe('tokenUrl', () => {
  const cases = [
    { name: 'a relative URL', given: '/oauth2/token' },
    { name: 'a URL with user info', given: 'https://user:pa55word@auth.example.test/token' },
  ];
  for (const { name, given } of cases) {
    it(`rejects ${name} without repeating it`, () => {
      const error = (() => {
        try {
          createTokenProvider({ ...key, tokenUrl: given });
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(TypeError);
      expect(error?.message).toMatch(/tokenUrl must be an absolute/);
      expect(error?.message).not.toContain('pa55word');
    });
  }
});

describe('waiting for a token', () => {
  it("ends a caller's wait when its signal aborts, with the signal's reason", async () => {
    const server = heldTokenServer();
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch: server.fetch });
    const controller = new AbortController();
    const waiting = tokens.getToken({ signal: controller.signal });
    const reason = new Error('caller gave up');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });

  it('keeps the shared request for the callers still waiting', async () => {
    const server = heldTokenServer();
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch: server.fetch });
    const quitter = new AbortController();
    const first = tokens.getToken({ signal: quitter.signal });
    const second = tokens.getToken();
    quitter.abort(new Error('gone'));
    await expect(first).rejects.toThrow('gone');
    server.release();
    expect(await second).toBe('token-1');
    expect(server.signals).toHaveLength(1);
    expect(server.signals[0]?.aborted).toBe(false);
  });

  it('abandons the request when every caller left, and the next call starts afresh', async () => {
    const server = heldTokenServer();
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch: server.fetch });
    const controller = new AbortController();
    const waiting = tokens.getToken({ signal: controller.signal });
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(server.signals[0]?.aborted).toBe(true);
    const next = tokens.getToken();
    server.release();
    expect(await next).toBe('token-1');
    expect(server.signals).toHaveLength(2);
  });

  it('bounds a request nobody cancels with its own timeout', async () => {
    const server = heldTokenServer();
    const tokens = createTokenProvider({
      ...key,
      tokenUrl: TOKEN_URL,
      fetch: server.fetch,
      timeoutMs: 5,
    });
    const error = (await tokens.getToken().catch((e: unknown) => e)) as OAuth2TokenError;
    expect(error).toBeInstanceOf(OAuth2TokenError);
    expect(error.failure).toBe('timeout');
    expect(error.message).toMatch(/did not answer within 5 ms/);
    expect(server.signals[0]?.aborted).toBe(true);
  });
});

describe('invalidate', () => {
  it('drops only the token that was refused', async () => {
    const time = clock();
    const fetch = tokenServer(3600);
    const tokens = createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch, now: time.now });
    expect(await tokens.getToken()).toBe('token-1');
    tokens.invalidate('token-1');
    expect(await tokens.getToken()).toBe('token-2');
    // A late 401 for the old token must not throw the new one away.
    tokens.invalidate('token-1');
    expect(await tokens.getToken()).toBe('token-2');
    tokens.invalidate();
    expect(await tokens.getToken()).toBe('token-3');
    expect(fetch.calls).toHaveLength(3);
  });

  it('reads the refused token from the headers the middleware handed out', async () => {
    const fetch = tokenServer(3600);
    const auth = oauth2Auth(createTokenProvider({ ...key, tokenUrl: TOKEN_URL, fetch }));
    const sent = await auth.authorize({ method: 'GET', url: 'https://api.test/' });
    auth.invalidate(sent);
    const fresh = await auth.authorize({ method: 'GET', url: 'https://api.test/' });
    expect(fresh.Authorization).toBe('Bearer token-2');
    auth.invalidate(sent);
    const kept = await auth.authorize({ method: 'GET', url: 'https://api.test/' });
    expect(kept.Authorization).toBe('Bearer token-2');
  });
});
