/**
 * The contenders of the pagination run: each walks the whole active-numbers list and counts
 * the items it sees. The plain loop is the floor: fetch, JSON.parse, iterate the page's array,
 * follow `nextPageToken`; no date conversion, no validation. The clients do what their users
 * get by default: ours converts the spec's date-time fields to `Date`, the official SDK revives
 * every string that looks like a date.
 *
 * A walk advances one page's worth of items per `step()`, so the benchmark can interleave
 * contenders page by page; the clients are driven through their async iterator, exactly what
 * `for await` does.
 */

import http from 'node:http';
import { fetchToken, highLevelClient, officialClient } from './clients.js';
import { PROJECT_ID } from './server/fixtures.js';

/** One walk over the list. */
export interface Walk {
  /** Consumes up to one page of items; resolves to how many (0 once the list is done). */
  step(): Promise<number>;
  /** Abandons the walk early (closes the iterator). */
  stop(): Promise<void>;
}

export interface Paginator {
  id: PaginatorId;
  label: string;
  walk(): Walk;
  /** Walks up to `limit` items (rounded up to a page; all when undefined). */
  iterate(limit?: number, onPage?: () => void): Promise<number>;
}

export const PAGINATOR_IDS = ['fetch-loop', 'high', 'high+fetch', 'official'] as const;
/**
 * Walked whole, one contender at a time: reading ahead overlaps the server's work with the
 * loop's, which the page-by-page interleaving above would credit to it for free.
 */
export const WHOLE_WALK_IDS = ['node-loop', 'official', 'high', 'high+readahead'] as const;
export type PaginatorId = (typeof PAGINATOR_IDS)[number] | (typeof WHOLE_WALK_IDS)[number];
/**
 * Walked whole again with a loop body that takes {@link ITEM_WORK_US} per item (exporting a
 * row, say): what reading ahead is for, since the server can only prepare the next page while
 * the loop is busy with something other than the client.
 */
export const WORKED_WALK_IDS = ['official', 'high', 'high+readahead'] as const;
/** The worked walks' loop body, in µs of CPU per item. */
export const ITEM_WORK_US = 5;

/** Keeps the CPU busy for `us` microseconds, as a loop body that works would. */
function spin(us: number): void {
  const until = performance.now() + us / 1000;
  while (performance.now() < until) {
    // busy: a synchronous loop body, the case in which nothing else gets the thread
  }
}

interface Item {
  phoneNumber?: string;
}

/** Drives an async iterable a page at a time, as `for await` would. */
function iteratorWalk(items: AsyncIterable<Item>, pageSize: number, workUs: number): Walk {
  const iterator = items[Symbol.asyncIterator]();
  let done = false;
  return {
    async step() {
      let count = 0;
      while (!done && count < pageSize) {
        const next = await iterator.next();
        if (next.done) done = true;
        // Touch the item so the loop cannot be reduced to counting.
        else if (next.value.phoneNumber !== undefined) {
          count++;
          if (workUs > 0) spin(workUs);
        }
      }
      return count;
    },
    async stop() {
      if (!done) await iterator.return?.();
      done = true;
    },
  };
}

/** One page of the list, as the hand-written loops read it. */
interface ListPage {
  activeNumbers?: Item[];
  nextPageToken?: string;
}

/**
 * A hand-written walk: GET the list (`get` is handed `list` with the page token appended), parse,
 * iterate, follow `nextPageToken`; no dates, no checks. The plain loops differ only in `get`.
 */
function loopWalk(list: string, get: (target: string) => Promise<ListPage>): Walk {
  let token = '';
  let done = false;
  return {
    async step() {
      if (done) return 0;
      const page = await get(token ? `${list}&pageToken=${encodeURIComponent(token)}` : list);
      let count = 0;
      for (const item of page.activeNumbers ?? []) if (item.phoneNumber !== undefined) count++;
      token = page.nextPageToken ?? '';
      done = !token;
      return count;
    },
    async stop() {
      done = true;
    },
  };
}

/** GETs `path` over a keep-alive agent and resolves to the body as text. */
function httpGetText(
  agent: http.Agent,
  origin: URL,
  path: string,
  headers: Record<string, string>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request({
      hostname: origin.hostname,
      port: origin.port,
      path,
      agent,
      headers,
    });
    outgoing.once('error', reject);
    outgoing.once('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.once('error', reject);
      incoming.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    outgoing.end();
  });
}

function paginator(id: PaginatorId, label: string, walk: () => Walk): Paginator {
  return {
    id,
    label,
    walk,
    async iterate(limit = Number.POSITIVE_INFINITY, onPage) {
      const current = walk();
      let total = 0;
      for (;;) {
        const count = await current.step();
        if (count === 0) break;
        total += count;
        onPage?.();
        if (total >= limit) {
          await current.stop();
          break;
        }
      }
      return total;
    },
  };
}

/**
 * Creates one paginator against the benchmark server; `workUs` gives a client's loop body that
 * much work per item (the hand-written loops take none).
 */
export async function createPaginator(
  id: PaginatorId,
  baseUrl: string,
  pageSize: number,
  workUs = 0,
): Promise<Paginator> {
  const paginator = await createContender(id, baseUrl, pageSize, workUs);
  if (workUs === 0) return paginator;
  if (id === 'fetch-loop' || id === 'node-loop') throw new Error(`${id} takes no work per item`);
  return { ...paginator, label: `${paginator.label}, ${workUs} µs of work per item` };
}

async function createContender(
  id: PaginatorId,
  baseUrl: string,
  pageSize: number,
  workUs: number,
): Promise<Paginator> {
  switch (id) {
    case 'fetch-loop': {
      const headers = {
        authorization: `Bearer ${await fetchToken(baseUrl)}`,
        accept: 'application/json',
      };
      const list = `${baseUrl}/v1/projects/${PROJECT_ID}/activeNumbers?pageSize=${pageSize}`;
      return paginator(id, 'plain fetch loop', () =>
        loopWalk(list, async (url) => (await (await fetch(url, { headers })).json()) as ListPage),
      );
    }
    case 'node-loop': {
      const headers = {
        authorization: `Bearer ${await fetchToken(baseUrl)}`,
        accept: 'application/json',
      };
      const agent = new http.Agent({ keepAlive: true });
      const list = `/v1/projects/${PROJECT_ID}/activeNumbers?pageSize=${pageSize}`;
      const origin = new URL(baseUrl);
      // What a user gets without a client (not a strict floor: the high-level walk has measured
      // faster than it in some runs).
      return paginator(id, 'node:http + JSON.parse loop (no dates, no checks)', () =>
        loopWalk(
          list,
          async (path) => JSON.parse(await httpGetText(agent, origin, path, headers)) as ListPage,
        ),
      );
    }
    case 'high':
    case 'high+fetch': {
      const fetch = id === 'high' ? undefined : (globalThis.fetch as typeof globalThis.fetch);
      const { numbers } = highLevelClient(baseUrl, fetch);
      const label =
        id === 'high'
          ? 'high-level for await (default: Node transport)'
          : 'high-level for await + fetch';
      return paginator(id, label, () =>
        iteratorWalk(numbers.activeNumber.list({ pageSize }), pageSize, workUs),
      );
    }
    case 'high+readahead': {
      const { numbers } = highLevelClient(baseUrl);
      return paginator(id, 'high-level items({ readAhead: 1 }) (Node transport)', () =>
        iteratorWalk(
          numbers.activeNumber.list({ pageSize }).items({ readAhead: 1 }),
          pageSize,
          workUs,
        ),
      );
    }
    case 'official': {
      const { numbers } = officialClient(baseUrl);
      return paginator(id, 'official SDK iterator', () =>
        iteratorWalk(numbers.activeNumber.list({ pageSize }), pageSize, workUs),
      );
    }
  }
}
