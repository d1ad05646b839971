import { afterAll, describe, expect, it } from 'vitest';
import { createReviverCompiler, DateFieldError, parseIsoDate } from './dates.js';

const cases: Array<{ name: string; given: string; want: string | undefined }> = [
  { name: 'UTC with Z', given: '2024-01-01T10:00:00Z', want: '2024-01-01T10:00:00.000Z' },
  { name: 'no offset (UTC)', given: '2024-01-01T10:00:00', want: '2024-01-01T10:00:00.000Z' },
  {
    name: "the vendor's callback example (microseconds, no offset)",
    given: '2023-06-06T07:45:27.785357',
    want: '2023-06-06T07:45:27.785Z',
  },
  { name: 'a +HH offset', given: '2024-01-01T10:00:00+01', want: '2024-01-01T09:00:00.000Z' },
  { name: 'a +HH:MM offset', given: '2024-01-01T10:00:00+05:30', want: '2024-01-01T04:30:00.000Z' },
  { name: 'a -HHMM offset', given: '2024-01-01T10:00:00-0800', want: '2024-01-01T18:00:00.000Z' },
  {
    name: 'a space and lower-case z',
    given: '2024-01-01 10:00:00z',
    want: '2024-01-01T10:00:00.000Z',
  },
  { name: 'no seconds', given: '2024-01-01T10:00', want: '2024-01-01T10:00:00.000Z' },
  { name: 'a date alone (midnight UTC)', given: '2024-02-29', want: '2024-02-29T00:00:00.000Z' },
  { name: 'a year before 100', given: '0042-01-01T00:00:00Z', want: '0042-01-01T00:00:00.000Z' },
  {
    name: 'an offset across the day',
    given: '2024-12-31T23:30:00-01:00',
    want: '2025-01-01T00:30:00.000Z',
  },
  { name: 'February 30', given: '2024-02-30T00:00:00Z', want: undefined },
  { name: 'February 29 of a common year', given: '2023-02-29T00:00:00Z', want: undefined },
  { name: 'February 29 of 2000', given: '2000-02-29T00:00:00Z', want: '2000-02-29T00:00:00.000Z' },
  { name: 'February 29 of 1900', given: '1900-02-29T00:00:00Z', want: undefined },
  { name: 'month 13', given: '2024-13-01T00:00:00Z', want: undefined },
  { name: 'day 0', given: '2024-01-00T00:00:00Z', want: undefined },
  { name: 'hour 24', given: '2024-01-01T24:00:00Z', want: undefined },
  { name: 'a word', given: 'soon', want: undefined },
  { name: 'an RFC 2822 date', given: 'Mon, 01 Jan 2024 10:00:00 GMT', want: undefined },
  { name: 'a date with trailing text', given: '2024-01-01T10:00:00Zjunk', want: undefined },
  {
    name: 'the toISOString form',
    given: '2024-05-06T07:08:09.010Z',
    want: '2024-05-06T07:08:09.010Z',
  },
  {
    name: 'the toISOString form on February 30',
    given: '2024-02-30T00:00:00.000Z',
    want: undefined,
  },
  {
    name: 'the toISOString form with a letter',
    given: '2024-0a-01T00:00:00.000Z',
    want: undefined,
  },
  { name: 'the toISOString form with a comma', given: '2024-01-01T00:00:00,000Z', want: undefined },
  { name: 'the toISOString form at second 60', given: '2024-01-01T00:00:60Z', want: undefined },
];

describe('parseIsoDate on the toISOString form', () => {
  // That form has a fast reader of its own; a space for the T sends the same text through the
  // general pattern, so both readings can be compared.
  const general = (text: string) => parseIsoDate(text.replace('T', ' '))?.getTime();
  it('reads it as the general pattern does, across the calendar', () => {
    let state = 7;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    for (let i = 0; i < 2000; i++) {
      const instant = new Date(Date.UTC(1970, 0, 1) + Math.floor(random() * 8e12));
      const iso = instant.toISOString();
      for (const text of [iso, iso.replace(/\.\d{3}Z$/, 'Z')]) {
        expect(parseIsoDate(text)?.getTime(), text).toBe(general(text));
      }
      expect(parseIsoDate(iso)?.getTime()).toBe(instant.getTime());
    }
  });
  it('refuses what the general pattern refuses', () => {
    const bad = ['2023-02-29T00:00:00Z', '2024-04-31T00:00:00.000Z', '2024-01-01T23:60:00Z'];
    for (const text of [...bad, '2024-00-10T00:00:00Z', '2024-01-01T24:00:00.000Z']) {
      expect(parseIsoDate(text), text).toBeUndefined();
      expect(general(text), text).toBeUndefined();
    }
  });
  it('leaves years before 100 to the general pattern', () => {
    expect(parseIsoDate('0042-03-04T05:06:07.008Z')?.toISOString()).toBe(
      '0042-03-04T05:06:07.008Z',
    );
  });
});

// Each zone is set for real (Node reads TZ again when it changes) and checked to have taken
// effect, so these tests cannot pass by running in UTC only.
const zones = [
  { zone: 'UTC', januaryOffset: 0 },
  { zone: 'Europe/Stockholm', januaryOffset: -60 },
  { zone: 'America/Los_Angeles', januaryOffset: 480 },
];
const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

for (const { zone, januaryOffset } of zones) {
  describe(`parseIsoDate with TZ=${zone}`, () => {
    it('runs in that zone', () => {
      process.env.TZ = zone;
      expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(januaryOffset);
    });
    for (const { name, given, want } of cases) {
      it(`reads ${name}`, () => {
        process.env.TZ = zone;
        expect(parseIsoDate(given)?.toISOString()).toBe(want);
      });
    }
  });
}

describe('date revival', () => {
  const revive = createReviverCompiler({
    Thing: { type: 'object', properties: { at: { type: 'string', format: 'date-time' } } },
  })({ $ref: 'Thing' });
  const failures = [
    { name: 'a number', given: 12345, want: /expected a date string, got a number/ },
    { name: 'an object', given: {}, want: /got an object/ },
    { name: 'an array', given: [], want: /got an array/ },
    {
      name: 'an offset-less text that is not a date',
      given: '2024-13-01T00:00:00',
      want: /is not a date/,
    },
  ];
  for (const { name, given, want } of failures) {
    it(`refuses ${name} where the spec promises a date`, () => {
      expect(() => revive?.({ at: given })).toThrow(DateFieldError);
      expect(() => revive?.({ at: given })).toThrow(want);
    });
  }

  it('names the field at fault, however deep', () => {
    const list = createReviverCompiler({
      Item: { type: 'object', properties: { at: { type: 'string', format: 'date-time' } } },
      List: { type: 'object', properties: { items: { type: 'array', items: { $ref: 'Item' } } } },
    })({ $ref: 'List' });
    expect(() => list?.({ items: [{}, { at: 'soon' }] })).toThrow(
      "items[1].at: 'soon' is not a date",
    );
  });

  it('keeps null and absent dates', () => {
    expect(revive?.({ at: null })).toEqual({ at: null });
    expect(revive?.({})).toEqual({});
  });

  it('converts a +01 offset instead of failing', () => {
    expect(revive?.({ at: '2024-01-01T10:00:00+01' })).toEqual({
      at: new Date('2024-01-01T09:00:00Z'),
    });
  });
});
