/**
 * Walking every page of the active-number list, one page at a time (`for await` over
 * `pages()`): only the current page is ever in memory.
 */
import type { ActiveNumber, Page, PagePromise } from '@sinch-numbers/client';
import type { CommandContext } from './types.js';

/**
 * The pages of `list`. Under `--mock` only the first: the mock serves the spec's one example
 * page, whose `nextPageToken` would come back unchanged for ever (the client stops such a loop
 * with an error), so the walk ends there with a note instead.
 */
export async function* everyPage(
  ctx: CommandContext,
  list: PagePromise<ActiveNumber>,
): AsyncGenerator<Page<ActiveNumber>> {
  for await (const page of list.pages()) {
    ctx.memory?.sample();
    yield page;
    if (ctx.mock && page.hasNextPage) {
      ctx.out.note('(mock: the example page links to itself; stopping after the first page)');
      return;
    }
  }
}
