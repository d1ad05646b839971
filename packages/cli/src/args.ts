/**
 * The command line, read in two passes. The first finds the command words (`voice callbacks
 * set`) among the flags, wherever the flags are; the second parses the remaining arguments
 * strictly with `node:util` parseArgs against that command's flags plus the global ones, so an
 * unknown or misspelt flag is an error rather than silently ignored.
 */
import { parseArgs } from 'node:util';
import type { CommandSpec, Flags, OptionSpecs } from './commands/types.js';
import { UsageError } from './errors.js';
import { GLOBAL_OPTIONS } from './options.js';
import { closest } from './suggest.js';

/** What the command line asks for. */
export type Invocation =
  | { readonly kind: 'help'; readonly words: readonly string[]; readonly exitCode: 0 | 2 }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly command: CommandSpec;
      readonly positionals: readonly string[];
      readonly flags: Flags;
    };

const HELP = new Set(['--help', '-h']);
const VERSION = new Set(['--version', '-V']);

/** Every flag name known to any command, with whether it takes a value. */
function takesValue(commands: readonly CommandSpec[]): Map<string, boolean> {
  const known = new Map<string, boolean>();
  const add = (specs: OptionSpecs) => {
    for (const [name, spec] of Object.entries(specs)) {
      known.set(`--${name}`, spec.type === 'string');
      if (spec.short) known.set(`-${spec.short}`, spec.type === 'string');
    }
  };
  add(GLOBAL_OPTIONS);
  for (const command of commands) add(command.options);
  return known;
}

/** The positions of the bare words before `--`, skipping the values of flags that take one. */
function wordPositions(argv: readonly string[], commands: readonly CommandSpec[]): number[] {
  const known = takesValue(commands);
  const positions: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') break;
    if (token.startsWith('-') && token.length > 1) {
      if (!token.includes('=') && known.get(token)) i++;
      continue;
    }
    positions.push(i);
  }
  return positions;
}

const joined = (words: readonly string[]) => words.join(' ');

/** Reads `argv` (without `node` and the script) against the known commands. */
export function readCommandLine(
  argv: readonly string[],
  commands: readonly CommandSpec[],
): Invocation {
  const beforeDashes = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  const positions = wordPositions(argv, commands);
  const words = positions.map((i) => argv[i] ?? '');

  // The longest run of leading words that names a command or a group of commands.
  let command: CommandSpec | undefined;
  let depth = 0;
  for (let k = Math.min(words.length, 3); k >= 1 && depth === 0; k--) {
    const prefix = joined(words.slice(0, k));
    command = commands.find((c) => joined(c.path) === prefix);
    if (command || commands.some((c) => joined(c.path).startsWith(`${prefix} `))) depth = k;
  }
  const matched = words.slice(0, depth);

  if (beforeDashes.some((token) => HELP.has(token))) {
    return { kind: 'help', words: matched, exitCode: 0 };
  }
  if (beforeDashes.some((token) => VERSION.has(token))) return { kind: 'version' };

  if (!command) {
    if (words.length === 0) return { kind: 'help', words: [], exitCode: 2 };
    const next = words[depth];
    const choices = commands
      .filter((c) => joined(c.path).startsWith(joined(matched)))
      .map((c) => c.path[depth] ?? '');
    if (next === undefined) {
      throw new UsageError(
        `'${joined(matched)}' needs a subcommand: ${[...new Set(choices)].join(', ')}`,
        joined(matched),
      );
    }
    const guess = closest(next, choices);
    const what = depth === 0 ? 'command' : `${joined(matched)} subcommand`;
    throw new UsageError(
      `unknown ${what} '${next}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
      depth === 0 ? undefined : joined(matched),
    );
  }

  const rest = argv.filter((_, i) => !positions.slice(0, depth).includes(i));
  return { kind: 'run', command, ...parseFor(command, rest) };
}

function parseFor(
  command: CommandSpec,
  args: string[],
): { positionals: readonly string[]; flags: Flags } {
  const name = joined(command.path);
  const specs: OptionSpecs = { ...GLOBAL_OPTIONS, ...command.options };
  const options = Object.fromEntries(
    Object.entries(specs).map(([flag, spec]) => [
      flag,
      {
        type: spec.type,
        ...(spec.short ? { short: spec.short } : {}),
        ...(spec.multiple ? { multiple: true } : {}),
      },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw translateParseError(error, specs, name);
  }
  const { values, positionals } = parsed;
  const { min, max } = command.positionals;
  if (positionals.length < min) {
    throw new UsageError(`missing ${command.args ?? 'argument'}`, name);
  }
  if (positionals.length > max) {
    throw new UsageError(
      max > 1
        ? `at most ${max} arguments (${command.args ?? ''}); got ${positionals.length}`
        : `unexpected argument '${positionals[max]}'${max === 0 ? ` ('${name}' takes none)` : ''}`,
      name,
    );
  }
  return { positionals, flags: flagsOf(values) };
}

function flagsOf(values: Record<string, unknown>): Flags {
  return {
    string(name) {
      const value = values[name];
      return typeof value === 'string' ? value : undefined;
    },
    strings(name) {
      const value = values[name];
      if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
      return typeof value === 'string' ? [value] : [];
    },
    boolean(name) {
      return values[name] === true;
    },
  };
}

/** parseArgs' messages are long and Node-specific; ours name the flag and, if close, a fix. */
function translateParseError(error: unknown, specs: OptionSpecs, command: string): Error {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const names = Object.entries(specs)
      .filter(([, spec]) => !spec.hidden)
      .map(([name]) => `--${name}`);
    const guess = closest(flag, names);
    return new UsageError(
      `unknown option ${flag}${guess ? ` (did you mean ${guess}?)` : ''}`,
      command,
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = flag.replace(/^-+/, '');
    const spec = specs[name] ?? Object.values(specs).find((s) => s.short === name);
    return new UsageError(
      spec?.type === 'boolean'
        ? `option ${flag} does not take a value`
        : `option ${flag} needs a value${spec?.value ? ` ${spec.value}` : ''} (use ${flag}=<value> for values that start with '-')`,
      command,
    );
  }
  return new UsageError(message, command);
}
