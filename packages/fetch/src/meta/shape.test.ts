import { describe, expect, it } from 'vitest';
import { operations, schemas } from '../generated/numbers-meta.js';
import * as voice from '../generated/voice-meta.js';
import { createShapeChecker } from './shape.js';
import type { ApiMeta } from './types.js';

const checkerFor = createShapeChecker(schemas);
const list = checkerFor(operations.NumberService_ListActiveNumbers.response);
const get = checkerFor(operations.NumberService_GetActiveNumber.response);

const number = { phoneNumber: '+12025550134', capability: ['SMS'], nextChargeDate: '2026-01-01' };

describe('response shape checks', () => {
  const cases = [
    { name: 'a valid number', check: get, given: number, want: undefined },
    { name: 'an empty object', check: get, given: {}, want: undefined },
    { name: 'null', check: get, given: null, want: 'expected an object, got null' },
    { name: '42', check: get, given: 42, want: 'expected an object, got a number' },
    { name: 'an array', check: get, given: [1, 2], want: 'expected an object, got an array' },
    {
      name: 'capabilities as a string',
      check: get,
      given: { ...number, capability: 'SMS' },
      want: 'capability: expected an array, got a string',
    },
    {
      name: 'a nested object that is a string',
      check: get,
      given: { ...number, smsConfiguration: 'on' },
      want: 'smsConfiguration: expected an object, got a string',
    },
    { name: 'a valid page', check: list, given: { activeNumbers: [number] }, want: undefined },
    { name: 'a page without items', check: list, given: { totalSize: 0 }, want: undefined },
    { name: 'a null page', check: list, given: null, want: 'expected an object, got null' },
    {
      name: 'items as a string',
      check: list,
      given: { activeNumbers: 'abc' },
      want: 'activeNumbers: expected an array, got a string',
    },
    {
      name: 'an item that is not an object',
      check: list,
      given: { activeNumbers: [number, 7] },
      want: 'activeNumbers[1]: expected an object, got a number',
    },
    {
      name: 'a deep array that is not one',
      check: list,
      given: { activeNumbers: [number, { ...number, capability: {} }] },
      want: 'activeNumbers[1].capability: expected an array, got an object',
    },
  ];
  for (const { name, check, given, want } of cases) {
    it(`${want ? 'refuses' : 'accepts'} ${name}`, () => {
      expect(check?.(given)).toBe(want);
    });
  }

  it('never quotes a value', () => {
    const secret = 'hmac-secret-value-0123456789';
    expect(get?.(secret)).toBe('expected an object, got a string');
    expect(list?.({ activeNumbers: secret })).not.toContain(secret);
  });

  it('checks nothing where the metadata has no schema (it keeps only what the client needs)', () => {
    expect(checkerFor({ $ref: 'NotInTheMetadata' })).toBeUndefined();
  });

  it('compiles nothing for an operation without a response body', () => {
    expect(checkerFor(undefined)).toBeUndefined();
  });

  // The metadata keeps schemas that are only answered as skeletons (kind, nested objects and
  // arrays): every success body with a schema still gets its top-level check.
  for (const [api, meta] of [
    ['numbers', { operations, schemas }],
    ['voice', voice],
  ] as Array<[string, ApiMeta]>) {
    const checker = createShapeChecker(meta.schemas);
    for (const [id, op] of Object.entries(meta.operations)) {
      if (!op.response) continue;
      it(`checks the top-level shape of ${api} ${id}'s answer`, () => {
        const check = checker(op.response);
        expect(check?.(null)).toMatch(/^expected an (object|array), got null$/);
        expect(check?.('x')).toMatch(/^expected an (object|array), got a string$/);
      });
    }
  }
});
