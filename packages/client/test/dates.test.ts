/** Dates come back as Date objects where the spec says date-time, and nowhere else. */

import { createReviverCompiler } from '@sinch-numbers/fetch/meta';
import { schemas } from '@sinch-numbers/fetch/numbers-meta';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../src/index.js';
import { jsonResponse, stubClient } from './support/client.js';

const reviverFor = createReviverCompiler(schemas);

describe('date revival from the spec', () => {
  it('converts date-time fields, nested ones and those inside unions', () => {
    const revive = reviverFor({ $ref: 'ActiveNumberResponse' });
    const number = {
      phoneNumber: '+12025550134',
      displayName: '2026-01-01T00:00:00Z', // looks like a date, but the spec says string
      nextChargeDate: '2026-02-15T10:30:00Z',
      expireAt: '2026-03-01T00:00:00Z',
      smsConfiguration: {
        servicePlanId: 'plan',
        scheduledProvisioning: { status: 'WAITING', lastUpdatedTime: '2026-01-02T03:04:05Z' },
      },
      voiceConfiguration: { type: 'RTC', appId: 'app', lastUpdatedTime: '2026-01-03T00:00:00Z' },
    };
    const out = revive?.(number) as typeof number & Record<string, unknown>;
    expect(out.nextChargeDate).toEqual(new Date('2026-02-15T10:30:00Z'));
    expect(out.expireAt).toBeInstanceOf(Date);
    expect(
      (out.smsConfiguration.scheduledProvisioning as Record<string, unknown>).lastUpdatedTime,
    ).toBeInstanceOf(Date);
    expect((out.voiceConfiguration as Record<string, unknown>).lastUpdatedTime).toBeInstanceOf(
      Date,
    );
    expect(out.displayName).toBe('2026-01-01T00:00:00Z');
  });

  it('converts inside arrays of a list response', () => {
    const revive = reviverFor({ $ref: 'ListActiveNumbersResponse' });
    const out = revive?.({ activeNumbers: [{ nextChargeDate: '2026-02-15T10:30:00Z' }, {}] }) as {
      activeNumbers: Array<{ nextChargeDate?: Date }>;
    };
    expect(out.activeNumbers[0]?.nextChargeDate).toBeInstanceOf(Date);
    expect(out.activeNumbers[1]).toEqual({});
  });

  it('compiles nothing for schemas without dates', () => {
    expect(reviverFor({ $ref: 'AvailableRegion' })).toBeUndefined();
    expect(reviverFor({ type: 'string' })).toBeUndefined();
  });

  it('fails clearly on a date field that is not a date', async () => {
    const client = stubClient(async () =>
      jsonResponse({ phoneNumber: '+12025550134', nextChargeDate: 'soon' }),
    );
    const error = await client.numbers.activeNumber
      .get({ phoneNumber: '+12025550134' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toMatch(/'soon' is not a date/);
  });
});

// Set for real (Node reads TZ again when it changes) and checked to have taken effect, so the
// calls below cannot pass by running in UTC only.
const zones = [
  { zone: 'Europe/Stockholm', januaryOffset: -60 },
  { zone: 'America/Los_Angeles', januaryOffset: 480 },
  { zone: 'UTC', januaryOffset: 0 },
];
const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

for (const { zone, januaryOffset } of zones) {
  describe(`dates in answers with TZ=${zone}`, () => {
    it('runs in that zone', () => {
      process.env.TZ = zone;
      expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(januaryOffset);
    });

    it('reads a date-time without an offset as UTC, and +HH as an offset', async () => {
      const client = stubClient(async () =>
        jsonResponse({
          activeNumbers: [
            { phoneNumber: '+12025550134', nextChargeDate: '2024-01-01T10:00:00' },
            { phoneNumber: '+12025550178', nextChargeDate: '2024-01-01T10:00:00+01' },
          ],
        }),
      );
      const page = await client.numbers.activeNumber.list({ regionCode: 'US' });
      expect(page.data.map((n) => n.nextChargeDate?.toISOString())).toEqual([
        '2024-01-01T10:00:00.000Z',
        '2024-01-01T09:00:00.000Z',
      ]);
    });
  });
}
