import { InvalidResponseError } from '@sinch-numbers/client';
import { expect, it } from 'vitest';
import { NUMBER } from '../support/fetch-client.js';
import { numbersHighLevelClient } from '../support/high-level-client.js';
import { describeOperation } from '../support/operations.js';

const lastUrl = (fetch: { requests: Request[] }) => new URL(fetch.requests.at(-1)?.url ?? '');

describeOperation('NumberService_ListActiveNumbers', 'client', () => {
  it('awaits the first page, with dates revived and the singular capability filter', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const page = await numbers.activeNumber.list({
      regionCode: 'US',
      type: 'LOCAL',
      capability: ['SMS', 'VOICE'],
      pageSize: 10,
      orderBy: 'phoneNumber',
      'numberPattern.pattern': '555',
      'numberPattern.searchPattern': 'CONTAINS',
    });
    expect(page.data.map((n) => n.phoneNumber)).toEqual(['+12025550134', '+12025550178']);
    expect(page.totalSize).toBe(5);
    expect(page.hasNextPage).toBe(true);
    expect(page.nextPageToken).toBe('CgwrMTIwMjU1NTAxNzg');
    expect(page.data[0]?.nextChargeDate).toBeInstanceOf(Date);
    expect(page.data[0]?.nextChargeDate?.toISOString()).toBe('2026-02-15T10:30:00.000Z');
    const voice = page.data[1]?.voiceConfiguration;
    expect(voice?.type).toBe('EST');
    expect(voice?.lastUpdatedTime).toBeInstanceOf(Date);

    const url = lastUrl(fetch);
    expect(url.searchParams.getAll('capability')).toEqual(['SMS', 'VOICE']);
    expect(url.searchParams.get('numberPattern.pattern')).toBe('555');
    expect(url.searchParams.get('numberPattern.searchPattern')).toBe('CONTAINS');
    expect(url.searchParams.has('pageToken')).toBe(false);
  });

  // Prism serves the same example page for every token, `nextPageToken` included, and the client
  // refuses a next token equal to the one it sent (it would page forever). So iteration through
  // the mock is bounded to the first page; page 2 is checked as far as the request goes.
  it('iterates with for await and stops at the bound without fetching another page', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const seen: string[] = [];
    for await (const number of numbers.activeNumber.list({ regionCode: 'US', pageSize: 2 })) {
      expect(number.nextChargeDate).toBeInstanceOf(Date);
      seen.push(number.phoneNumber ?? '');
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['+12025550134', '+12025550178']);
    expect(fetch.requests).toHaveLength(1);
  });

  it('collects a bounded number of items with toArray({ limit })', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const items = await numbers.activeNumber.list({ pageSize: 2 }).toArray({ limit: 1 });
    expect(items.map((n) => n.phoneNumber)).toEqual(['+12025550134']);
    expect(fetch.requests).toHaveLength(1);
  });

  it('asks for page 2 with the next token and the same filters, and refuses a repeated token', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const list = numbers.activeNumber.list({ regionCode: 'US', pageSize: 2 });
    const iterated: string[] = [];
    const error = await (async () => {
      for await (const number of list) iterated.push(number.phoneNumber ?? '');
    })().catch((e: unknown) => e);
    // A spec violation on page 2 would surface as a ConnectionError caused by SpecViolation.
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('already seen in this list');
    expect(iterated).toHaveLength(2);
    expect(fetch.requests).toHaveLength(2);
    const page2 = new URL(fetch.requests[1]?.url ?? '');
    expect(page2.searchParams.get('pageToken')).toBe('CgwrMTIwMjU1NTAxNzg');
    expect(page2.searchParams.get('pageSize')).toBe('2');
    expect(page2.searchParams.get('regionCode')).toBe('US');
  });
});

describeOperation('NumberService_GetActiveNumber', 'client', () => {
  it('reads one number with + percent-encoded in the path and dates as Date', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const number = await numbers.activeNumber.get({ phoneNumber: NUMBER });
    expect(number.phoneNumber).toBe(NUMBER);
    expect(number.displayName).toBe('Support line');
    expect(number.money).toEqual({ currencyCode: 'USD', amount: '2.00' });
    expect(number.nextChargeDate).toEqual(new Date('2026-02-15T10:30:00Z'));
    expect(fetch.requests.at(-1)?.method).toBe('GET');
    expect(fetch.requests.at(-1)?.url).toMatch(/\/activeNumbers\/\+12025550134$/);
    expect(fetch.requests.at(-1)?.headers.get('authorization')).toBe(
      `Basic ${btoa('contract-key:contract-secret')}`,
    );
  });
});

describeOperation('NumberService_UpdateActiveNumber', 'client', () => {
  it('sends only the body fields as JSON, the number in the path', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const updated = await numbers.activeNumber.update({
      phoneNumber: NUMBER,
      displayName: 'Front desk',
      voiceConfiguration: { type: 'EST', trunkId: 'trunk-1' },
    });
    expect(updated.phoneNumber).toBe(NUMBER);
    expect(updated.nextChargeDate).toBeInstanceOf(Date);
    const sent = fetch.requests.at(-1) as Request;
    expect(sent.method).toBe('PATCH');
    expect(sent.url).toMatch(/\/activeNumbers\/\+12025550134$/);
    expect(sent.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await sent.json()).toEqual({
      displayName: 'Front desk',
      voiceConfiguration: { type: 'EST', trunkId: 'trunk-1' },
    });
  });
});

describeOperation('NumberService_ReleaseNumber', 'client', () => {
  it('routes POST {phoneNumber}:release with a literal colon and returns the number', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const released = await numbers.activeNumber.release({ phoneNumber: NUMBER });
    expect(released.phoneNumber).toBe(NUMBER);
    expect(released.nextChargeDate).toBeInstanceOf(Date);
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]?.method).toBe('POST');
    expect(fetch.requests[0]?.url).toMatch(/\/activeNumbers\/\+12025550134:release$/);
  });
});
