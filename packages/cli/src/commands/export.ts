/**
 * `export`: every active number to CSV, NDJSON or JSON, streamed. Pages are fetched one at a
 * time with `for await`, each record is written as it arrives (waiting for `drain` when the
 * file or pipe is slower than the API), so memory stays flat for any number of numbers.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ActiveNumber, PagePromise } from '@sinch-numbers/client';
import { EXPORT_FORMATS, type ExportFormat, recordFormat } from '../output/records.js';
import { Sink } from '../output/sink.js';
import { createProgress } from '../progress.js';
import { parseChoice } from '../values.js';
import { ACTIVE_FILTER_OPTIONS, readActiveFilters } from './filters.js';
import { everyPage } from './paging.js';
import type { CommandContext, CommandSpec } from './types.js';

const DEFAULT_PAGE_SIZE = 100;

const FORMAT_OF_EXTENSION: Readonly<Record<string, ExportFormat>> = {
  '.csv': 'csv',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.json': 'json',
};

/** The command. */
export const exportCommand: CommandSpec = {
  path: ['export'],
  summary: 'Write every active number to CSV, NDJSON or JSON (streamed)',
  description:
    'The format is --format, else the --output extension (.csv, .ndjson/.jsonl, .json), else\n' +
    'csv. A file is written under a temporary name and renamed when complete, so a failed or\n' +
    'interrupted export never leaves a truncated file behind. A progress bar shows on stderr\n' +
    'when it is a terminal.',
  positionals: { min: 0, max: 0 },
  options: {
    ...ACTIVE_FILTER_OPTIONS,
    'page-size': {
      type: 'string',
      value: '<n>',
      description: `numbers per request (default ${DEFAULT_PAGE_SIZE})`,
    },
    format: { type: 'string', value: 'csv|ndjson|json', description: 'output format' },
    output: {
      type: 'string',
      short: 'o',
      value: '<file>',
      description: 'write here instead of stdout',
    },
  },
  examples: [
    'export --type LOCAL --output numbers.csv',
    'export --region US --type LOCAL --format ndjson > numbers.ndjson',
    'export --type MOBILE --format json -o numbers.json',
  ],
  api: 'numbers',
  async run(ctx) {
    const params = readActiveFilters(ctx.flags, DEFAULT_PAGE_SIZE);
    const output = ctx.flags.string('output');
    const format = chooseFormat(ctx, output);
    const pages = (await ctx.numbers()).activeNumber.list(params);

    const target = output === undefined ? undefined : await openPartial(output);
    const removeCleanup = target ? ctx.onInterrupt(() => target.discard()) : () => {};
    const started = Date.now();
    let count: number;
    try {
      count = await writeRecords(ctx, pages, format, target?.stream ?? ctx.out.stdout);
      await target?.commit();
    } catch (error) {
      await target?.discard();
      throw error;
    } finally {
      removeCleanup();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    ctx.out.note(
      `Exported ${count.toLocaleString('en-US')} number${count === 1 ? '' : 's'} as ${format} to ${output ?? 'stdout'} in ${seconds} s.`,
    );
  },
};

function chooseFormat(ctx: CommandContext, output: string | undefined): ExportFormat {
  const raw = ctx.flags.string('format');
  if (raw !== undefined) return parseChoice(raw, EXPORT_FORMATS, '--format');
  const byExtension =
    output === undefined ? undefined : FORMAT_OF_EXTENSION[extname(output).toLowerCase()];
  return byExtension ?? (ctx.out.json ? 'json' : 'csv');
}

async function writeRecords(
  ctx: CommandContext,
  pages: PagePromise<ActiveNumber>,
  format: ExportFormat,
  stream: Writable,
): Promise<number> {
  const records = recordFormat(format);
  const sink = new Sink(stream);
  const progress = createProgress(ctx.out.stderr, 'numbers');
  let count = 0;
  try {
    await sink.write(records.header());
    for await (const page of everyPage(ctx, pages)) {
      for (const number of page.data) {
        await sink.write(records.record(number, count++));
      }
      progress.advance(page.data.length, page.totalSize);
    }
    await sink.write(records.footer(count));
  } finally {
    progress.finish();
  }
  return count;
}

/** A file written under a temporary name, renamed into place only when complete. */
interface PartialFile {
  readonly stream: Writable;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

async function openPartial(path: string): Promise<PartialFile> {
  const partial = `${path}.${process.pid}.partial`;
  const stream = createWriteStream(partial);
  // Fail on an unwritable path before the first request, not after the first page.
  await once(stream, 'open');
  // Write errors surface through `Sink` (stream.errored) and `finished`; without a listener
  // the stream would also throw them at the top level.
  stream.on('error', () => {});
  return {
    stream,
    async commit() {
      stream.end();
      await finished(stream);
      await rename(partial, path);
    },
    async discard() {
      if (!stream.closed) {
        // Not `once(stream, 'close')`: that rejects on the error destroy() itself may raise
        // for writes still queued, and this cleanup must not replace the original failure.
        const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
        stream.destroy();
        await closed;
      }
      await rm(partial, { force: true });
    },
  };
}
