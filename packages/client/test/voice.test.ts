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
    expect(sent?.headers['x-timestamp']).toBe('2026-01-15T10:30:00Z');
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
      'GET /v1/calling/query/number/%2B12025550134',
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
