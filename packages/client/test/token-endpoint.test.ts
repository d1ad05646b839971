/**
 * A token endpoint that stalls, fails or answers nonsense: every call stays bounded by its own
 * timeout and signal, fails with a typed error naming the token endpoint, never reaches the API
 * without a token, and the next call tries afresh.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  ConnectionError,
  InvalidResponseError,
  TimeoutError,
  UnauthorizedError,
} from '../src/index.js';
import { activeNumber, faultClient, NUMBER, numberPath } from './support/client.js';
import { reply, TOKEN_PATH, useFaultServer } from './support/fault-server.js';

const server = useFaultServer();
const apiCalls = () => server.requests.filter((r) => r.path !== TOKEN_PATH);
const tokenCalls = () => server.requests.filter((r) => r.path === TOKEN_PATH);

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('a token endpoint that never answers', () => {
  it("ends each call at the call's timeout, naming the token endpoint", async () => {
    server.script(`POST ${TOKEN_PATH}`, reply.stall());
    const { numbers } = faultClient(server, { timeoutMs: 50, maxRetries: 0 });
    for (let call = 0; call < 2; call++) {
      const error = await numbers.activeNumber.get({ phoneNumber: NUMBER }).catch((e) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error.endpoint).toBe('token');
      expect(error.message).toContain(`${server.url}${TOKEN_PATH}`);
    }
    expect(apiCalls()).toHaveLength(0);
  });

  it("ends the call with the caller's abort reason", async () => {
    server.script(`POST ${TOKEN_PATH}`, reply.stall());
    // The real clock with a long limit: the caller's abort, not a time limit, ends the wait.
    const { numbers } = faultClient(server, { timeoutMs: 60_000, startTimer: undefined });
    const controller = new AbortController();
    const call = numbers.activeNumber.get({ phoneNumber: NUMBER }, { signal: controller.signal });
    const reason = new Error('shutting down');
    setTimeout(() => controller.abort(reason), 20);
    await expect(call).rejects.toBe(reason);
    expect(apiCalls()).toHaveLength(0);
  });

  it('lets the next call fetch a token afresh', async () => {
    // Its own token path and a switch rather than a sequence: an aborted request may or may not
    // have reached the server, and requests of earlier tests may still arrive.
    const tokenPath = '/oauth2/token-afresh';
    let stalling = true;
    server.script(
      `POST ${tokenPath}`,
      reply.decide(() =>
        stalling ? reply.stall() : reply.json(200, { access_token: 'fresh', expires_in: 3600 }),
      ),
    );
    server.script(`GET ${numberPath()}`, reply.json(200, activeNumber));
    const { numbers } = faultClient(server, {
      timeoutMs: 50,
      maxRetries: 0,
      tokenUrl: `${server.url}${tokenPath}`,
    });
    await expect(numbers.activeNumber.get({ phoneNumber: NUMBER })).rejects.toBeInstanceOf(
      TimeoutError,
    );
    stalling = false;
    await expect(
      numbers.activeNumber.get({ phoneNumber: NUMBER }, { timeoutMs: 30_000 }),
    ).resolves.toMatchObject({ phoneNumber: NUMBER });
    const authorizations = apiCalls()
      .filter((r) => r.path === numberPath())
      .map((r) => r.headers.authorization);
    expect(authorizations).toEqual(['Bearer fresh']);
  }, 60_000);
});

describe('a token endpoint that fails or answers nonsense', () => {
  it('reports an unreachable endpoint as a ConnectionError naming it, not the API', async () => {
    const tokenUrl = `http://127.0.0.1:${await closedPort()}/oauth2/token`;
    const { numbers } = faultClient(server, { tokenUrl, maxRetries: 0 });
    const error = await numbers.activeNumber.get({ phoneNumber: NUMBER }).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.endpoint).toBe('token');
    expect(error.request.url).toBe(tokenUrl);
    expect(error.message).toContain(tokenUrl);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  const nonsense = [
    {
      name: 'garbage instead of JSON',
      given: reply.text(200, 'not json', 'text/plain'),
      want: /without a JSON object/,
    },
    { name: 'no expires_in', given: reply.json(200, { access_token: 't' }), want: /expires_in/ },
    {
      name: 'expires_in 0',
      given: reply.json(200, { access_token: 't', expires_in: 0 }),
      want: /expires_in/,
    },
    {
      name: 'an empty access_token',
      given: reply.json(200, { access_token: '', expires_in: 60 }),
      want: /access_token/,
    },
    {
      name: 'a token with CRLF',
      given: reply.json(200, { access_token: 'abc\r\nX-Injected: 1', expires_in: 60 }),
      want: /cannot be sent in a header/,
    },
  ];
  for (const { name, given, want } of nonsense) {
    it(`reports ${name} as InvalidResponseError from the token endpoint, sending nothing`, async () => {
      server.script(`POST ${TOKEN_PATH}`, given);
      const { numbers } = faultClient(server, { maxRetries: 0 });
      const error = await numbers.activeNumber.get({ phoneNumber: NUMBER }).catch((e) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.request.url).toBe(`${server.url}${TOKEN_PATH}`);
      expect(error.message).toMatch(want);
      expect(error.message).not.toContain('X-Injected');
      expect(apiCalls()).toHaveLength(0);
    });
  }

  it('does not retry a refused credential with a refreshed token', async () => {
    server.script(`POST ${TOKEN_PATH}`, reply.json(401, { error: 'invalid_client' }));
    const { numbers } = faultClient(server);
    await expect(numbers.activeNumber.get({ phoneNumber: NUMBER })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(tokenCalls()).toHaveLength(1);
  });
});

describe('a revoked token', () => {
  it('costs one token request however many calls were in flight with it', async () => {
    let issued = 0;
    server.script(
      `POST ${TOKEN_PATH}`,
      reply.decide(() =>
        reply.json(200, { access_token: issued++ === 0 ? 'revoked' : 'fresh', expires_in: 3600 }),
      ),
    );
    server.script(
      `GET ${numberPath()}`,
      reply.decide((request) =>
        request.headers.authorization === 'Bearer revoked'
          ? reply.error(401, 'UNAUTHENTICATED')
          : reply.json(200, activeNumber),
      ),
    );
    const { numbers } = faultClient(server, { timeoutMs: 30_000 });
    const calls = 300;
    const results = await Promise.all(
      Array.from({ length: calls }, () => numbers.activeNumber.get({ phoneNumber: NUMBER })),
    );
    expect(results).toHaveLength(calls);
    expect(tokenCalls()).toHaveLength(2);
  }, 60_000);
});
