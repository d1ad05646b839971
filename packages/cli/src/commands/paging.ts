/**
 * Walking every page of the active-number list, one page at a time (`for await` over
 * `pages()`): only the current page is ever in memory.
 */
import type { ActiveNumber, Page, PagePromise } from '@sinch-numbers/client';
import type { CommandContext } from './types.js';

/** The pages of `list`, to the last one (the `--mock` sandbox pages to the end as the API does). */
export async function* everyPage(
  ctx: CommandContext,
  list: PagePromise<ActiveNumber>,
): AsyncGenerator<Page<ActiveNumber>> {
  for await (const page of list.pages()) {
    ctx.memory?.sample();
    yield page;
  }
}
