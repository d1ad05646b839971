/**
 * The `sinch-numbers-fetch` command (`npx @sinch-numbers/fetch <command>`): `generate` and
 * `spec-diff`, for users who regenerate from a newer Sinch document than the release carries.
 * `main` returns the exit code instead of exiting, so tests run it in-process.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DocumentError, UsageError } from './errors.js';
import { generateFiles } from './generate-files.js';
import { GENERATE_HELP, mainHelp, PROGRAM, SPEC_DIFF_HELP } from './help.js';
import { requirePeers } from './peers.js';

/** Where the command writes: one line at a time. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

/** The version of the installed package (the bin is `dist/cli.js`, the source `src/codegen/`). */
export function packageVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8'));
      if (manifest.name === '@sinch-numbers/fetch') return String(manifest.version);
    } catch {
      // Not this one; try the next.
    }
  }
  return 'unknown';
}

function parse<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message names the flag ("Unknown option '--outt'"); keep only its first sentence.
    const first = String((error as Error).message).split('. ')[0] ?? 'bad arguments';
    throw new UsageError(`${first} (${PROGRAM} --help lists the options)`);
  }
}

async function generate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    name: { type: 'string' },
    check: { type: 'boolean' },
    'no-lint': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(GENERATE_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'generate needs the spec file: generate <spec.yaml> --out <dir>'
        : `generate takes one spec file; got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  if (typeof values.out !== 'string' || values.out === '') {
    throw new UsageError('generate needs --out <dir>: the folder to write the files into');
  }
  const result = await generateFiles({
    spec: positionals[0] as string,
    out: values.out,
    ...(typeof values.name === 'string' ? { name: values.name } : {}),
    check: values.check === true,
    lint: values['no-lint'] !== true,
    cwd: io.cwd,
    version: packageVersion(),
    warn: io.err,
  });
  if (values.check) {
    if (result.changed.length === 0) {
      io.out(`up to date: ${result.unchanged.join(', ')}`);
      return 0;
    }
    io.err(`would change: ${result.changed.join(', ')} (run without --check to write them)`);
    return 1;
  }
  io.out(
    result.changed.length
      ? `generated: ${result.changed.join(', ')}`
      : `up to date: ${result.unchanged.join(', ')}`,
  );
  return 0;
}

async function specDiff(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(SPEC_DIFF_HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new UsageError(
      `spec-diff needs two documents: spec-diff <old> <new>; got ${positionals.length}`,
    );
  }
  const files = positionals as [string, string];
  if (files.some((f) => !/\.json$/i.test(f))) await requirePeers(['yaml'], 'spec-diff of YAML');
  const { loadModel } = await import('./spec-diff/load.js');
  const { diffReport } = await import('./spec-diff/run.js');
  const models = [];
  for (const file of files) {
    try {
      models.push(await loadModel(resolve(io.cwd, file), file));
    } catch (error) {
      // Unreadable and unparsable documents are usage errors here: exit 1 means "breaking".
      const message = String((error as Error).message);
      throw new UsageError(message.includes(file) ? message : `${file}: ${message}`);
    }
  }
  const report = diffReport(models[0] as never, models[1] as never, values.json === true);
  io.out(report.text);
  return report.breaking ? 1 : 0;
}

/**
 * Runs the command with `args` (without `node` and the script) and returns the exit code:
 * 0 success, 1 an unusable document / stale files / breaking changes, 2 a usage error.
 */
export async function main(args: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.out(mainHelp(packageVersion()));
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      io.out(packageVersion());
      return 0;
    }
    if (command === 'generate') return await generate(rest, io);
    if (command === 'spec-diff') return await specDiff(rest, io);
    throw new UsageError(
      `unknown command '${command}'; the commands are generate and spec-diff (${PROGRAM} --help)`,
    );
  } catch (error) {
    if (error instanceof UsageError || error instanceof DocumentError) {
      io.err(`error: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
