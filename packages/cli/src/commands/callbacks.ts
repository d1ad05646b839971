/** `callbacks get|set`: the project's HMAC secret for signing number events. */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { maskSecret, text } from '../output/format.js';
import type { CommandSpec } from './types.js';

/** `callbacks get`. */
export const callbacksGet: CommandSpec = {
  path: ['callbacks', 'get'],
  summary: "Show the project's callback settings (HMAC secret masked)",
  description:
    'The secret is masked on a terminal; --show-secret prints it, and --json always has it.',
  positionals: { min: 0, max: 0 },
  options: {
    'show-secret': { type: 'boolean', description: 'print the HMAC secret in full' },
  },
  examples: ['callbacks get', 'callbacks get --json'],
  api: 'numbers',
  async run(ctx) {
    const configuration = await (await ctx.numbers()).callbackConfiguration.get();
    if (ctx.out.json) return ctx.out.printJson(configuration);
    ctx.out.details([
      ['Project', text(configuration.projectId)],
      [
        'HMAC secret',
        ctx.flags.boolean('show-secret')
          ? text(configuration.hmacSecret)
          : maskSecret(configuration.hmacSecret),
      ],
    ]);
  },
};

/** `callbacks set`. */
export const callbacksSet: CommandSpec = {
  path: ['callbacks', 'set'],
  summary: 'Set the HMAC secret that signs number events',
  description:
    'The secret is 32 to 64 letters, digits or dashes. Pass - to read it from stdin, which\n' +
    'keeps it out of shell history and the process list.',
  positionals: { min: 0, max: 0 },
  options: {
    'hmac-secret': {
      type: 'string',
      value: '<secret|->',
      description: 'the new secret (required)',
    },
  },
  examples: [
    'callbacks set --hmac-secret 0b5c1f5e-9a8d-4f7e-b6c2-3d1e0f9a8b7c',
    'callbacks set --hmac-secret - < secret.txt',
  ],
  api: 'numbers',
  async run(ctx) {
    const raw = ctx.flags.string('hmac-secret');
    if (raw === undefined) throw new UsageError('missing --hmac-secret', ctx.name);
    const hmacSecret = raw === '-' ? readFileSync(0, 'utf8').trim() : raw;
    const configuration = await (await ctx.numbers()).callbackConfiguration.update({ hmacSecret });
    if (ctx.out.json) return ctx.out.printJson(configuration);
    ctx.out.lines([`Callback HMAC secret set for project ${text(configuration.projectId)}.`]);
  },
};
