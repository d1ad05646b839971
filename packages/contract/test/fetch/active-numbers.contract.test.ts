import { expect, it } from 'vitest';
import { NUMBER, numbersFetchClient } from '../support/fetch-client.js';
import { describeOperation } from '../support/operations.js';

describeOperation('NumberService_ListActiveNumbers', 'fetch', () => {
  it('lists one page with the singular capability filter and a page size', async () => {
    const { client, fetch } = numbersFetchClient();
    const { data } = await client.GET('/v1/projects/{projectId}/activeNumbers', {
      params: {
        query: {
          regionCode: 'US',
          type: 'LOCAL',
          capability: ['SMS', 'VOICE'],
          pageSize: 10,
          orderBy: 'phoneNumber',
          'numberPattern.pattern': '555',
          'numberPattern.searchPattern': 'CONTAINS',
        },
      },
    });
    expect(Array.isArray(data?.activeNumbers)).toBe(true);
    expect(typeof data?.totalSize).toBe('number');
    expect(new URL(fetch.requests.at(-1)?.url ?? '').searchParams.getAll('capability')).toEqual([
      'SMS',
      'VOICE',
    ]);
  });
});

describeOperation('NumberService_GetActiveNumber', 'fetch', () => {
  it('reads one active number', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.GET('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', {
      params: { path: { phoneNumber: NUMBER } },
    });
    expect(data?.phoneNumber).toBe(NUMBER);
  });
});

describeOperation('NumberService_UpdateActiveNumber', 'fetch', () => {
  it('updates the display name and an EST voice configuration', async () => {
    const { client, fetch } = numbersFetchClient();
    const { data } = await client.PATCH('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', {
      params: { path: { phoneNumber: NUMBER } },
      body: { displayName: 'Front desk', voiceConfiguration: { type: 'EST', trunkId: 'trunk-1' } },
    });
    expect(data?.phoneNumber).toBe(NUMBER);
    expect(await fetch.requests.at(-1)?.json()).toEqual({
      displayName: 'Front desk',
      voiceConfiguration: { type: 'EST', trunkId: 'trunk-1' },
    });
  });
});

describeOperation('NumberService_ReleaseNumber', 'fetch', () => {
  it('routes POST {phoneNumber}:release and returns the released number', async () => {
    const { client, fetch } = numbersFetchClient();
    const { data } = await client.POST(
      '/v1/projects/{projectId}/activeNumbers/{phoneNumber}:release',
      { params: { path: { phoneNumber: NUMBER } } },
    );
    expect(data?.phoneNumber).toBe(NUMBER);
    expect(fetch.requests.at(-1)?.url).toMatch(/\/activeNumbers\/\+12025550134:release$/);
  });
});
