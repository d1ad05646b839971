import { NotFoundError, SinchClient } from '@sinch-numbers/client';
import { describe, expect, it } from 'vitest';
import { createSandbox, SANDBOX_PROJECT_ID } from '../src/in-process/index.js';

function clientOn(sandbox: ReturnType<typeof createSandbox>) {
  return new SinchClient({
    projectId: SANDBOX_PROJECT_ID,
    keyId: 'sandbox-key',
    keySecret: 'sandbox-secret',
    authentication: 'basic',
    numbersBaseUrl: 'https://numbers.sandbox.test',
    fetch: sandbox.fetch,
  });
}

describe('sandbox story', () => {
  it('rent → list (several pages) → update → release → get(404)', async () => {
    const sandbox = createSandbox();
    const { numbers } = clientOn(sandbox);
    const rented = await numbers.availableNumber.rent({ phoneNumber: '+12025550191' });
    expect(rented.phoneNumber).toBe('+12025550191');
    const listed: string[] = [];
    for await (const number of numbers.activeNumber.list({
      regionCode: 'US',
      type: 'LOCAL',
      pageSize: 1,
    })) {
      listed.push(number.phoneNumber ?? '');
    }
    expect(listed).toEqual(['+12025550134', '+12025550178', '+12025550191']);
    const updated = await numbers.activeNumber.update({
      phoneNumber: '+12025550191',
      displayName: 'Story',
    });
    expect(updated.displayName).toBe('Story');
    await numbers.activeNumber.release({ phoneNumber: '+12025550191' });
    await expect(numbers.activeNumber.get({ phoneNumber: '+12025550191' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
