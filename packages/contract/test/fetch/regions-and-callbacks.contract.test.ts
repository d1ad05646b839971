import { expect, it } from 'vitest';
import { numbersFetchClient } from '../support/fetch-client.js';
import { describeOperation } from '../support/operations.js';

describeOperation('NumberService_ListAvailableRegions', 'fetch', () => {
  it('lists regions filtered by repeated types', async () => {
    const { client, fetch } = numbersFetchClient();
    const { data } = await client.GET('/v1/projects/{projectId}/availableRegions', {
      params: { query: { types: ['LOCAL', 'MOBILE'] } },
    });
    expect(data?.availableRegions?.map((r) => r.regionCode)).toContain('US');
    expect(new URL(fetch.requests.at(-1)?.url ?? '').searchParams.getAll('types')).toEqual([
      'LOCAL',
      'MOBILE',
    ]);
  });
});

describeOperation('GetCallbackConfiguration', 'fetch', () => {
  it('reads the HMAC secret setting', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.GET('/v1/projects/{projectId}/callbackConfiguration');
    expect(data?.hmacSecret).toBeTruthy();
  });
});

describeOperation('UpdateCallbackConfiguration', 'fetch', () => {
  it('sets a new HMAC secret', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.PATCH('/v1/projects/{projectId}/callbackConfiguration', {
      body: { hmacSecret: '0123456789abcdef0123456789abcdef' },
    });
    expect(data?.projectId).toBeTruthy();
  });
});
