/** `update <number>`: change a number's display name, SMS, voice or callback settings. */
import { UsageError } from '../errors.js';
import { activeNumberDetails } from '../output/views.js';
import { parsePhoneNumber } from '../values.js';
import { CONFIGURATION_OPTIONS, readConfiguration } from './configuration.js';
import type { CommandSpec } from './types.js';

/** The command. */
export const update: CommandSpec = {
  path: ['update'],
  summary: "Change a number's display name, SMS, voice or callback settings",
  description:
    'Only the flags given are sent. To unlink SMS, pass an empty service plan or campaign:\n' +
    '--service-plan-id "" (the API wants a number unlinked before it is linked elsewhere).',
  args: '<number>',
  positionals: { min: 1, max: 1 },
  options: {
    'display-name': {
      type: 'string',
      value: '<name>',
      description: 'the name shown for the number',
    },
    ...CONFIGURATION_OPTIONS,
  },
  examples: [
    'update +12025550134 --display-name "Support line"',
    'update +12025550134 --service-plan-id 8c1f4b2e9d7a --campaign-id CX4B9QZ',
    'update +12025550134 --voice-trunk-id 01hv3k9q7zp4m2x8n6b5c1d0ef',
  ],
  api: 'numbers',
  async run(ctx) {
    const phoneNumber = parsePhoneNumber(ctx.positionals[0] ?? '');
    const displayName = ctx.flags.string('display-name');
    const changes = {
      ...(displayName !== undefined ? { displayName } : {}),
      ...readConfiguration(ctx.flags, ctx.name),
    };
    if (Object.keys(changes).length === 0) {
      throw new UsageError(
        'nothing to change: give --display-name, --service-plan-id, --voice-app-id, --callback-url...',
        ctx.name,
      );
    }
    const updated = await (await ctx.numbers()).activeNumber.update({ phoneNumber, ...changes });
    if (ctx.out.json) return ctx.out.printJson(updated);
    ctx.out.lines([`Updated ${updated.phoneNumber ?? phoneNumber}.`, '']);
    ctx.out.details(activeNumberDetails(updated));
  },
};
