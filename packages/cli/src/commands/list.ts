/** `list`: the project's numbers, one page or (with `--all`) every page, streamed. */
import type { ActiveNumber, Page } from '@sinch-numbers/client';
import { UsageError } from '../errors.js';
import { PROGRAM } from '../help.js';
import { toJson } from '../output/json.js';
import { Sink } from '../output/sink.js';
import { TableStream } from '../output/table.js';
import { ACTIVE_NUMBER_COLUMNS } from '../output/views.js';
import { ACTIVE_FILTER_OPTIONS, readActiveFilters } from './filters.js';
import { everyPage } from './paging.js';
import type { CommandContext, CommandSpec } from './types.js';

const DEFAULT_PAGE_SIZE = 50;

/** The command. */
export const list: CommandSpec = {
  path: ['list'],
  summary: "List the project's numbers (one page, or every page with --all)",
  description:
    'Without --all it prints one page and how to get the next (--page-token).\n' +
    'With --all it prints every page as it arrives. For files, use `export`.',
  positionals: { min: 0, max: 0 },
  options: {
    ...ACTIVE_FILTER_OPTIONS,
    'page-size': {
      type: 'string',
      value: '<n>',
      description: `numbers per request (default ${DEFAULT_PAGE_SIZE})`,
    },
    'page-token': { type: 'string', value: '<token>', description: 'start at this page' },
    all: { type: 'boolean', description: 'follow every page' },
  },
  examples: [
    'list --region US --type LOCAL',
    'list --type LOCAL --capability SMS --page-size 100 --all',
    'list --type LOCAL --json | jq -r ".data[].phoneNumber"',
  ],
  api: 'numbers',
  async run(ctx) {
    const pageToken = ctx.flags.string('page-token');
    const params = {
      ...readActiveFilters(ctx.flags, DEFAULT_PAGE_SIZE),
      ...(pageToken !== undefined ? { pageToken } : {}),
    };
    if (ctx.flags.boolean('all') && pageToken !== undefined) {
      throw new UsageError('--all starts at the first page: leave out --page-token', ctx.name);
    }
    const pages = (await ctx.numbers()).activeNumber.list(params);
    if (ctx.flags.boolean('all')) return printAll(ctx, everyPage(ctx, pages));

    const page = await pages;
    if (ctx.out.json) return ctx.out.printJson(page);
    ctx.out.table(ACTIVE_NUMBER_COLUMNS, page.data, 'No numbers match.');
    noteMore(ctx, page, params.type === undefined);
  },
};

function noteMore(ctx: CommandContext, page: Page<ActiveNumber>, noType: boolean): void {
  const of = page.totalSize !== undefined ? ` of ${page.totalSize}` : '';
  if (page.hasNextPage) {
    ctx.out.note(
      `Showing ${page.data.length}${of}. Next page: ${PROGRAM} list ... --page-token ${page.nextPageToken}, or --all.`,
    );
  }
  if (noType) ctx.out.note('(without --type the API lists MOBILE numbers only)');
}

// Same JSON shape as a single page, `{ data, hasNextPage, totalSize }`, written as it arrives.
async function printAll(
  ctx: CommandContext,
  pages: AsyncIterable<Page<ActiveNumber>>,
): Promise<void> {
  const sink = new Sink(ctx.out.stdout);
  const table = new TableStream(ACTIVE_NUMBER_COLUMNS);
  let count = 0;
  let totalSize: number | undefined;
  if (ctx.out.json) await sink.write('{\n  "data": [');
  for await (const page of pages) {
    totalSize ??= page.totalSize;
    if (ctx.out.json) {
      for (const number of page.data) {
        const item = toJson(number).replace(/\n/g, '\n    ');
        await sink.write(`${count++ === 0 ? '\n' : ',\n'}    ${item}`);
      }
    } else if (page.data.length > 0) {
      count += page.data.length;
      await sink.write(`${table.render(page.data).join('\n')}\n`);
    }
  }
  if (ctx.out.json) {
    const total = totalSize !== undefined ? `,\n  "totalSize": ${totalSize}` : '';
    await sink.write(`${count > 0 ? '\n  ' : ''}],\n  "hasNextPage": false${total}\n}\n`);
  } else if (count === 0) {
    ctx.out.note('No numbers match.');
  }
}
