import { describe, expect, it } from 'vitest';
import { UnauthorizedError } from '../src/index.js';
import {
  activeNumber,
  faultClient,
  KEY_ID,
  KEY_SECRET,
  NUMBER,
  numberPath,
} from './support/client.js';
import { DEFAULT_TOKEN, reply, TOKEN_PATH, useFaultServer } from './support/fault-server.js';

const server = useFaultServer();

const apiCalls = () => server.requests.filter((r) => r.path !== TOKEN_PATH);
const tokenCalls = () => server.requests.filter((r) => r.path === TOKEN_PATH);

describe('OAuth2 (the default)', () => {
  it('fetches one token for many concurrent calls and sends it as a bearer token', async () => {
    server.script(`GET ${numberPath()}`, reply.json(200, activeNumber));
    // A generous timeout: the counts below must not depend on how busy the machine is.
    const { numbers } = faultClient(server, { timeoutMs: 30_000 });
    await Promise.all(
      Array.from({ length: 25 }, () => numbers.activeNumber.get({ phoneNumber: NUMBER })),
    );
    expect(tokenCalls()).toHaveLength(1);
    expect(tokenCalls()[0]?.headers.authorization).toBe(`Basic ${btoa(`${KEY_ID}:${KEY_SECRET}`)}`);
    expect(tokenCalls()[0]?.body).toBe('grant_type=client_credentials');
    expect(apiCalls()).toHaveLength(25);
    expect(new Set(apiCalls().map((r) => r.headers.authorization))).toEqual(
      new Set([`Bearer ${DEFAULT_TOKEN}`]),
    );
  });

  it('on a 401 refreshes the token once and retries once, even for a billable call', async () => {
    server.script(
      `POST ${TOKEN_PATH}`,
      reply.json(200, { access_token: 'revoked-token', expires_in: 3600 }),
      reply.json(200, { access_token: 'fresh-token', expires_in: 3600 }),
    );
    server.script(
      `POST ${numberPath(':release')}`,
      reply.error(401, 'UNAUTHENTICATED'),
      reply.json(200, activeNumber),
    );
    const { numbers } = faultClient(server);
    await numbers.activeNumber.release({ phoneNumber: NUMBER });
    expect(tokenCalls()).toHaveLength(2);
    expect(apiCalls().map((r) => r.headers.authorization)).toEqual([
      'Bearer revoked-token',
      'Bearer fresh-token',
    ]);
  });

  it('gives up with UnauthorizedError when the fresh token is refused too', async () => {
    server.script(`GET ${numberPath()}`, reply.error(401, 'UNAUTHENTICATED'));
    const { numbers } = faultClient(server);
    await expect(numbers.activeNumber.get({ phoneNumber: NUMBER })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(apiCalls()).toHaveLength(2);
    expect(tokenCalls()).toHaveLength(2);
  });

  it('reports refused credentials from the token endpoint without calling the API', async () => {
    server.script(`POST ${TOKEN_PATH}`, reply.json(401, { error: 'invalid_client' }));
    const { numbers } = faultClient(server);
    const error = await numbers.activeNumber.get({ phoneNumber: NUMBER }).catch((e) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.message).toMatch(/invalid_client/);
    expect(apiCalls()).toHaveLength(0);
    expect(tokenCalls()).toHaveLength(1);
  });
});

describe('Basic auth', () => {
  it('sends the key on every call and does not retry a 401', async () => {
    server.script(`GET ${numberPath()}`, reply.error(401, 'UNAUTHENTICATED'));
    const { numbers } = faultClient(server, { authentication: 'basic' });
    await expect(numbers.activeNumber.get({ phoneNumber: NUMBER })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(tokenCalls()).toHaveLength(0);
    expect(apiCalls()).toHaveLength(1);
    expect(apiCalls()[0]?.headers.authorization).toBe(`Basic ${btoa(`${KEY_ID}:${KEY_SECRET}`)}`);
  });
});

describe('client options', () => {
  const cases = [
    {
      name: 'a missing projectId',
      given: { projectId: '' },
      want: /projectId must be a non-empty string/,
    },
    { name: 'a missing key secret', given: { keySecret: undefined }, want: /keySecret/ },
    {
      name: 'an unknown authentication',
      given: { authentication: 'digest' },
      want: /authentication must be/,
    },
    {
      name: 'a negative maxRetries',
      given: { maxRetries: -1 },
      want: /maxRetries must be an integer from 0 to 100/,
    },
    {
      name: 'a zero timeout',
      given: { timeoutMs: 0 },
      want: /timeoutMs must be a number of milliseconds from 1 to 2147483647/,
    },
  ];
  for (const { name, given, want } of cases) {
    it(`rejects ${name}`, () => {
      expect(() => faultClient(server, given as never)).toThrow(want);
    });
  }
});
