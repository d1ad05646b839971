/**
 * The README's "With MSW's own server" setup: the sandbox's handlers in `setupServer`, reached by a
 * client that uses the global `fetch` and its default production base URL.
 */
import { NotFoundError, SinchClient } from '@sinch-numbers/client';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createSandbox, SANDBOX_PROJECT_ID } from '../src/in-process/index.js';

const sandbox = createSandbox();
const server = setupServer(...sandbox.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => sandbox.reset());
afterAll(() => server.close());

const sinch = new SinchClient({
  projectId: SANDBOX_PROJECT_ID,
  keyId: 'any',
  keySecret: 'any',
  authentication: 'basic',
});

it('rents, lists every page, updates, releases, and then gets a 404', async () => {
  await sinch.numbers.availableNumber.rent({ phoneNumber: '+12025550191' });
  const numbers = [];
  for await (const n of sinch.numbers.activeNumber.list({ type: 'LOCAL', pageSize: 1 })) {
    numbers.push(n.phoneNumber);
  }
  expect(numbers).toEqual(['+12025550134', '+12025550178', '+12025550191']);
  await sinch.numbers.activeNumber.update({ phoneNumber: '+12025550191', displayName: 'Desk' });
  await sinch.numbers.activeNumber.release({ phoneNumber: '+12025550191' });
  await expect(
    sinch.numbers.activeNumber.get({ phoneNumber: '+12025550191' }),
  ).rejects.toBeInstanceOf(NotFoundError);
});

it('oauth2 works too: the handlers answer the token endpoint', async () => {
  const oauth = new SinchClient({ projectId: SANDBOX_PROJECT_ID, keyId: 'any', keySecret: 'any' });
  expect((await oauth.numbers.activeNumber.get({ phoneNumber: '+12025550134' })).displayName).toBe(
    'Support line',
  );
});
