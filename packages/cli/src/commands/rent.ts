/**
 * `rent <number>`: billable. The price comes first (from `checkAvailability`), then the
 * question; nothing billable is sent until the user (or `--yes`) agrees.
 */
import { PROGRAM } from '../help.js';
import { formatMoney, formatMonths } from '../output/format.js';
import { renderDetails } from '../output/table.js';
import { activeNumberDetails } from '../output/views.js';
import { parsePhoneNumber } from '../values.js';
import {
  CONFIGURATION_OPTIONS,
  describeConfiguration,
  readConfiguration,
} from './configuration.js';
import type { CommandSpec, OptionSpecs } from './types.js';

/** `--yes`, for the commands that ask first. */
export const YES_OPTION: OptionSpecs = {
  yes: {
    type: 'boolean',
    short: 'y',
    description: 'go ahead without asking (needed when not on a terminal)',
  },
};

/** The command. */
export const rent: CommandSpec = {
  path: ['rent'],
  summary: 'Rent a number (billable; shows the price and asks first)',
  description:
    'Checks that the number is for sale and shows its setup and monthly price, then asks.\n' +
    'Without a terminal (scripts, CI) it needs --yes. The API rents US LOCAL numbers this way.',
  args: '<number>',
  positionals: { min: 1, max: 1 },
  options: { ...CONFIGURATION_OPTIONS, ...YES_OPTION },
  examples: [
    'rent +12025550134',
    'rent +12025550134 --service-plan-id 8c1f4b2e9d7a --campaign-id CX4B9QZ',
    'rent +12025550134 --voice-app-id b6e2a4d8-1c3f-4e5a-9b7d-2f4e6a8c0d1e --yes --json',
  ],
  api: 'numbers',
  async run(ctx) {
    const phoneNumber = parsePhoneNumber(ctx.positionals[0] ?? '');
    const configuration = readConfiguration(ctx.flags, ctx.name);
    const numbers = await ctx.numbers();

    const offer = await numbers.availableNumber.checkAvailability({ phoneNumber });
    ctx.out.preview([
      `About to rent ${phoneNumber}:`,
      ...renderDetails([
        ['Setup price', formatMoney(offer.setupPrice)],
        ['Monthly price', formatMoney(offer.monthlyPrice)],
        ['Billed every', formatMonths(offer.paymentIntervalMonths)],
        ['Region / type', `${offer.regionCode ?? '?'} ${offer.type ?? '?'}`],
      ]).map((line) => `  ${line}`),
      ...describeConfiguration(configuration).map((line) => `  ${line}`),
    ]);
    await ctx.confirm({
      question: `Rent ${phoneNumber} for ${formatMoney(offer.setupPrice)} setup and ${formatMoney(offer.monthlyPrice)} a month?`,
      kind: 'billable',
      declined: 'Not confirmed: nothing was rented.',
    });

    ctx.duringInterrupt(
      `the rent of ${phoneNumber} may have gone through; check with '${PROGRAM} get ${phoneNumber}'`,
    );
    const rented = await numbers.availableNumber.rent({ phoneNumber, ...configuration });
    ctx.duringInterrupt(undefined);

    if (ctx.out.json) return ctx.out.printJson(rented);
    ctx.out.lines([`Rented ${rented.phoneNumber ?? phoneNumber}.`, '']);
    ctx.out.details(activeNumberDetails(rented));
  },
};
