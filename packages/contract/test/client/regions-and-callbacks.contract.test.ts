import { expect, it } from 'vitest';
import { PROJECT_ID } from '../support/fetch-client.js';
import { numbersHighLevelClient } from '../support/high-level-client.js';
import { describeOperation } from '../support/operations.js';

describeOperation('NumberService_ListAvailableRegions', 'client', () => {
  it('lists regions as one page, filtered by repeated types', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const page = await numbers.availableRegions.list({ types: ['LOCAL', 'MOBILE'] });
    expect(page.hasNextPage).toBe(false);
    expect(page.data.map((r) => r.regionCode)).toEqual(['US', 'GB', 'SE']);
    expect(page.data[0]).toEqual({
      regionCode: 'US',
      regionName: 'United States',
      types: ['LOCAL', 'TOLL_FREE'],
    });
    expect(new URL(fetch.requests.at(-1)?.url ?? '').searchParams.getAll('types')).toEqual([
      'LOCAL',
      'MOBILE',
    ]);
  });

  it('lists every region without arguments', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const regions = await numbers.availableRegions.list().toArray();
    expect(regions).toHaveLength(3);
    expect(new URL(fetch.requests.at(-1)?.url ?? '').search).toBe('');
  });
});

describeOperation('GetCallbackConfiguration', 'client', () => {
  it('reads the HMAC secret setting (no arguments, options only)', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const config = await numbers.callbackConfiguration.get({}, { timeoutMs: 30_000 });
    expect(config).toEqual({
      projectId: PROJECT_ID,
      hmacSecret: 'd3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e',
    });
    expect(fetch.requests.at(-1)?.url).toMatch(
      new RegExp(`/v1/projects/${PROJECT_ID}/callbackConfiguration$`),
    );
  });
});

describeOperation('UpdateCallbackConfiguration', 'client', () => {
  it('sets a new HMAC secret with PATCH', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const config = await numbers.callbackConfiguration.update({
      hmacSecret: '0123456789abcdef0123456789abcdef',
    });
    expect(config.projectId).toBe(PROJECT_ID);
    const sent = fetch.requests.at(-1) as Request;
    expect(sent.method).toBe('PATCH');
    expect(await sent.json()).toEqual({ hmacSecret: '0123456789abcdef0123456789abcdef' });
  });
});
