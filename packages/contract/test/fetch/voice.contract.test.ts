import { expect, it } from 'vitest';
import { describeOperation } from '../support/operations.js';
import { APPLICATION_KEY, voiceFetchClient } from '../support/voice-clients.js';

const signed = /^Application 5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60:[A-Za-z0-9+/]+=*$/;

describeOperation('Configuration_GetNumbers', 'fetch', () => {
  it('lists numbers with their app assignments, with a signed request', async () => {
    const { voice, fetch } = voiceFetchClient();
    const { data } = await voice.GET('/v1/configuration/numbers');
    expect(data?.numbers?.[0]?.capability).toBe('voice');
    expect(fetch.requests.at(-1)?.headers.get('authorization')).toMatch(signed);
    expect(fetch.requests.at(-1)?.headers.get('x-timestamp')).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
    );
  });
});

describeOperation('Configuration_UpdateNumbers', 'fetch', () => {
  it('assigns numbers to an app (204)', async () => {
    const { voice } = voiceFetchClient();
    const { response } = await voice.POST('/v1/configuration/numbers', {
      body: { numbers: ['+12025550134'], applicationkey: APPLICATION_KEY, capability: 'voice' },
      parseAs: 'text',
    });
    expect(response.status).toBe(204);
  });
});

describeOperation('Configuration_UnassignNumber', 'fetch', () => {
  it('removes an assignment (204) with a DELETE body', async () => {
    const { voice, fetch } = voiceFetchClient();
    const { response } = await voice.DELETE('/v1/configuration/numbers', {
      body: { number: '+12025550134', applicationkey: APPLICATION_KEY, capability: 'voice' },
      parseAs: 'text',
    });
    expect(response.status).toBe(204);
    expect(await fetch.requests.at(-1)?.json()).toMatchObject({ number: '+12025550134' });
  });
});

describeOperation('Configuration_GetCallbackURLs', 'fetch', () => {
  it('reads the callback URLs of an app', async () => {
    const { voice } = voiceFetchClient();
    const { data } = await voice.GET('/v1/configuration/callbacks/applications/{applicationkey}', {
      params: { path: { applicationkey: APPLICATION_KEY } },
    });
    expect(data?.url?.primary).toMatch(/^https:\/\//);
  });
});

describeOperation('Configuration_UpdateCallbackURLs', 'fetch', () => {
  it('replaces the callback URLs of an app (204)', async () => {
    const { voice } = voiceFetchClient();
    const { response } = await voice.POST(
      '/v1/configuration/callbacks/applications/{applicationkey}',
      {
        params: { path: { applicationkey: APPLICATION_KEY } },
        body: {
          url: {
            primary: 'https://example.com/voice',
            fallback: 'https://backup.example.com/voice',
          },
        },
        parseAs: 'text',
      },
    );
    expect(response.status).toBe(204);
  });
});

describeOperation('Calling_QueryNumber', 'fetch', () => {
  it('looks a number up, + encoded in the path', async () => {
    const { voice, fetch } = voiceFetchClient();
    const { data } = await voice.GET('/v1/calling/query/number/{number}', {
      params: { path: { number: '+46730170101' } },
    });
    expect(data?.number?.normalizedNumber).toBe('+46730170101');
    expect(fetch.requests.at(-1)?.url).toMatch(/\/query\/number\/\+46730170101$/);
  });
});
