/**
 * The walk of a list loads with the request path. When that fails to load (a bundle's chunk that
 * did not arrive), the list that needed it fails, sending nothing, as often as its first page is
 * asked for; the next list loads it again.
 */
import { expect, it, vi } from 'vitest';
import { ModuleLoadError } from '../src/index.js';
import { pagedClient } from './support/client.js';

const loads = vi.hoisted(() => ({ count: 0, fail: false }));

vi.mock('../src/core/request-path.js', async (original) => {
  loads.count += 1;
  if (loads.fail) throw new Error('chunk did not arrive');
  return original();
});

it('a failed load fails the list that needed it; the next list loads it again', async () => {
  loads.fail = true;
  const { sinch, sent } = pagedClient(2);
  const list = sinch.numbers.activeNumber.list({ pageSize: 2 });
  const iterator = list[Symbol.asyncIterator]();
  await expect(iterator.next()).rejects.toBeInstanceOf(ModuleLoadError);
  // The first page is fetched once, however often it is asked for: so is its failure.
  await expect(iterator.next()).rejects.toBeInstanceOf(ModuleLoadError);
  await expect(list).rejects.toThrow(/the request path could not be loaded/);
  expect(sent).toEqual([]);
  loads.fail = false;
  const numbers = await sinch.numbers.activeNumber.list({ pageSize: 2 }).toArray();
  expect(numbers).toHaveLength(4);
  expect(loads.count).toBe(2);
});
