import { describe, expectTypeOf, it } from 'vitest';
import {
  type ActiveNumber,
  type AvailableNumber,
  type Page,
  type PagePromise,
  SinchClient,
} from '../../src/index.js';

const { numbers } = new SinchClient({ projectId: 'p', keyId: 'k', keySecret: 's' });

describe('SinchClient types', () => {
  it('returns the spec types with Date for date-time fields', async () => {
    const number = await numbers.activeNumber.get({ phoneNumber: '+12025550134' });
    expectTypeOf(number).toEqualTypeOf<ActiveNumber>();
    expectTypeOf(number.nextChargeDate).toEqualTypeOf<Date | undefined>();
    expectTypeOf(number.phoneNumber).toEqualTypeOf<string | undefined>();
  });

  it('lists return a PagePromise: awaitable to a Page, iterable over items', async () => {
    const list = numbers.activeNumber.list({ regionCode: 'US', pageSize: 10 });
    expectTypeOf(list).toEqualTypeOf<PagePromise<ActiveNumber, 'activeNumbers'>>();
    const page = await list;
    expectTypeOf(page).toEqualTypeOf<Page<ActiveNumber, 'activeNumbers'>>();
    expectTypeOf(page.activeNumbers).toEqualTypeOf<ActiveNumber[]>();
    expectTypeOf(page.nextPageValue).toEqualTypeOf<string | undefined>();
    for await (const item of numbers.availableNumber.list({ regionCode: 'US', type: 'LOCAL' })) {
      expectTypeOf(item).toEqualTypeOf<AvailableNumber>();
    }
  });

  it('refuses misspelled or misplaced names at compile time', () => {
    // @ts-expect-error the active-numbers list filter is `capability`
    numbers.activeNumber.list({ capabilities: ['SMS'] });
    // @ts-expect-error the search takes `size`, not `pageSize`
    numbers.availableNumber.list({ regionCode: 'US', type: 'LOCAL', pageSize: 5 });
    // @ts-expect-error regionCode and type are required for a search
    numbers.availableNumber.list({ regionCode: 'US' });
    // @ts-expect-error 'LANDLINE' is not a number type
    numbers.availableNumber.list({ regionCode: 'US', type: 'LANDLINE' });
    // @ts-expect-error phoneNumber is required
    numbers.activeNumber.get({});
    numbers.activeNumber.update({
      phoneNumber: '+1',
      // @ts-expect-error an RTC voice configuration has no trunkId
      voiceConfiguration: { type: 'RTC', trunkId: 't' },
    });
    // @ts-expect-error a misspelled body field
    numbers.activeNumber.update({ phoneNumber: '+1', dispalyName: 'x' });
  });

  it('accepts the call options on every method', () => {
    const signal = new AbortController().signal;
    numbers.activeNumber.get({ phoneNumber: '+1' }, { signal, timeoutMs: 1000, maxRetries: 0 });
    numbers.callbackConfiguration.get({}, { timeoutMs: 1000 });
    // @ts-expect-error unknown option
    numbers.activeNumber.get({ phoneNumber: '+1' }, { retries: 3 });
  });
});
