/**
 * One run of the tool: read the command line, run the command with its context, report the
 * outcome, and always clean up (the mock is stopped on success, on errors and on Ctrl+C).
 * Returns the exit code instead of exiting, so pending output is flushed by a normal exit.
 */
import type { LogEvent, Logger } from '@sinch-numbers/client';
import packageJson from '../package.json' with { type: 'json' };
import { readCommandLine } from './args.js';
import { COMMANDS } from './commands/index.js';
import type { CommandContext, CommandSpec, Flags } from './commands/types.js';
import { confirm } from './confirm.js';
import { ExitCode } from './exit-codes.js';
import { commandHelp, groupHelp, mainHelp } from './help.js';
import { formatMemoryPeaks, startMemoryProbe } from './memory.js';
import { Output, type OutputStream } from './output/printer.js';
import { reportError } from './report.js';
import { readConnectionSettings, Session } from './session.js';
import { handleSignals } from './shutdown.js';

/** The process's side of a run. */
export interface RunIo {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Ends the process at once (used by Ctrl+C and a closed stdout). */
  readonly exit: (code: number) => void;
}

/** The tool's version, from its package.json. */
export const VERSION: string = packageJson.version;

/** Runs the tool and resolves to its exit code. */
export async function run(io: RunIo): Promise<number> {
  let invocation: ReturnType<typeof readCommandLine>;
  try {
    invocation = readCommandLine(io.argv, COMMANDS);
  } catch (error) {
    return printReport(io, error, undefined, io.argv.includes('--debug'));
  }
  if (invocation.kind === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return ExitCode.ok;
  }
  if (invocation.kind === 'help') {
    const command = COMMANDS.find((c) => c.path.join(' ') === invocation.words.join(' '));
    const text = command
      ? commandHelp(command)
      : invocation.words.length > 0
        ? groupHelp(invocation.words, COMMANDS)
        : mainHelp(COMMANDS, VERSION);
    (invocation.exitCode === 0 ? io.stdout : io.stderr).write(`${text}\n`);
    return invocation.exitCode;
  }
  return runCommand(io, invocation.command, invocation.positionals, invocation.flags);
}

async function runCommand(
  io: RunIo,
  command: CommandSpec,
  positionals: readonly string[],
  flags: Flags,
): Promise<number> {
  const name = command.path.join(' ');
  const debug = flags.boolean('debug');
  const memory = flags.boolean('debug-memory') ? startMemoryProbe() : undefined;
  const out = new Output(io, flags.boolean('json'));
  let session: Session | undefined;
  let note: string | undefined;
  const cleanups = new Set<() => Promise<void> | void>();
  const cleanup = async () => {
    for (const task of cleanups) await task();
    await session?.close();
  };
  const removeSignalHandlers = handleSignals({
    cleanup,
    note: () => note,
    stderr: io.stderr,
    exit: io.exit,
  });
  // `sinch-numbers list --all | head`: the reader left; stop quietly, as Unix tools do. The
  // listener stays after the command: the error can surface after its last write returned.
  io.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') void cleanup().finally(() => io.exit(ExitCode.ok));
  });
  // Nothing useful can be done when stderr itself is gone; do not crash over it.
  io.stderr.on('error', () => {});

  try {
    session = new Session({
      settings: readConnectionSettings(flags, name),
      flags,
      env: io.env,
      command: name,
      api: command.api,
      logger: debug ? debugLogger(io.stderr) : undefined,
      notice: (text) => out.note(text),
    });
    const connected = session;
    const ctx: CommandContext = {
      name,
      positionals,
      flags,
      out,
      mock: flags.boolean('mock'),
      memory,
      numbers: () => connected.numbers(),
      voice: () => connected.voice(),
      applicationKey: () => connected.applicationKey(),
      confirm: (request) =>
        confirm(request, {
          assumeYes: flags.boolean('yes'),
          stdin: io.stdin,
          stderr: io.stderr,
          command: name,
        }),
      duringInterrupt: (text) => {
        note = text;
      },
      onInterrupt: (task) => {
        cleanups.add(task);
        return () => cleanups.delete(task);
      },
    };
    await command.run(ctx);
    return ExitCode.ok;
  } catch (error) {
    return printReport(io, error, name, debug);
  } finally {
    removeSignalHandlers();
    await session?.close();
    if (memory) io.stderr.write(`${formatMemoryPeaks(memory.stop())}\n`);
  }
}

function printReport(io: RunIo, error: unknown, command: string | undefined, debug: boolean) {
  const report = reportError(error, { ...(command ? { command } : {}), debug });
  if (report.lines.length > 0) io.stderr.write(`${report.lines.join('\n')}\n`);
  return report.exitCode;
}

function debugLogger(stderr: OutputStream): Logger {
  return (event: LogEvent) => {
    const line =
      event.type === 'http'
        ? `${event.method} ${event.url} -> ${event.status ?? 'no answer'} (${event.durationMs} ms${event.requestId ? `, request id ${event.requestId}` : ''})`
        : event.type === 'retry'
          ? `retry ${event.retry} of ${event.operationId} in ${event.delayMs} ms: ${event.reason}`
          : event.type === 'validation'
            ? `${event.name} sent despite: ${event.issues.map((i) => `${i.field} ${i.expected}`).join('; ')}`
            : `billing check of ${event.operationId} for ${event.phoneNumber}: ${event.finding} (${event.reason})`;
    stderr.write(`debug: ${line}\n`);
  };
}
