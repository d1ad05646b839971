/** `get <number>`: one of the project's numbers, with its configuration. */
import { activeNumberDetails } from '../output/views.js';
import { parsePhoneNumber } from '../values.js';
import type { CommandSpec } from './types.js';

/** The command. */
export const get: CommandSpec = {
  path: ['get'],
  summary: "Show one of the project's numbers",
  args: '<number>',
  positionals: { min: 1, max: 1 },
  options: {},
  examples: ['get +12025550134', 'get +12025550134 --json'],
  api: 'numbers',
  async run(ctx) {
    const phoneNumber = parsePhoneNumber(ctx.positionals[0] ?? '');
    const number = await (await ctx.numbers()).activeNumber.get({ phoneNumber });
    if (ctx.out.json) return ctx.out.printJson(number);
    ctx.out.details(activeNumberDetails(number));
  },
};
