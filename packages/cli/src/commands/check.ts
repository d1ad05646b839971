/** `check <number>`: whether one number is for sale, and at what price. */
import { availableNumberDetails } from '../output/views.js';
import { parsePhoneNumber } from '../values.js';
import type { CommandSpec } from './types.js';

/** The command. */
export const check: CommandSpec = {
  path: ['check'],
  summary: 'Show whether a number is for sale, with its prices',
  args: '<number>',
  positionals: { min: 1, max: 1 },
  options: {},
  examples: ['check +12025550134', 'check +12025550134 --json'],
  api: 'numbers',
  async run(ctx) {
    const phoneNumber = parsePhoneNumber(ctx.positionals[0] ?? '');
    const available = await (await ctx.numbers()).availableNumber.checkAvailability({
      phoneNumber,
    });
    if (ctx.out.json) return ctx.out.printJson(available);
    ctx.out.details(availableNumberDetails(available));
  },
};
