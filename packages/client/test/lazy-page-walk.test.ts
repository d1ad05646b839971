/**
 * A list call returns its `PagePromise` at once; the walk (pages from answers, the cycle check,
 * the item iterator) loads with the request path, which its first page needs anyway. Neither the
 * list nor its iterators load anything until a page is asked for, and an iteration ended before
 * it started sends nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { PagePromise } from '../src/index.js';
import { pagedClient } from './support/client.js';

const loads = vi.hoisted(() => ({ count: 0 }));

vi.mock('../src/core/request-path.js', async (original) => {
  loads.count += 1;
  return original();
});

describe('the walk of a list', () => {
  it('is not loaded by a list call or its iterators, and an iteration ended first sends nothing', async () => {
    const { sinch, sent } = pagedClient(3);
    const list = sinch.numbers.activeNumber.list({ pageSize: 2 });
    expect(list).toBeInstanceOf(PagePromise);
    expect(() => list.items({ readAhead: 2 as 1 })).toThrow(RangeError);
    const ended = list.items({ readAhead: 1 })[Symbol.asyncIterator]();
    const walked = list[Symbol.asyncIterator]();
    await expect(ended.return?.()).resolves.toEqual({ done: true, value: undefined });
    await expect(ended.next()).resolves.toEqual({ done: true, value: undefined });
    expect(sent).toEqual([]);
    expect(loads.count).toBe(0);
    const numbers: (string | undefined)[] = [];
    for (let next = await walked.next(); !next.done; next = await walked.next()) {
      numbers.push(next.value.phoneNumber);
    }
    expect(numbers).toEqual([
      '+12025550000',
      '+12025551000',
      '+12025550001',
      '+12025551001',
      '+12025550002',
      '+12025551002',
    ]);
    expect(sent).toHaveLength(3);
    expect(loads.count).toBe(1);
  });
});
