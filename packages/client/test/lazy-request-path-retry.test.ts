/**
 * A request path that fails to load (a bundle's chunk that did not arrive) fails that call only,
 * with a typed error that says nothing was sent: the next call loads it again.
 */
import { expect, it, vi } from 'vitest';
import { ModuleLoadError, SinchError } from '../src/index.js';
import { jsonResponse, stubClient } from './support/client.js';

const attempts = vi.hoisted(() => ({ count: 0 }));

vi.mock('../src/core/request-path.js', async (original) => {
  attempts.count += 1;
  if (attempts.count === 1) throw new Error('chunk did not arrive');
  return original();
});

it('fails the call with a ModuleLoadError, then loads the request path again', async () => {
  const sent: string[] = [];
  const sinch = stubClient((request) => {
    sent.push(request.url);
    return jsonResponse({ phoneNumber: '+12025550134' });
  });
  const get = () => sinch.numbers.activeNumber.get({ phoneNumber: '+12025550134' });
  const failure = await get().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ModuleLoadError);
  expect(failure).toBeInstanceOf(SinchError);
  expect(failure).toMatchObject({ name: 'ModuleLoadError', part: 'the request path' });
  expect((failure as Error).message).toMatch(
    /the request path could not be loaded.*nothing was sent/,
  );
  expect(String((failure as Error).cause)).toMatch(/chunk did not arrive|error when mocking/);
  expect(sent).toEqual([]);
  await expect(get()).resolves.toMatchObject({ phoneNumber: '+12025550134' });
  expect(attempts.count).toBe(2);
});
