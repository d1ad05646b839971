/**
 * `release <number>`: destructive. Shows the number's name and next charge date first (from
 * `get`, which also proves the project has it), then asks.
 */
import { PROGRAM } from '../help.js';
import { formatDateTime, formatMoney, text } from '../output/format.js';
import { renderDetails } from '../output/table.js';
import { activeNumberDetails } from '../output/views.js';
import { parsePhoneNumber } from '../values.js';
import { YES_OPTION } from './rent.js';
import type { CommandSpec } from './types.js';

/** The command. */
export const release: CommandSpec = {
  path: ['release'],
  summary: 'Give a number back (destructive; shows it and asks first)',
  description:
    'The number stops being billed at the end of its period and may not be available again.\n' +
    'Without a terminal (scripts, CI) it needs --yes.',
  args: '<number>',
  positionals: { min: 1, max: 1 },
  options: { ...YES_OPTION },
  examples: ['release +12025550134', 'release +12025550134 --yes --json'],
  api: 'numbers',
  async run(ctx) {
    const phoneNumber = parsePhoneNumber(ctx.positionals[0] ?? '');
    const numbers = await ctx.numbers();
    const current = await numbers.activeNumber.get({ phoneNumber });
    ctx.out.preview([
      `About to release ${phoneNumber}:`,
      ...renderDetails([
        ['Display name', text(current.displayName)],
        ['Next charge', formatDateTime(current.nextChargeDate)],
        ['Price', formatMoney(current.money)],
      ]).map((line) => `  ${line}`),
    ]);
    await ctx.confirm({
      question: `Release ${phoneNumber}${current.displayName ? ` (${current.displayName})` : ''}?`,
      kind: 'destructive',
      declined: 'Not confirmed: nothing was released.',
    });

    ctx.duringInterrupt(
      `the release of ${phoneNumber} may have gone through; check with '${PROGRAM} get ${phoneNumber}'`,
    );
    const released = await numbers.activeNumber.release({ phoneNumber });
    ctx.duringInterrupt(undefined);

    if (ctx.out.json) return ctx.out.printJson(released);
    ctx.out.lines([`Released ${released.phoneNumber ?? phoneNumber}.`, '']);
    ctx.out.details(activeNumberDetails(released));
  },
};
