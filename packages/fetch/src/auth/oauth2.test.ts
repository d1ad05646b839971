import { describe, expect, it } from 'vitest';
import { json, recordingFetch, TOKEN_URL, tokenServer } from '../../test/recording-fetch.js';
import { createTokenProvider, OAuth2TokenError } from './oauth2.js';

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
      want: { status: 401, message: /answered 401: invalid_client/ },
    },
    {
      name: 'an answer without a token',
      given: () => json({ token_type: 'bearer' }),
      want: { status: 200, message: /without access_token/ },
    },
    {
      name: 'an unreachable endpoint',
      given: () => Promise.reject(new TypeError('fetch failed')),
      want: { status: undefined, message: /token request to .* failed/ },
    },
  ];
  for (const { name, given, want } of failures) {
    it(`reports ${name} without leaking the secret`, async () => {
      const tokens = createTokenProvider({
        ...key,
        tokenUrl: TOKEN_URL,
        fetch: recordingFetch(given),
      });
      const error = (await tokens.getToken().catch((e: unknown) => e)) as OAuth2TokenError;
      expect(error).toBeInstanceOf(OAuth2TokenError);
      expect(error.status).toBe(want.status);
      expect(error.message).toMatch(want.message);
      const everything = JSON.stringify([error.message, String(error.cause), error.stack]);
      expect(everything).not.toContain(key.keySecret);
      expect(everything).not.toContain(btoa(`${key.keyId}:${key.keySecret}`));
    });
  }
});
