import { describe, expect, it } from 'vitest';
import { json, recordingFetch, TOKEN_URL, tokenServer } from '../test/recording-fetch.js';
import { createNumbersClient } from './numbers-client.js';

const basic = { type: 'basic', keyId: 'key-id', keySecret: 'key-secret' } as const;

function basicClient(fetch = recordingFetch()) {
  return { fetch, client: createNumbersClient({ projectId: 'project-1', auth: basic, fetch }) };
}

describe('createNumbersClient: URLs', () => {
  it("fills projectId, sends the phone number's + literally and keeps :rent literal", async () => {
    const { fetch, client } = basicClient();
    await client.POST('/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent', {
      params: { path: { phoneNumber: '+12025550134' } },
      body: { smsConfiguration: { servicePlanId: 'plan-1' } },
    });
    const [call] = fetch.calls;
    expect(call?.request.method).toBe('POST');
    expect(call?.url.href).toBe(
      'https://numbers.api.sinch.com/v1/projects/project-1/availableNumbers/+12025550134:rent',
    );
    expect(JSON.parse(call?.body ?? '')).toEqual({ smsConfiguration: { servicePlanId: 'plan-1' } });
  });

  it('fills projectId when a call has no params at all', async () => {
    const { fetch, client } = basicClient();
    await client.POST('/v1/projects/{projectId}/availableNumbers:rentAny', {
      body: { regionCode: 'US', type: 'LOCAL' },
    });
    expect(fetch.calls[0]?.url.pathname).toBe('/v1/projects/project-1/availableNumbers:rentAny');
  });

  it('lets a call override the configured projectId', async () => {
    const { fetch, client } = basicClient();
    await client.GET('/v1/projects/{projectId}/availableRegions', {
      params: { path: { projectId: 'other-project' } },
    });
    expect(fetch.calls[0]?.url.pathname).toBe('/v1/projects/other-project/availableRegions');
  });

  it('sends dotted query names as they are and repeats array parameters', async () => {
    const { fetch, client } = basicClient();
    await client.GET('/v1/projects/{projectId}/availableNumbers', {
      params: {
        query: {
          regionCode: 'US',
          type: 'LOCAL',
          'numberPattern.pattern': '+1202',
          'numberPattern.searchPattern': 'START',
          capabilities: ['SMS', 'VOICE'],
          size: 10,
        },
      },
    });
    const url = fetch.calls[0]?.url;
    expect(url?.searchParams.get('numberPattern.pattern')).toBe('+1202');
    expect(url?.search).toContain('numberPattern.pattern=%2B1202');
    expect(url?.searchParams.get('numberPattern.searchPattern')).toBe('START');
    expect(url?.searchParams.getAll('capabilities')).toEqual(['SMS', 'VOICE']);
    expect(url?.search).not.toMatch(/numberPattern\[/);
  });

  it('uses baseUrl instead of the region host when given', async () => {
    const fetch = recordingFetch();
    const client = createNumbersClient({
      projectId: 'p',
      auth: basic,
      fetch,
      baseUrl: 'http://127.0.0.1:4010/',
    });
    await client.GET('/v1/projects/{projectId}/callbackConfiguration');
    expect(fetch.calls[0]?.url.href).toBe(
      'http://127.0.0.1:4010/v1/projects/p/callbackConfiguration',
    );
  });

  it('returns typed data and errors from the response', async () => {
    const fetch = recordingFetch(() =>
      json({ error: { code: 404, message: 'not found', status: 'NOT_FOUND', details: [] } }, 404),
    );
    const { client } = basicClient(fetch);
    const { data, error, response } = await client.GET(
      '/v1/projects/{projectId}/activeNumbers/{phoneNumber}',
      { params: { path: { phoneNumber: '+12025550134' } } },
    );
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ error: { status: 'NOT_FOUND' } });
  });
});

describe('createNumbersClient: options', () => {
  const cases = [
    { name: 'empty projectId', given: { projectId: '', auth: basic }, want: /projectId/ },
    {
      name: 'missing key secret',
      given: { projectId: 'p', auth: { type: 'basic', keyId: 'k', keySecret: '' } },
      want: /auth\.keySecret/,
    },
    {
      name: 'unknown auth type',
      given: { projectId: 'p', auth: { type: 'digest', keyId: 'k', keySecret: 's' } },
      want: /auth\.type/,
    },
    {
      name: 'unknown region',
      given: { projectId: 'p', auth: basic, region: 'mars' },
      want: /region/,
    },
  ];
  for (const { name, given, want } of cases) {
    it(`rejects ${name} with an error naming the field`, () => {
      expect(() => createNumbersClient(given as never)).toThrow(want);
    });
  }
});

describe('createNumbersClient: auth', () => {
  it('sends Basic credentials', async () => {
    const { fetch, client } = basicClient();
    await client.GET('/v1/projects/{projectId}/availableRegions');
    expect(fetch.calls[0]?.request.headers.get('authorization')).toBe(
      `Basic ${btoa('key-id:key-secret')}`,
    );
  });

  it('fetches one OAuth2 token for 50 concurrent calls and sends it as a bearer token', async () => {
    const fetch = tokenServer();
    const client = createNumbersClient({
      projectId: 'p',
      auth: { type: 'oauth2', keyId: 'key-id', keySecret: 'key-secret', tokenUrl: TOKEN_URL },
      fetch,
    });
    await Promise.all(
      Array.from({ length: 50 }, () => client.GET('/v1/projects/{projectId}/availableRegions')),
    );
    const tokenCalls = fetch.calls.filter((c) => c.url.href === TOKEN_URL);
    const apiCalls = fetch.calls.filter((c) => c.url.href !== TOKEN_URL);
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0]?.request.headers.get('authorization')).toBe(
      `Basic ${btoa('key-id:key-secret')}`,
    );
    expect(tokenCalls[0]?.body).toBe('grant_type=client_credentials');
    expect(apiCalls).toHaveLength(50);
    for (const call of apiCalls) {
      expect(call.request.headers.get('authorization')).toBe('Bearer token-1');
    }
  });

  it('fetches a new token after invalidate()', async () => {
    const fetch = tokenServer();
    const client = createNumbersClient({
      projectId: 'p',
      auth: { type: 'oauth2', keyId: 'k', keySecret: 's', tokenUrl: TOKEN_URL },
      fetch,
    });
    await client.GET('/v1/projects/{projectId}/availableRegions');
    client.auth.invalidate();
    await client.GET('/v1/projects/{projectId}/availableRegions');
    const bearers = fetch.calls
      .filter((c) => c.url.href !== TOKEN_URL)
      .map((c) => c.request.headers.get('authorization'));
    expect(bearers).toEqual(['Bearer token-1', 'Bearer token-2']);
  });
});
