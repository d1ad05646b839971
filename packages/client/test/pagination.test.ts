import { afterEach, describe, expect, it, vi } from 'vitest';
import { BadRequestError, InvalidResponseError } from '../src/index.js';
import { stubClient } from './support/client.js';

const PAGES = 1000;
const PER_PAGE = 3;

/** A fetch that serves PAGES pages of active numbers and tracks how many are in flight. */
function pagedApi(pages = PAGES) {
  const stats = { requests: 0, inFlight: 0, maxInFlight: 0, tokens: [] as (string | null)[] };
  const fetch = async (request: Request): Promise<Response> => {
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const token = new URL(request.url).searchParams.get('pageToken');
    stats.tokens.push(token);
    await new Promise((r) => setTimeout(r, 0));
    const page = token === null ? 0 : Number(token);
    const body = {
      activeNumbers: Array.from({ length: PER_PAGE }, (_, i) => ({
        phoneNumber: `+1202555${String(page * PER_PAGE + i).padStart(4, '0')}`,
        nextChargeDate: '2026-02-15T10:30:00Z',
      })),
      nextPageToken: page + 1 < pages ? String(page + 1) : '',
      totalSize: pages * PER_PAGE,
    };
    stats.inFlight--;
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  };
  const client = stubClient(fetch);
  return { numbers: client.numbers, stats };
}

describe('activeNumber.list pagination', () => {
  it(`iterates ${PAGES} pages in order, one page in flight at a time`, async () => {
    const { numbers, stats } = pagedApi();
    let expected = 0;
    let seen = 0;
    for await (const number of numbers.activeNumber.list({
      regionCode: 'US',
      pageSize: PER_PAGE,
    })) {
      expect(number.phoneNumber).toBe(`+1202555${String(expected++).padStart(4, '0')}`);
      expect(number.nextChargeDate).toBeInstanceOf(Date);
      // Exactly the pages needed so far have been requested: none fetched ahead.
      expect(stats.requests).toBe(Math.floor(seen / PER_PAGE) + 1);
      seen++;
    }
    expect(seen).toBe(PAGES * PER_PAGE);
    expect(stats.requests).toBe(PAGES);
    expect(stats.maxInFlight).toBe(1);
    expect(stats.tokens.slice(0, 3)).toEqual([null, '1', '2']);
    // About 2 s of work on a quiet 2-core machine; far more when the machine is busy.
  }, 60_000);

  it('awaits to the first page, with hasNextPage, nextPage() and totalSize', async () => {
    const { numbers, stats } = pagedApi(3);
    const first = await numbers.activeNumber.list({ pageSize: PER_PAGE });
    expect(first.data).toHaveLength(PER_PAGE);
    expect(first.hasNextPage).toBe(true);
    expect(first.totalSize).toBe(9);
    const second = await first.nextPage();
    const third = await second.nextPage();
    expect(third.hasNextPage).toBe(false);
    await expect(third.nextPage()).rejects.toThrow(/last page/);
    expect(stats.requests).toBe(3);
  });

  it('toArray({ limit }) stops fetching once it has enough', async () => {
    const { numbers, stats } = pagedApi();
    const items = await numbers.activeNumber.list({ pageSize: PER_PAGE }).toArray({ limit: 7 });
    expect(items.map((n) => n.phoneNumber)).toHaveLength(7);
    expect(stats.requests).toBe(3);
  });

  it('fetches the first page once however often the result is awaited', async () => {
    const { numbers, stats } = pagedApi();
    const list = numbers.activeNumber.list({ pageSize: PER_PAGE });
    await list;
    await list;
    expect(stats.requests).toBe(1);
  });

  it('stops with an error when the API hands back the same page token', async () => {
    const fetch = async () =>
      new Response(JSON.stringify({ activeNumbers: [], nextPageToken: 'same' }), {
        headers: { 'Content-Type': 'application/json' },
      });
    const client = stubClient(fetch);
    const page = await client.numbers.activeNumber.list();
    await expect(page.nextPage()).rejects.toBeInstanceOf(InvalidResponseError);
  });

  /**
   * A fetch that answers each page token from a table: token (or '' for the first) → next. After
   * 20 pages it ends the list, so a client that missed a cycle finishes (and fails the test)
   * instead of paging forever without ever yielding to the test's timer.
   */
  function tokenChain(next: Record<string, string>, items: unknown = []) {
    const asked: string[] = [];
    const client = stubClient(async (request) => {
      const token = new URL(request.url).searchParams.get('pageToken') ?? '';
      asked.push(token);
      const nextPageToken = asked.length < 20 ? (next[token] ?? '') : '';
      return new Response(JSON.stringify({ activeNumbers: items, nextPageToken }), {
        headers: { 'Content-Type': 'application/json' },
      });
    });
    return { numbers: client.numbers, asked };
  }

  const cycles: Array<{ name: string; given: Record<string, string>; want: string[] }> = [
    { name: 'A→B→A', given: { '': 'A', A: 'B', B: 'A' }, want: ['', 'A', 'B'] },
    { name: 'A→B→C→B', given: { '': 'A', A: 'B', B: 'C', C: 'B' }, want: ['', 'A', 'B', 'C'] },
    { name: 'A→A', given: { '': 'A', A: 'A' }, want: ['', 'A'] },
  ];
  for (const { name, given, want } of cycles) {
    it(`stops with InvalidResponseError when tokens cycle ${name}`, async () => {
      const { numbers, asked } = tokenChain(given);
      const walk = async () => {
        for await (const _ of numbers.activeNumber.list()) {
          // items do not matter here
        }
      };
      const error = await walk().catch((e) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.message).toMatch(/already seen in this list/);
      expect(asked).toEqual(want);
    });
  }

  it('lets a page be fetched again without calling it a cycle', async () => {
    const { numbers, asked } = tokenChain({ '': 'A', A: 'B' });
    const first = await numbers.activeNumber.list();
    const once = await first.nextPage();
    const again = await first.nextPage();
    expect(once.nextPageToken).toBe('B');
    expect(again.nextPageToken).toBe('B');
    expect(asked).toEqual(['', 'A', 'A']);
  });

  it('pages() yields every page once, in order', async () => {
    const { numbers, stats } = pagedApi(4);
    const sizes: number[] = [];
    const tokens: (string | undefined)[] = [];
    for await (const page of numbers.activeNumber.list({ pageSize: PER_PAGE }).pages()) {
      sizes.push(page.data.length);
      tokens.push(page.nextPageToken);
    }
    expect(sizes).toEqual([3, 3, 3, 3]);
    expect(tokens).toEqual(['1', '2', '3', undefined]);
    expect(stats.requests).toBe(4);
  });

  it('pages() stops fetching when the loop breaks', async () => {
    const { numbers, stats } = pagedApi(10);
    for await (const page of numbers.activeNumber.list({ pageSize: PER_PAGE }).pages()) {
      if (page.nextPageToken === '2') break;
    }
    expect(stats.requests).toBe(2);
  });

  it('refuses a page whose items are not an array instead of iterating a string', async () => {
    const { numbers } = tokenChain({}, 'abc');
    await expect(numbers.activeNumber.list().toArray()).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
  });

  it('single-batch lists are one page', async () => {
    const fetch = async () =>
      new Response(JSON.stringify({ availableNumbers: [{ phoneNumber: '+12025550100' }] }), {
        headers: { 'Content-Type': 'application/json' },
      });
    const client = stubClient(fetch);
    const page = await client.numbers.availableNumber.list({ regionCode: 'US', type: 'LOCAL' });
    expect(page.data).toEqual([{ phoneNumber: '+12025550100' }]);
    expect(page.hasNextPage).toBe(false);
  });
});

describe('items({ readAhead: 1 })', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('requests the next page as soon as a page arrives, never more than one ahead', async () => {
    const pages = 50;
    const { numbers, stats } = pagedApi(pages);
    let seen = 0;
    let sawAhead = false;
    for await (const number of numbers.activeNumber
      .list({ pageSize: PER_PAGE })
      .items({ readAhead: 1 })) {
      expect(number.phoneNumber).toBe(`+1202555${String(seen).padStart(4, '0')}`);
      const needed = Math.floor(seen / PER_PAGE) + 1;
      // The page being read, plus at most the one after it.
      expect(stats.requests).toBeGreaterThanOrEqual(needed);
      expect(stats.requests).toBeLessThanOrEqual(Math.min(needed + 1, pages));
      if (stats.requests === needed + 1) sawAhead = true;
      seen++;
    }
    expect(seen).toBe(pages * PER_PAGE);
    expect(sawAhead).toBe(true);
    expect(stats.requests).toBe(pages);
    expect(stats.maxInFlight).toBe(1);
  });

  // Node and Bun have setImmediate; Deno, browsers and Workers a MessageChannel; else a timer.
  it.each([
    ['setImmediate', []],
    ['a MessageChannel', ['setImmediate']],
    ['a timer', ['setImmediate', 'MessageChannel']],
  ] as const)(
    'lets the next request leave before the loop works through the current page (%s)',
    async (_, missing) => {
      for (const name of missing) vi.stubGlobal(name, undefined);
      // Node's HTTP client writes a request out on process.nextTick, and a loop over a page's
      // items is one chain of promise callbacks, which nextTick callbacks wait behind.
      const pages = 4;
      const sent: string[] = [];
      const client = stubClient(async (request) => {
        const token = new URL(request.url).searchParams.get('pageToken') ?? '0';
        await new Promise<void>((resolve) =>
          process.nextTick(() => {
            sent.push(token);
            resolve();
          }),
        );
        const page = Number(token);
        const body = {
          activeNumbers: Array.from({ length: PER_PAGE }, (_, i) => ({
            phoneNumber: `+1202555${String(page * PER_PAGE + i).padStart(4, '0')}`,
          })),
          nextPageToken: page + 1 < pages ? String(page + 1) : '',
        };
        return new Response(JSON.stringify(body), {
          headers: { 'Content-Type': 'application/json' },
        });
      });
      const sentAtPageStart: string[][] = [];
      let seen = 0;
      for await (const _ of client.numbers.activeNumber
        .list({ pageSize: PER_PAGE })
        .items({ readAhead: 1 })) {
        if (seen++ % PER_PAGE === 0) sentAtPageStart.push([...sent]);
      }
      expect(seen).toBe(pages * PER_PAGE);
      // At the first item of each page, the request for the page after it is already out.
      expect(sentAtPageStart).toEqual([
        ['0', '1'],
        ['0', '1', '2'],
        ['0', '1', '2', '3'],
        ['0', '1', '2', '3'],
      ]);
    },
  );

  // Vitest's and Jest's fake timers (sinon's), and Jest's legacy mock functions.
  it.each([
    ['fake timers', () => vi.useFakeTimers()],
    [
      'a mock function for setImmediate',
      () =>
        vi.stubGlobal(
          'setImmediate',
          Object.assign(() => {}, { _isMockFunction: true }),
        ),
    ],
  ])('walks to the end under %s, which never fire on their own', async (_, fake) => {
    fake();
    const client = stubClient(async (request) => {
      const page = Number(new URL(request.url).searchParams.get('pageToken') ?? '0');
      const body = {
        activeNumbers: [{ phoneNumber: `+1202555000${page}` }],
        nextPageToken: page < 3 ? String(page + 1) : '',
      };
      return new Response(JSON.stringify(body), {
        headers: { 'Content-Type': 'application/json' },
      });
    });
    const seen: string[] = [];
    for await (const number of client.numbers.activeNumber.list().items({ readAhead: 1 })) {
      seen.push(number.phoneNumber as string);
    }
    expect(seen).toEqual(['+12025550000', '+12025550001', '+12025550002', '+12025550003']);
  });

  it('a loop that breaks leaves one page requested and unused, and no unhandled failure', async () => {
    const { numbers, stats } = pagedApi(10);
    for await (const _ of numbers.activeNumber
      .list({ pageSize: PER_PAGE })
      .items({ readAhead: 1 })) {
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
    expect(stats.requests).toBe(2);
  });

  it("a read-ahead page's failure is thrown when the loop reaches that page, not before", async () => {
    let calls = 0;
    const client = stubClient(async (request) => {
      calls++;
      if (new URL(request.url).searchParams.get('pageToken') === 'B') {
        return new Response(JSON.stringify({ error: { code: 400, message: 'bad token' } }), {
          status: 400,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      return new Response(
        JSON.stringify({ activeNumbers: [{ phoneNumber: '+12025550100' }], nextPageToken: 'B' }),
        { headers: { 'Content-Type': 'application/json' } },
      );
    });
    const seen: string[] = [];
    const walk = (async () => {
      for await (const number of client.numbers.activeNumber.list().items({ readAhead: 1 })) {
        seen.push(number.phoneNumber as string);
      }
    })();
    await expect(walk).rejects.toBeInstanceOf(BadRequestError);
    expect(seen).toEqual(['+12025550100']);
    expect(calls).toBe(2);
  });

  it('refuses a read-ahead other than 0 or 1', () => {
    const { numbers } = pagedApi(1);
    expect(() => numbers.activeNumber.list().items({ readAhead: 2 as 1 })).toThrow(RangeError);
  });
});
