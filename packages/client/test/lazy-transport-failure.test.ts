/**
 * The default transport loads with the first request. When it cannot be loaded (a bundle's
 * chunk that did not arrive), nothing was sent: the call fails with a ConnectionError, and a
 * billable call is not reported as one whose outcome is in doubt.
 */
import { expect, it, vi } from 'vitest';
import { ConnectionError, UncertainOutcomeError } from '../src/index.js';
import { jsonResponse, stubClient } from './support/client.js';

const loads = vi.hoisted(() => ({ count: 0 }));

vi.mock('@sinch-numbers/fetch/node', () => {
  loads.count += 1;
  throw new Error('chunk did not arrive');
});

it('reports a transport that could not be loaded as a failure before sending', async () => {
  const sinch = stubClient(() => jsonResponse({}), {
    fetch: undefined,
    numbersBaseUrl: 'http://127.0.0.1:9',
  });
  const rent = sinch.numbers.availableNumber.rentAny({
    regionCode: 'US',
    type: 'LOCAL',
  });
  const error = await rent.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ConnectionError);
  expect(error).not.toBeInstanceOf(UncertainOutcomeError);
  expect(loads.count).toBeGreaterThan(0);
});
