/**
 * List results: await a list call for its first page, or iterate it with `for await` to get
 * every item across pages. Pages are fetched one at a time, only when the previous one has been
 * consumed (or, with `items({ readAhead: 1 })`, one page ahead), so memory stays flat however
 * long the list is. A list call returns this shell at once; the walk itself (`page-walk.ts`)
 * loads with the request path, which its first page needs anyway.
 */
import type { TransportResponse } from '@sinch-numbers/fetch/base';
import type { WithResponse } from './api-promise.js';
import type { RequestSummary } from './errors.js';
import { loadRequestPath } from './load-request-path.js';

/**
 * The fields every page has. `nextPageValue` (the official SDK's `PageResult` name for the
 * token) is not enumerable, so a page serializes to the same JSON as before.
 */
export interface PageFields<T, Items extends string = never> {
  /** The items of this page. */
  readonly data: T[];
  /** Whether `nextPage()` has more to give. */
  readonly hasNextPage: boolean;
  /** The token of the next page, when there is one. */
  readonly nextPageToken: string | undefined;
  /** The same token under the official SDK's name (not enumerable). */
  readonly nextPageValue: string | undefined;
  /** Total number of items across all pages, when the API reports it. */
  readonly totalSize: number | undefined;
  /** Fetches the next page. Rejects when `hasNextPage` is false. */
  nextPage(): Promise<Page<T, Items>>;
}

/**
 * One page of a list. `Items` is the name the API gives the list in its body
 * (`activeNumbers`, `availableNumbers`, `availableRegions`): the page also holds `data` under
 * that name, not enumerable, so code written for the raw response body keeps working.
 */
export type Page<T, Items extends string = never> = PageFields<T, Items> & {
  readonly [K in Items]: T[];
};

/** The official SDK's name for a page. */
export type PageResult<T> = Page<T>;

/** What a list operation returns for one page token. */
export interface RawPage<T> {
  data: T[];
  nextPageToken?: string | undefined;
  totalSize?: number | undefined;
  /** The name of the items in the API's body, aliased on the page. */
  itemsField?: string | undefined;
  /** The HTTP response the page came in. */
  response?: TransportResponse | undefined;
}

/**
 * The result of a list call: a promise of its first page that is also an async iterable over
 * every item.
 *
 * @example
 * ```ts
 * const page = await sinch.numbers.activeNumber.list({ regionCode: 'US', pageSize: 100 });
 * for await (const number of sinch.numbers.activeNumber.list({ regionCode: 'US' })) {
 *   console.log(number.phoneNumber);
 * }
 * const first500 = await sinch.numbers.activeNumber.list({ pageSize: 100 }).toArray({ limit: 500 });
 * ```
 */
export class PagePromise<T, Items extends string = never>
  implements PromiseLike<Page<T, Items>>, AsyncIterable<T>
{
  readonly #fetchPage: (pageToken: string | undefined) => Promise<RawPage<T>>;
  readonly #source: RequestSummary | (() => RequestSummary);
  #first: Promise<Page<T, Items>> | undefined;

  /**
   * @param fetchPage - fetches the page for a token (`undefined` for the first page).
   * @param source - the list operation, named in errors about its pages (a function when it is
   *   known only once the first page was fetched).
   */
  constructor(
    fetchPage: (pageToken: string | undefined) => Promise<RawPage<T>>,
    source: RequestSummary | (() => RequestSummary) = {
      operationId: 'list',
      name: 'list',
      method: 'GET',
      url: '',
    },
  ) {
    this.#fetchPage = fetchPage;
    this.#source = source;
  }

  /** The first page with the raw response it came in and its request id. */
  withResponse(): Promise<WithResponse<Page<T, Items>>> {
    return this.firstPage().then((page) =>
      loadRequestPath().then((path) => path.withPageResponse(page)),
    );
  }

  /** The first page (fetched once, however often it is awaited). */
  firstPage(): Promise<Page<T, Items>> {
    this.#first ??= loadRequestPath().then((path) =>
      path.walkPages<T, Items>(this.#fetchPage, this.#source),
    );
    return this.#first;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaited like a promise on purpose.
  then<A = Page<T, Items>, B = never>(
    onFulfilled?: ((page: Page<T, Items>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.firstPage().then(onFulfilled, onRejected);
  }

  /** Iterates over every item of every page, fetching each page when the previous is used up. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.#items(0);
  }

  /**
   * Iterates over every item like `for await` on the list itself, optionally reading ahead:
   * with `readAhead: 1` the next page is requested as soon as a page arrives, so the server
   * prepares it while your loop works through the current one. A long walk then takes about
   * the longer of the two times instead of their sum; the cost is one page more in memory and,
   * when the loop breaks early, one page requested and never used. Still one request in flight.
   *
   * @example
   * ```ts
   * for await (const number of sinch.numbers.activeNumber.list({ pageSize: 1000 }).items({ readAhead: 1 })) {
   *   await exportRow(number);
   * }
   * ```
   */
  items(options: { readAhead?: 0 | 1 } = {}): AsyncIterable<T> {
    const readAhead = options.readAhead ?? 0;
    if (readAhead !== 0 && readAhead !== 1) {
      throw new RangeError(`readAhead must be 0 or 1; got ${String(options.readAhead)}`);
    }
    return { [Symbol.asyncIterator]: () => this.#items(readAhead) };
  }

  /** The request path's iterator over the items, taken by the first `next()`. */
  #items(readAhead: 0 | 1): AsyncIterator<T> {
    let items: AsyncIterator<T> | undefined;
    let finished = false;
    return {
      next: () => {
        if (items) return items.next();
        if (finished) return Promise.resolve({ done: true, value: undefined });
        // The first page (which loads the request path) first, so a failure is the page's, as
        // often as it is asked for; the iterator then starts from it.
        return this.firstPage()
          .then(() => loadRequestPath())
          .then((path) => {
            items ??= path.pageItems(() => this.firstPage(), readAhead);
            return items.next();
          });
      },
      return: () => {
        // `break` in a for-await loop lands here.
        finished = true;
        return items?.return?.() ?? Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  /** Iterates page by page instead of item by item. */
  async *pages(): AsyncGenerator<Page<T, Items>> {
    let page = await this.firstPage();
    for (;;) {
      yield page;
      if (!page.hasNextPage) return;
      page = await page.nextPage();
    }
  }

  /**
   * Collects items into an array, stopping after `limit` items (and not fetching further pages).
   * Without a limit it loads the whole list into memory: prefer `for await` for large lists.
   */
  async toArray(options: { limit?: number } = {}): Promise<T[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    if (!(limit >= 0)) throw new RangeError(`limit must be a number >= 0; got ${options.limit}`);
    const items: T[] = [];
    if (limit === 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
