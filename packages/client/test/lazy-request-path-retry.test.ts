/**
 * A request path that fails to load (a bundle's chunk that did not arrive) fails that call only:
 * the next call loads it again.
 */
import { expect, it, vi } from 'vitest';
import { jsonResponse, stubClient } from './support/client.js';

const attempts = vi.hoisted(() => ({ count: 0 }));

vi.mock('../src/core/request-path.js', async (original) => {
  attempts.count += 1;
  if (attempts.count === 1) throw new Error('chunk did not arrive');
  return original();
});

it('loads the request path again after a failed load', async () => {
  const sinch = stubClient(() => jsonResponse({ phoneNumber: '+12025550134' }));
  const get = () => sinch.numbers.activeNumber.get({ phoneNumber: '+12025550134' });
  await expect(get()).rejects.toThrow(/chunk did not arrive|error when mocking/);
  await expect(get()).resolves.toMatchObject({ phoneNumber: '+12025550134' });
  expect(attempts.count).toBe(2);
});
