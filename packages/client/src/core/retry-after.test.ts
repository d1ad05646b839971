import { afterAll, describe, expect, it } from 'vitest';
import { adviseRetryAfter, parseRetryAfter } from './retry-after.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');

const cases: Array<{ name: string; given: string | null | undefined; want: number | undefined }> = [
  { name: 'absent', given: null, want: undefined },
  { name: 'undefined', given: undefined, want: undefined },
  { name: 'seconds', given: '1', want: 1000 },
  { name: 'zero seconds', given: '0', want: 0 },
  { name: 'seconds with spaces around', given: ' 120 ', want: 120_000 },
  { name: 'an IMF-fixdate', given: 'Sun, 01 Mar 2026 12:00:30 GMT', want: 30_000 },
  { name: 'a date in the past', given: 'Sun, 01 Mar 2026 11:00:00 GMT', want: 0 },
  { name: 'an RFC 850 date', given: 'Sunday, 01-Mar-26 12:01:00 GMT', want: 60_000 },
  { name: 'an asctime date (GMT by definition)', given: 'Sun Mar  1 12:00:05 2026', want: 5000 },
  { name: 'an empty value', given: '', want: undefined },
  { name: 'negative seconds', given: '-5', want: undefined },
  { name: 'fractional seconds', given: '1.5', want: undefined },
  { name: 'hex', given: '0x10', want: undefined },
  { name: 'an exponent', given: '1e3', want: undefined },
  { name: 'an ISO date', given: '2026-03-01T12:00:30Z', want: undefined },
  { name: 'a word', given: 'soon', want: undefined },
  { name: 'a date with a local zone', given: 'Sun, 01 Mar 2026 12:00:30 CET', want: undefined },
];

const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

for (const zone of ['UTC', 'Europe/Stockholm', 'America/Los_Angeles']) {
  describe(`parseRetryAfter with TZ=${zone}`, () => {
    for (const { name, given, want } of cases) {
      it(`reads ${name}`, () => {
        process.env.TZ = zone;
        expect(parseRetryAfter(given, NOW)).toBe(want);
      });
    }
  });
}

describe('adviseRetryAfter', () => {
  const advice = [
    { name: 'no header', given: null, want: undefined },
    { name: 'a wait within the cap', given: '60', want: { action: 'wait', delayMs: 60_000 } },
    { name: 'a wait beyond the cap', given: '61', want: { action: 'give-up', delayMs: 61_000 } },
    {
      name: 'a date hours away',
      given: 'Sun, 01 Mar 2026 15:00:00 GMT',
      want: { action: 'give-up', delayMs: 3 * 3600_000 },
    },
  ];
  for (const { name, given, want } of advice) {
    it(`advises on ${name}`, () => {
      expect(adviseRetryAfter(given, NOW, 60_000)).toEqual(want);
    });
  }
});
