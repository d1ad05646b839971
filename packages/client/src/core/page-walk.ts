/**
 * How a list walks its pages, loaded with the request path (the first page needs it anyway):
 * each page made from its raw answer, the check for a server that hands back a token already
 * walked, and the iterator over the items of every page. `PagePromise` (`pagination.ts`) is the
 * shell a list call returns at once.
 */
import type { TransportResponse } from '@sinch-numbers/fetch/base';
import type { WithResponse } from './api-promise.js';
import { InvalidResponseError, type RequestSummary } from './errors.js';
import { requestIdOf } from './logger.js';
import type { Page, RawPage } from './pagination.js';

// The response of each page, kept off the page object so it stays plain data.
const responses = new WeakMap<object, TransportResponse>();

/**
 * The first page of a list; each page's `nextPage()` loads the one after it.
 *
 * @param fetchPage - fetches the page for a token (`undefined` for the first page).
 * @param source - the list operation, named in errors about its pages.
 */
export function walkPages<T, Items extends string>(
  fetchPage: (pageToken: string | undefined) => Promise<RawPage<T>>,
  source: RequestSummary | (() => RequestSummary),
): Promise<Page<T, Items>> {
  /**
   * Every next-page token seen in this list, with the token of the page that gave it. A token
   * handed out again by another page means the walk went in a circle (A→B→A). Loading the same
   * page twice yields the same token from the same page, which is no cycle.
   */
  const seen = new Map<string, string | undefined>();
  const summary = () => (typeof source === 'function' ? source() : source);
  const load = (pageToken: string | undefined): Promise<Page<T, Items>> =>
    fetchPage(pageToken).then((raw) => {
      const next = raw.nextPageToken || undefined;
      // A server that hands back a token already walked would page forever.
      if (next !== undefined) {
        const from = seen.get(next);
        const cycle = next === pageToken || (seen.has(next) && from !== pageToken);
        if (cycle) {
          throw new InvalidResponseError(
            summary(),
            `nextPageToken ${JSON.stringify(next.slice(0, 40))} was already seen in this list; stopping instead of looping`,
          );
        }
        seen.set(next, pageToken);
      }
      if (!Array.isArray(raw.data)) {
        throw new InvalidResponseError(summary(), 'the page holds no array of items');
      }
      const page = {
        data: raw.data,
        hasNextPage: next !== undefined,
        nextPageToken: next,
        totalSize: raw.totalSize,
        nextPage: () =>
          next === undefined
            ? Promise.reject(new RangeError('this is the last page: check hasNextPage first'))
            : load(next),
      };
      const aliases: PropertyDescriptorMap = { nextPageValue: { value: next } };
      if (raw.itemsField) aliases[raw.itemsField] = { value: raw.data };
      if (raw.response) {
        responses.set(page, raw.response);
        const requestId = requestIdOf(raw.response.headers);
        if (requestId) aliases._requestId = { value: requestId };
      }
      return Object.defineProperties(page, aliases) as unknown as Page<T, Items>;
    });
  return load(undefined);
}

/** A page with the raw response it came in and its request id. */
export function withPageResponse<P extends object>(page: P): WithResponse<P> {
  const response = responses.get(page);
  if (!response) throw new TypeError('this list was not fetched over HTTP: no response to give');
  return { data: page, response, requestId: requestIdOf(response.headers) };
}

/**
 * Resolves after one turn of the event loop. A request started from promise callbacks is written
 * out only once they have all run (Node's HTTP client gives a request its socket on
 * `process.nextTick`), and a `for await` loop over the items of a page is one unbroken chain of
 * promise callbacks: without this turn, the page read ahead would leave only when the loop had
 * used up the current one, and the server would prepare nothing while the loop works.
 *
 * `setImmediate` in Node and Bun. A `MessageChannel` elsewhere (Deno, browsers, Workers), and
 * where a test runner's fake timers replaced `setImmediate`, which would then never fire: not
 * everywhere, as a channel per page costs Node about 1 µs per item of a 100-item page. A timer
 * last: browsers and Deno stretch a chain of `setTimeout(0)` to 4 ms after five in a row.
 */
function eventLoopTurn(): Promise<void> {
  const { setImmediate } = globalThis as { setImmediate?: (callback: () => void) => unknown };
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function' && !isFakeTimer(setImmediate)) {
      setImmediate(resolve);
    } else if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        channel.port2.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/**
 * Whether a timer function is a test runner's stand-in, which fires only when the test moves
 * its clock: the fake timers of Vitest and Jest (sinon's) mark theirs with `clock`, Jest's legacy
 * ones are mock functions.
 */
function isFakeTimer(timer: object): boolean {
  return 'clock' in timer || '_isMockFunction' in timer;
}

/**
 * Every item of every page, each page fetched when the previous is used up; with `readAhead: 1`
 * the next page is requested, and given a turn of the event loop to leave, as soon as a page
 * arrives (still one request in flight).
 */
export function pageItems<T, Items extends string>(
  firstPage: () => Promise<Page<T, Items>>,
  readAhead: 0 | 1,
): AsyncIterator<T> {
  // A hand-written iterator: an async generator's `yield*` costs a promise round trip per item.
  let page: Page<T, Items> | undefined;
  let ahead: Promise<Page<T, Items>> | undefined;
  let index = 0;
  let finished = false;
  // Starts the next page's request and lets it leave before the loop gets this page's items.
  const fetchAhead = async (from: Page<T, Items>) => {
    if (readAhead === 0 || !from.hasNextPage) return;
    ahead = from.nextPage();
    // Reported when the loop reaches that page; a loop that stops before it never sees it.
    ahead.catch(() => {});
    await eventLoopTurn();
  };
  return {
    next: async (): Promise<IteratorResult<T>> => {
      if (finished) return { done: true, value: undefined };
      if (!page) {
        page = await firstPage();
        await fetchAhead(page);
      }
      while (index >= page.data.length) {
        if (!page.hasNextPage) return { done: true, value: undefined };
        page = await (ahead ?? page.nextPage());
        ahead = undefined;
        index = 0;
        await fetchAhead(page);
      }
      return { done: false, value: page.data[index++] as T };
    },
    return: async (): Promise<IteratorResult<T>> => {
      // `break` in a for-await loop lands here: drop the pages so they can be collected.
      finished = true;
      page = undefined;
      ahead = undefined;
      return { done: true, value: undefined };
    },
  };
}
