/** `--help` text, generated from the command and flag definitions so it cannot drift. */
import type { CommandSpec, OptionSpecs } from './commands/types.js';
import { CREDENTIAL_ENV } from './credentials.js';
import { GLOBAL_OPTIONS } from './options.js';

/** The program name as users type it. */
export const PROGRAM = 'sinch-numbers';

function optionLines(specs: OptionSpecs): string[] {
  const rows = Object.entries(specs)
    .filter(([, spec]) => !spec.hidden)
    .map(([name, spec]) => {
      const short = spec.short ? `-${spec.short}, ` : '';
      const value = spec.type === 'string' ? ` ${spec.value ?? '<value>'}` : '';
      return [`${short}--${name}${value}`, spec.description] as const;
    });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}

function commandRows(commands: readonly CommandSpec[]): string[] {
  const rows = commands.map((c) => [`${c.path.join(' ')}${c.args ? ` ${c.args}` : ''}`, c.summary]);
  const width = Math.max(...rows.map(([usage]) => usage?.length ?? 0));
  return rows.map(([usage, summary]) => `  ${(usage ?? '').padEnd(width)}  ${summary}`);
}

const EXIT_CODES = [
  'Exit codes:',
  '  0    success',
  '  1    the API or the network failed (message, status and request id on stderr), or "no" at a prompt',
  '  2    usage error: unknown flag, bad value, missing credentials or --yes',
  '  130  interrupted (Ctrl+C)',
];

/** Help for the whole tool. */
export function mainHelp(commands: readonly CommandSpec[], version: string): string {
  const env = Object.entries(CREDENTIAL_ENV).map(
    ([flag, name]) => `  ${name.padEnd(26)}  or --${flag}`,
  );
  return [
    `${PROGRAM} ${version}: search, rent, list, export and release Sinch phone numbers.`,
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...commandRows(commands),
    '',
    'Global options (before or after the command):',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Environment:',
    ...env,
    '',
    ...EXIT_CODES,
    '',
    `Try any command without an account: ${PROGRAM} search --region US --type LOCAL --mock`,
    `Run '${PROGRAM} <command> --help' for a command's options and examples.`,
  ].join('\n');
}

/** Help for a group of commands (`voice`, `callbacks`). */
export function groupHelp(words: readonly string[], commands: readonly CommandSpec[]): string {
  const prefix = words.join(' ');
  const members = commands.filter((c) => c.path.join(' ').startsWith(`${prefix} `));
  return [
    `Usage: ${PROGRAM} ${prefix} <subcommand> [options]`,
    '',
    'Subcommands:',
    ...commandRows(members),
    '',
    `Run '${PROGRAM} ${prefix} <subcommand> --help' for its options.`,
  ].join('\n');
}

/** Help for one command. */
export function commandHelp(command: CommandSpec): string {
  const name = command.path.join(' ');
  const own = Object.keys(command.options).length > 0;
  return [
    `Usage: ${PROGRAM} ${name}${command.args ? ` ${command.args}` : ''} [options]`,
    '',
    command.summary,
    ...(command.description ? ['', command.description] : []),
    ...(own ? ['', 'Options:', ...optionLines(command.options)] : []),
    '',
    'Global options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${PROGRAM} ${example}`),
  ].join('\n');
}
