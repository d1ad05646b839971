import type { RentAnyNumberParams } from '@sinch-numbers/client';
import { expect, it } from 'vitest';
import { NUMBER } from '../support/fetch-client.js';
import { numbersHighLevelClient } from '../support/high-level-client.js';
import { describeOperation } from '../support/operations.js';

describeOperation('NumberService_ListAvailableNumbers', 'client', () => {
  it('resolves to one page without a next, sending dotted patterns and repeated capabilities', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const page = await numbers.availableNumber.list({
      regionCode: 'US',
      type: 'LOCAL',
      'numberPattern.pattern': '+1202',
      'numberPattern.searchPattern': 'START',
      capabilities: ['SMS', 'VOICE'],
      size: 5,
    });
    expect(page.hasNextPage).toBe(false);
    expect(page.nextPageToken).toBeUndefined();
    expect(page.data.map((n) => n.phoneNumber)).toEqual(['+12025550191', '+12025550155']);
    expect(page.data[0]?.monthlyPrice).toEqual({ currencyCode: 'USD', amount: '2.00' });
    await expect(page.nextPage()).rejects.toThrow(RangeError);

    const url = new URL(fetch.requests.at(-1)?.url ?? '');
    expect(url.searchParams.getAll('capabilities')).toEqual(['SMS', 'VOICE']);
    expect(url.searchParams.get('numberPattern.pattern')).toBe('+1202');
    expect(url.searchParams.get('numberPattern.searchPattern')).toBe('START');
    expect(url.searchParams.get('size')).toBe('5');
    expect(url.search).not.toContain('%5B');
  });

  it('iterates its single page with for await in one request', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const all = [];
    for await (const n of numbers.availableNumber.list({ regionCode: 'US', type: 'LOCAL' })) {
      all.push(n);
    }
    expect(all).toHaveLength(2);
    expect(fetch.requests).toHaveLength(1);
  });
});

describeOperation('NumberService_GetAvailableNumber', 'client', () => {
  it('checks one number, with + encoded in the path', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const offer = await numbers.availableNumber.checkAvailability({ phoneNumber: NUMBER });
    expect(offer.monthlyPrice?.currencyCode).toBe('USD');
    expect(offer.supportingDocumentationRequired).toBe(false);
    expect(fetch.requests.at(-1)?.url).toMatch(/\/availableNumbers\/\+12025550134$/);
  });
});

describeOperation('NumberService_RentNumber', 'client', () => {
  it('routes POST {phoneNumber}:rent with the configuration as the body', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const rented = await numbers.availableNumber.rent({
      phoneNumber: NUMBER,
      smsConfiguration: { servicePlanId: 'plan-1' },
    });
    // The rent answer is an active number (with projectId and a next charge date): Prism serves
    // the spec's rent example, whatever number was asked for.
    expect(rented.phoneNumber).toBe('+12025550191');
    expect(rented.projectId).toBe('a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d');
    expect(rented.nextChargeDate).toBeInstanceOf(Date);
    expect(fetch.requests).toHaveLength(1);
    const sent = fetch.requests[0] as Request;
    expect(sent.method).toBe('POST');
    expect(sent.url).toMatch(/\/availableNumbers\/\+12025550134:rent$/);
    expect(await sent.json()).toEqual({ smsConfiguration: { servicePlanId: 'plan-1' } });
  });

  it('sends an RTC voice configuration that the spec accepts', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    await numbers.availableNumber.rent({
      phoneNumber: NUMBER,
      voiceConfiguration: { type: 'RTC', appId: 'app-1' },
    });
    expect(await fetch.requests.at(-1)?.json()).toEqual({
      voiceConfiguration: { type: 'RTC', appId: 'app-1' },
    });
  });
});

describeOperation('NumberService_RentAnyNumber', 'client', () => {
  it('rents any matching US local number, criteria nested in the body', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const body: RentAnyNumberParams = {
      regionCode: 'US',
      type: 'LOCAL',
      capabilities: ['SMS'],
      numberPattern: { pattern: '+1202', searchPattern: 'START' },
      smsConfiguration: { servicePlanId: 'plan-1' },
    };
    const rented = await numbers.availableNumber.rentAny(body);
    expect(rented.phoneNumber).toBe('+12025550191');
    expect(rented.type).toBe('LOCAL');
    const scheduled = rented.smsConfiguration?.scheduledProvisioning;
    expect(scheduled?.status).toBe('WAITING');
    expect(scheduled?.lastUpdatedTime).toBeInstanceOf(Date);
    expect(fetch.requests.at(-1)?.url).toMatch(/\/availableNumbers:rentAny$/);
    expect(await fetch.requests.at(-1)?.json()).toEqual(body);
  });
});
