/** `search`: numbers for sale in a region. */

import { UsageError } from '../errors.js';
import { AVAILABLE_NUMBER_COLUMNS } from '../output/views.js';
import { parseChoice, parseChoices, parseInteger, parseRegion } from '../values.js';
import { CAPABILITIES, NUMBER_TYPES, PATTERN_OPTIONS, readPattern } from './filters.js';
import type { CommandSpec } from './types.js';

/** The command. */
export const search: CommandSpec = {
  path: ['search'],
  summary: 'Search numbers for sale in a region',
  description:
    'Prints one batch of at most --size numbers with their setup and monthly prices.\n' +
    'Pick one and rent it with `rent <number>`.',
  positionals: { min: 0, max: 0 },
  options: {
    region: {
      type: 'string',
      value: '<code>',
      description: 'two-letter region, e.g. US (required)',
    },
    type: {
      type: 'string',
      value: 'MOBILE|LOCAL|TOLL_FREE',
      description: 'number type (required)',
    },
    ...PATTERN_OPTIONS,
    capabilities: {
      type: 'string',
      value: 'SMS,VOICE',
      description: 'numbers with all of these capabilities',
    },
    size: { type: 'string', value: '<n>', description: 'how many numbers at most' },
  },
  examples: [
    'search --region US --type LOCAL',
    'search --region US --type LOCAL --pattern 206 --search-pattern start --capabilities SMS,VOICE --size 5',
    'search --region GB --type MOBILE --json',
  ],
  api: 'numbers',
  async run(ctx) {
    const region = ctx.flags.string('region');
    const type = ctx.flags.string('type');
    if (region === undefined || type === undefined) {
      throw new UsageError(`missing ${region === undefined ? '--region' : '--type'}`, ctx.name);
    }
    const capabilities = ctx.flags.string('capabilities');
    const size = ctx.flags.string('size');
    const params = {
      regionCode: parseRegion(region),
      type: parseChoice(type, NUMBER_TYPES, '--type'),
      ...readPattern(ctx.flags),
      ...(capabilities !== undefined
        ? { capabilities: parseChoices(capabilities, CAPABILITIES, '--capabilities') }
        : {}),
      ...(size !== undefined ? { size: parseInteger(size, '--size', 1, 1000) } : {}),
    };
    const page = await (await ctx.numbers()).availableNumber.list(params);
    if (ctx.out.json) return ctx.out.printJson(page);
    ctx.out.table(AVAILABLE_NUMBER_COLUMNS, page.data, 'No numbers for sale match.');
  },
};
