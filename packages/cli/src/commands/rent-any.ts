/** `rent-any`: billable. Rents the first number matching the criteria, after showing them. */

import { UsageError } from '../errors.js';
import { PROGRAM } from '../help.js';
import { formatList } from '../output/format.js';
import { renderDetails } from '../output/table.js';
import { activeNumberDetails } from '../output/views.js';
import { parseChoice, parseChoices, parseRegion } from '../values.js';
import {
  CONFIGURATION_OPTIONS,
  describeConfiguration,
  readConfiguration,
} from './configuration.js';
import { CAPABILITIES, NUMBER_TYPES, PATTERN_OPTIONS, readPattern } from './filters.js';
import { YES_OPTION } from './rent.js';
import type { CommandSpec } from './types.js';

/** The command. */
export const rentAny: CommandSpec = {
  path: ['rent-any'],
  summary: 'Rent the first number that matches (billable; asks first)',
  description:
    'Shows the criteria, then asks. Which number (and price) you get is known only afterwards:\n' +
    'run `search` with the same criteria first to see the prices. The API supports US LOCAL.',
  positionals: { min: 0, max: 0 },
  options: {
    region: { type: 'string', value: '<code>', description: 'two-letter region (required)' },
    type: {
      type: 'string',
      value: 'MOBILE|LOCAL|TOLL_FREE',
      description: 'number type (required)',
    },
    ...PATTERN_OPTIONS,
    capabilities: { type: 'string', value: 'SMS,VOICE', description: 'required capabilities' },
    ...CONFIGURATION_OPTIONS,
    ...YES_OPTION,
  },
  examples: [
    'rent-any --region US --type LOCAL --pattern 206 --search-pattern start',
    'rent-any --region US --type LOCAL --capabilities SMS --service-plan-id 8c1f4b2e9d7a --yes',
  ],
  api: 'numbers',
  async run(ctx) {
    const region = ctx.flags.string('region');
    const type = ctx.flags.string('type');
    if (region === undefined || type === undefined) {
      throw new UsageError(`missing ${region === undefined ? '--region' : '--type'}`, ctx.name);
    }
    const capabilities = ctx.flags.string('capabilities');
    const pattern = readPattern(ctx.flags);
    if (pattern['numberPattern.searchPattern'] && !pattern['numberPattern.pattern']) {
      throw new UsageError('--search-pattern needs --pattern', ctx.name);
    }
    const criteria = {
      regionCode: parseRegion(region),
      type: parseChoice(type, NUMBER_TYPES, '--type'),
      ...(capabilities !== undefined
        ? { capabilities: parseChoices(capabilities, CAPABILITIES, '--capabilities') }
        : {}),
      ...(pattern['numberPattern.pattern'] !== undefined
        ? {
            numberPattern: {
              pattern: pattern['numberPattern.pattern'],
              ...(pattern['numberPattern.searchPattern']
                ? { searchPattern: pattern['numberPattern.searchPattern'] }
                : {}),
            },
          }
        : {}),
    };
    const configuration = readConfiguration(ctx.flags, ctx.name);
    ctx.out.preview([
      'About to rent the first number that matches:',
      ...renderDetails([
        ['Region', criteria.regionCode],
        ['Type', criteria.type],
        [
          'Pattern',
          criteria.numberPattern
            ? `${criteria.numberPattern.pattern} (${criteria.numberPattern.searchPattern ?? 'any position'})`
            : 'any',
        ],
        ['Capabilities', formatList(criteria.capabilities)],
      ]).map((line) => `  ${line}`),
      ...describeConfiguration(configuration).map((line) => `  ${line}`),
    ]);
    const numbers = await ctx.numbers();
    await ctx.confirm({
      question: `Rent a ${criteria.regionCode} ${criteria.type} number matching these criteria?`,
      kind: 'billable',
      declined: 'Not confirmed: nothing was rented.',
    });

    ctx.duringInterrupt(
      `a number may have been rented; check with '${PROGRAM} list --region ${criteria.regionCode} --type ${criteria.type}'`,
    );
    const rented = await numbers.availableNumber.rentAny({ ...criteria, ...configuration });
    ctx.duringInterrupt(undefined);

    if (ctx.out.json) return ctx.out.printJson(rented);
    ctx.out.lines([`Rented ${rented.phoneNumber ?? '(number not reported)'}.`, '']);
    ctx.out.details(activeNumberDetails(rented));
  },
};
