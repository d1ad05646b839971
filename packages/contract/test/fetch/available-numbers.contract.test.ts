import { expect, it } from 'vitest';
import { NUMBER, numbersFetchClient } from '../support/fetch-client.js';
import { describeOperation } from '../support/operations.js';

describeOperation('NumberService_ListAvailableNumbers', 'fetch', () => {
  it('searches with dotted pattern names and repeated capabilities', async () => {
    const { client, fetch } = numbersFetchClient();
    const { data, error } = await client.GET('/v1/projects/{projectId}/availableNumbers', {
      params: {
        query: {
          regionCode: 'US',
          type: 'LOCAL',
          'numberPattern.pattern': '+1202',
          'numberPattern.searchPattern': 'START',
          capabilities: ['SMS', 'VOICE'],
          size: 5,
        },
      },
    });
    expect(error).toBeUndefined();
    expect(data?.availableNumbers?.[0]?.phoneNumber).toMatch(/^\+\d+$/);
    const url = new URL(fetch.requests.at(-1)?.url ?? '');
    expect(url.searchParams.getAll('capabilities')).toEqual(['SMS', 'VOICE']);
    expect(url.searchParams.get('numberPattern.searchPattern')).toBe('START');
  });
});

describeOperation('NumberService_GetAvailableNumber', 'fetch', () => {
  it('checks one number, with + encoded in the path', async () => {
    const { client, fetch } = numbersFetchClient();
    const { data } = await client.GET('/v1/projects/{projectId}/availableNumbers/{phoneNumber}', {
      params: { path: { phoneNumber: NUMBER } },
    });
    expect(data?.monthlyPrice?.currencyCode).toBe('USD');
    expect(fetch.requests.at(-1)?.url).toContain('/availableNumbers/+12025550134');
  });
});

describeOperation('NumberService_RentNumber', 'fetch', () => {
  it('routes POST {phoneNumber}:rent to the rent operation, not the sibling GET', async () => {
    const { client, fetch } = numbersFetchClient();
    const { data, error } = await client.POST(
      '/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent',
      {
        params: { path: { phoneNumber: NUMBER } },
        body: { smsConfiguration: { servicePlanId: 'plan-1' } },
      },
    );
    expect(error).toBeUndefined();
    // The rent answer is an active number (with projectId), not an available number.
    expect(data?.projectId).toBeTruthy();
    expect(fetch.requests.at(-1)?.url).toMatch(/\/availableNumbers\/\+12025550134:rent$/);
  });

  it('sends an RTC voice configuration that the spec accepts', async () => {
    const { client } = numbersFetchClient();
    const { error } = await client.POST(
      '/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent',
      {
        params: { path: { phoneNumber: NUMBER } },
        body: { voiceConfiguration: { type: 'RTC', appId: 'app-1' } },
      },
    );
    expect(error).toBeUndefined();
  });
});

describeOperation('NumberService_RentAnyNumber', 'fetch', () => {
  it('rents any matching US local number', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.POST('/v1/projects/{projectId}/availableNumbers:rentAny', {
      body: {
        regionCode: 'US',
        type: 'LOCAL',
        capabilities: ['SMS'],
        numberPattern: { pattern: '+1202', searchPattern: 'START' },
        smsConfiguration: { servicePlanId: 'plan-1' },
      },
    });
    expect(data?.phoneNumber).toMatch(/^\+1/);
    expect(data?.type).toBe('LOCAL');
  });
});
