/** The voiceApplications group: signed requests, default application key, errors, retries. */
import { describe, expect, it } from 'vitest';
import { SinchClient, UnauthorizedError, ValidationError } from '../src/index.js';
import { reply, useFaultServer } from './support/fault-server.js';

const APP_KEY = 'app-key-1';
const APP_SECRET = btoa('voice-secret-bytes');

const server = useFaultServer();

function voiceClient(overrides: Record<string, unknown> = {}) {
  return new SinchClient({
    projectId: 'p',
    keyId: 'k',
    keySecret: 's',
    applicationKey: APP_KEY,
    applicationSecret: APP_SECRET,
    voiceBaseUrl: server.url,
    now: () => Date.parse('2026-01-15T10:30:00.500Z'),
    sleep: async () => {},
    ...overrides,
  });
}

describe('voiceApplications', () => {
  it('signs requests and fills in the application key', async () => {
    server.script(
      'POST /v1/configuration/callbacks/applications/app-key-1',
      reply.text(204, '', 'text/plain'),
    );
    await voiceClient().voiceApplications.updateCallbackURLs({
      url: { primary: 'https://example.com/voice', fallback: 'https://backup.example.com/voice' },
    });
    const [sent] = server.requests;
    expect(sent?.path).toBe('/v1/configuration/callbacks/applications/app-key-1');
    expect(sent?.headers['x-timestamp']).toBe('2026-01-15T10:30:00.500Z');
    expect(sent?.headers.authorization).toMatch(/^Application app-key-1:[A-Za-z0-9+/]{43}=$/);
    expect(String(sent?.headers.authorization)).not.toContain(APP_SECRET);
  });

  it('uses Basic with the application key and secret when asked', async () => {
    server.script('GET /v1/configuration/numbers', reply.json(200, { numbers: [] }));
    await voiceClient({ voiceAuthentication: 'basic' }).voiceApplications.listNumbers();
    expect(server.requests[0]?.headers.authorization).toBe(
      `Basic ${btoa(`${APP_KEY}:${APP_SECRET}`)}`,
    );
  });

  it('assigns numbers to the configured app by default, or to the one given', async () => {
    server.script('POST /v1/configuration/numbers', reply.text(204, '', 'text/plain'));
    const { voiceApplications } = voiceClient();
    await voiceApplications.assignNumbers({ numbers: ['+12025550134'], capability: 'voice' });
    await voiceApplications.assignNumbers({
      numbers: ['+12025550134'],
      applicationkey: 'other-app',
    });
    expect(server.requests.map((r) => JSON.parse(r.body).applicationkey)).toEqual([
      APP_KEY,
      'other-app',
    ]);
  });

  it('reads the Voice error body into the typed error', async () => {
    server.script(
      'GET /v1/configuration/numbers',
      reply.json(401, {
        status: '401 Unauthorized',
        errorCode: '40102',
        message: 'Invalid signature',
        reference: 'ref-9',
      }),
    );
    const error = await voiceClient()
      .voiceApplications.listNumbers()
      .catch((e) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({
      status: 401,
      code: '40102',
      apiMessage: 'Invalid signature',
      requestId: 'ref-9',
    });
    // A signed request is not retried on 401: there is no token to refresh.
    expect(server.requests).toHaveLength(1);
  });

  it('retries safe voice calls on 503', async () => {
    server.script(
      'GET /v1/calling/query/number/+12025550134',
      reply.error(503, 'UNAVAILABLE'),
      reply.json(200, { number: {} }),
    );
    await voiceClient().voiceApplications.queryNumber({ number: '+12025550134' });
    expect(server.requests).toHaveLength(2);
  });

  it('validates before sending', async () => {
    const error = await voiceClient()
      .voiceApplications.assignNumbers({ numbers: ['12025550134'], capability: 'voice' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe('numbers[0]');
    expect(server.requests).toHaveLength(0);
  });

  it('is unavailable, with a clear message, without application credentials', () => {
    const client = new SinchClient({ projectId: 'p', keyId: 'k', keySecret: 's', env: false });
    expect(() => client.voiceApplications).toThrow(/needs applicationKey, applicationSecret/);
  });

  it('works with voice credentials only; numbers then says what it needs', async () => {
    server.script('GET /v1/configuration/numbers', reply.json(200, { numbers: [] }));
    const client = new SinchClient({
      applicationKey: APP_KEY,
      applicationSecret: APP_SECRET,
      voiceBaseUrl: server.url,
      env: false,
    });
    expect(await client.voiceApplications.listNumbers()).toEqual({ numbers: [] });
    expect(() => client.numbers).toThrow(/numbers needs projectId, keyId, keySecret/);
  });

  it('refuses options with no credentials at all', () => {
    expect(() => new SinchClient({ env: false })).toThrow(
      /need projectId, keyId and keySecret .* or both/,
    );
  });

  it('is also reachable as voice.applications, like the official SDK', () => {
    const client = voiceClient();
    expect(client.voice.applications).toBe(client.voiceApplications);
  });
});

/*
 * The official SDK's signatures for these requests, computed with its own signing function
 * (`generateAuthorizationHeader` of @sinch/sdk-core 1.4.0); see also the low-level client's
 * vectors in packages/fetch and packages/bench/test/sdk-signing.test.ts.
 */
describe('voiceApplications sends what the official SDK sends', () => {
  const TIMESTAMP = '2026-01-15T10:30:00.123Z';
  const sdkClient = () =>
    voiceClient({
      applicationSecret: 'c2VjcmV0LWtleS1mb3ItdGVzdHM=',
      now: () => Date.parse(TIMESTAMP),
    }).voiceApplications;
  const cases = [
    {
      name: 'GET',
      route: 'GET /v1/configuration/numbers',
      call: () => sdkClient().listNumbers(),
      want: '2Oc+HbGRM4US+NW9lXxUTim8NT+igMY7Y+rioy0r3ms=',
    },
    {
      name: 'POST with a body',
      route: 'POST /v1/configuration/numbers',
      call: () =>
        sdkClient().assignNumbers({
          numbers: ['+12025550134'],
          applicationkey: 'app-key-1',
          capability: 'voice',
        }),
      want: 'PsiZIXlpvWNVahLVNRp+PJMFjQAyeleuYmVqNvoDl5U=',
    },
    {
      name: 'DELETE with a body',
      route: 'DELETE /v1/configuration/numbers',
      call: () =>
        sdkClient().unassignNumber({
          number: '+12025550134',
          applicationkey: 'app-key-1',
          capability: 'voice',
        }),
      want: 'LDx0MtJEMIZX7f8cB0+kBoGlOiX++8x/IJ+7wO7tEKw=',
    },
    {
      name: 'GET of a path with a literal +',
      route: 'GET /v1/calling/query/number/+12025550134',
      call: () => sdkClient().queryNumber({ number: '+12025550134' }),
      want: 'lIRJMZJawBqsCSZtyHAa9Y/4A1y2EsVIWEo67DUEHkg=',
    },
  ];
  for (const { name, route, call, want } of cases) {
    it(`${name}: exact content type, timestamp and signature`, async () => {
      server.script(route, reply.json(200, {}));
      await call();
      const headers = server.requests[0]?.headers ?? {};
      expect(`${server.requests[0]?.method} ${server.requests[0]?.path}`).toBe(route);
      expect({
        'content-type': headers['content-type'],
        accept: headers.accept,
        'x-timestamp': headers['x-timestamp'],
        authorization: headers.authorization,
      }).toEqual({
        'content-type': 'application/json',
        accept: 'application/json',
        'x-timestamp': TIMESTAMP,
        authorization: `Application app-key-1:${want}`,
      });
    });
  }
});
