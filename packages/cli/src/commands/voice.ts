/**
 * `voice ...`: which numbers ring which voice application, the application's callback URLs,
 * and number lookup (Voice API, with the application's key and secret).
 */
import { UsageError } from '../errors.js';
import { formatList, text } from '../output/format.js';
import type { Column } from '../output/table.js';
import { parseChoice, parsePhoneNumber, parseUrl } from '../values.js';
import type { CommandContext, CommandSpec, OptionSpecs } from './types.js';

const APP_KEY: OptionSpecs = {
  'app-key': {
    type: 'string',
    value: '<key>',
    description: 'the application to act on (default: the --application-key credential)',
  },
};

const CAPABILITY: OptionSpecs = {
  capability: {
    type: 'string',
    value: 'voice|sms',
    description: 'what the assignment is for (default voice)',
  },
};

// The API takes at most this many numbers per assignment.
const MAX_ASSIGN = 100;

async function appKey(ctx: CommandContext): Promise<string> {
  return ctx.flags.string('app-key') ?? (await ctx.applicationKey());
}

function capabilityOf(ctx: CommandContext): 'voice' | 'sms' {
  const raw = ctx.flags.string('capability');
  return raw === undefined ? 'voice' : parseChoice(raw, ['voice', 'sms'], '--capability');
}

type VoiceNumber = { number?: string; applicationkey?: string; capability?: string };

const VOICE_NUMBER_COLUMNS: readonly Column<VoiceNumber>[] = [
  { header: 'NUMBER', value: (n) => text(n.number) },
  { header: 'APPLICATION', value: (n) => text(n.applicationkey) },
  { header: 'CAPABILITY', value: (n) => text(n.capability) },
];

/** `voice numbers`. */
export const voiceNumbers: CommandSpec = {
  path: ['voice', 'numbers'],
  summary: 'List the numbers and the voice application each is assigned to',
  positionals: { min: 0, max: 0 },
  options: {},
  examples: ['voice numbers', 'voice numbers --json'],
  api: 'voice',
  async run(ctx) {
    const result = await (await ctx.voice()).listNumbers();
    if (ctx.out.json) return ctx.out.printJson(result);
    ctx.out.table(VOICE_NUMBER_COLUMNS, result.numbers ?? [], 'No numbers.');
  },
};

/** `voice assign`. */
export const voiceAssign: CommandSpec = {
  path: ['voice', 'assign'],
  summary: `Assign numbers (up to ${MAX_ASSIGN}) to a voice application`,
  args: '<number...>',
  positionals: { min: 1, max: MAX_ASSIGN },
  options: { ...APP_KEY, ...CAPABILITY },
  examples: [
    'voice assign +12025550134',
    'voice assign +12025550134 +12025550188 --app-key 5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60',
  ],
  api: 'voice',
  async run(ctx) {
    const numbers = ctx.positionals.map((raw) => parsePhoneNumber(raw));
    const capability = capabilityOf(ctx);
    const voice = await ctx.voice();
    const applicationkey = await appKey(ctx);
    await voice.assignNumbers({ numbers, capability, applicationkey });
    if (ctx.out.json) return ctx.out.printJson({ applicationkey, capability, numbers });
    ctx.out.lines([
      `Assigned ${formatList(numbers)} to application ${applicationkey} for ${capability}.`,
    ]);
  },
};

/** `voice unassign`. */
export const voiceUnassign: CommandSpec = {
  path: ['voice', 'unassign'],
  summary: "Remove a number's assignment to a voice application",
  args: '<number>',
  positionals: { min: 1, max: 1 },
  options: { ...APP_KEY, ...CAPABILITY },
  examples: ['voice unassign +12025550134'],
  api: 'voice',
  async run(ctx) {
    const number = parsePhoneNumber(ctx.positionals[0] ?? '');
    const capability = capabilityOf(ctx);
    const voice = await ctx.voice();
    const applicationkey = await appKey(ctx);
    await voice.unassignNumber({ number, capability, applicationkey });
    if (ctx.out.json) return ctx.out.printJson({ applicationkey, capability, number });
    ctx.out.lines([`Unassigned ${number} from application ${applicationkey} (${capability}).`]);
  },
};

/** `voice callbacks get`. */
export const voiceCallbacksGet: CommandSpec = {
  path: ['voice', 'callbacks', 'get'],
  summary: "Show a voice application's callback URLs",
  positionals: { min: 0, max: 0 },
  options: { ...APP_KEY },
  examples: ['voice callbacks get', 'voice callbacks get --json'],
  api: 'voice',
  async run(ctx) {
    const voice = await ctx.voice();
    const applicationkey = await appKey(ctx);
    const callbacks = await voice.getCallbackURLs({ applicationkey });
    if (ctx.out.json) return ctx.out.printJson(callbacks);
    ctx.out.details([
      ['Application', applicationkey],
      ['Primary', text(callbacks.url?.primary)],
      ['Fallback', text(callbacks.url?.fallback)],
    ]);
  },
};

/** `voice callbacks set`. */
export const voiceCallbacksSet: CommandSpec = {
  path: ['voice', 'callbacks', 'set'],
  summary: "Replace a voice application's callback URLs",
  positionals: { min: 0, max: 0 },
  options: {
    primary: { type: 'string', value: '<url>', description: 'primary callback URL (required)' },
    fallback: { type: 'string', value: '<url>', description: 'used when the primary fails' },
    ...APP_KEY,
  },
  examples: [
    'voice callbacks set --primary https://example.com/voice',
    'voice callbacks set --primary https://example.com/voice --fallback https://backup.example.com/voice',
  ],
  api: 'voice',
  async run(ctx) {
    const primaryRaw = ctx.flags.string('primary');
    if (primaryRaw === undefined) throw new UsageError('missing --primary', ctx.name);
    const fallbackRaw = ctx.flags.string('fallback');
    const url = {
      primary: parseUrl(primaryRaw, '--primary'),
      ...(fallbackRaw !== undefined ? { fallback: parseUrl(fallbackRaw, '--fallback') } : {}),
    };
    const voice = await ctx.voice();
    const applicationkey = await appKey(ctx);
    await voice.updateCallbackURLs({ url, applicationkey });
    if (ctx.out.json) return ctx.out.printJson({ applicationkey, url });
    ctx.out.lines([`Callback URLs of application ${applicationkey} set.`]);
    ctx.out.details([
      ['Primary', url.primary],
      ['Fallback', text(url.fallback)],
    ]);
  },
};

/** `voice query`. */
export const voiceQuery: CommandSpec = {
  path: ['voice', 'query'],
  summary: 'Look a number up: country, type, normalized form, calling rate',
  args: '<number>',
  positionals: { min: 1, max: 1 },
  options: {},
  examples: ['voice query +46730170101', 'voice query +46730170101 --json'],
  api: 'voice',
  async run(ctx) {
    const number = parsePhoneNumber(ctx.positionals[0] ?? '');
    const result = await (await ctx.voice()).queryNumber({ number });
    if (ctx.out.json) return ctx.out.printJson(result);
    const info = result.number;
    const rate =
      info?.rate?.amount !== undefined
        ? `${info.rate.currencyId ? `${info.rate.currencyId} ` : ''}${info.rate.amount} per minute`
        : undefined;
    ctx.out.details([
      ['Number', text(info?.normalizedNumber ?? number)],
      ['Country', text(info?.countryId)],
      ['Type', text(info?.numberType)],
      ['Restricted', info?.restricted === undefined ? '-' : info.restricted ? 'yes' : 'no'],
      ['Rate', text(rate)],
    ]);
  },
};
