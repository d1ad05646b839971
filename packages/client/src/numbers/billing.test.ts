import { operations } from '@sinch-numbers/fetch/numbers-meta';
import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  ConnectionError,
  ServerError,
  TimeoutError,
  UncertainOutcomeError,
} from '../core/errors.js';
import { markUnsent } from '../core/unsent.js';
import { billableFailure } from './billing.js';

const request = { operationId: 'op', name: 'group.op', method: 'POST', url: 'http://x' };
const server = () =>
  new ServerError({ status: 503, body: undefined, requestId: undefined, request });
const refused = () =>
  new BadRequestError({ status: 400, body: undefined, requestId: undefined, request });

const billable = Object.entries(operations)
  .filter(([, op]) => (op as { billable?: boolean }).billable)
  .map(([operationId, op]) => ({ operationId, ...(op as { name: string; billable: boolean }) }));

describe('billableFailure', () => {
  it('covers every billable operation of the spec', () => {
    expect(billable.map((op) => op.name).sort()).toEqual([
      'activeNumber.release',
      'availableNumber.rent',
      'availableNumber.rentAny',
      'emergencyAddress.deprovision',
      'emergencyAddress.provision',
      'numberOrder.create',
      'numberOrder.submit',
    ]);
  });

  const ambiguous = [
    { name: 'a 5xx', given: server },
    { name: 'a reset', given: () => new ConnectionError(request) },
    { name: 'a timeout', given: () => new TimeoutError(request, 100) },
  ];
  for (const op of billable.filter((o) => o.name !== 'availableNumber.rent')) {
    for (const { name, given } of ambiguous) {
      it(`reports ${name} of ${op.name} as an uncertain outcome, with a way to check`, () => {
        const cause = given();
        const error = billableFailure(cause, op) as UncertainOutcomeError;
        expect(error).toBeInstanceOf(UncertainOutcomeError);
        expect(error.cause).toBe(cause);
        expect(error.operationId).toBe(op.operationId);
        expect(error.finding).toMatch(/before trying again/);
      });
    }
  }

  const unchanged = [
    {
      name: 'a refusal (400)',
      given: refused,
      op: billable.find((o) => o.name === 'numberOrder.submit'),
    },
    { name: 'a failure before sending', given: () => markUnsent(server()), op: billable[1] },
    {
      name: 'a 5xx of rent (it checks by itself)',
      given: server,
      op: billable.find((o) => o.name === 'availableNumber.rent'),
    },
    {
      name: 'a 5xx of a read',
      given: server,
      op: { operationId: 'Get', name: 'activeNumber.get' },
    },
  ];
  for (const { name, given, op } of unchanged) {
    it(`leaves ${name} as it is`, () => {
      const error = given();
      expect(billableFailure(error, op as { operationId: string; name: string })).toBe(error);
    });
  }
});
