/** `regions`: where numbers can be bought. */
import { REGION_COLUMNS } from '../output/views.js';
import { parseChoices } from '../values.js';
import { NUMBER_TYPES } from './filters.js';
import type { CommandSpec } from './types.js';

/** The command. */
export const regions: CommandSpec = {
  path: ['regions'],
  summary: 'List the regions where numbers can be bought',
  positionals: { min: 0, max: 0 },
  options: {
    types: {
      type: 'string',
      value: 'MOBILE,LOCAL,TOLL_FREE',
      description: 'only regions offering these types',
    },
  },
  examples: ['regions', 'regions --types LOCAL,TOLL_FREE --json'],
  api: 'numbers',
  async run(ctx) {
    const types = ctx.flags.string('types');
    const page = await (await ctx.numbers()).availableRegions.list(
      types !== undefined ? { types: parseChoices(types, NUMBER_TYPES, '--types') } : {},
    );
    if (ctx.out.json) return ctx.out.printJson(page);
    ctx.out.table(REGION_COLUMNS, page.data, 'No regions.');
  },
};
