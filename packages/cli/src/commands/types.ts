/**
 * What a command is: its words, flags, help text and a `run` that gets everything through a
 * {@link CommandContext}, so commands never touch `process` or build clients themselves.
 */
import type { NumbersDomain, VoiceApplicationsGroup } from '@sinch-numbers/client';
import type { ConfirmRequest } from '../confirm.js';
import type { MemoryProbe } from '../memory.js';
import type { Output } from '../output/printer.js';

/** One flag, in `node:util` parseArgs terms plus what help needs. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given more than once (values are collected). */
  readonly multiple?: boolean;
  /** The placeholder help shows after the flag, e.g. `<code>`. */
  readonly value?: string;
  readonly description: string;
  /** Left out of help (diagnostics such as `--debug-memory`). */
  readonly hidden?: boolean;
}

/** Flags by long name (without the dashes). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Typed access to parsed flag values. */
export interface Flags {
  /** A string flag's value, or `undefined` when absent. */
  string(name: string): string | undefined;
  /** Every value of a repeatable string flag. */
  strings(name: string): string[];
  /** A boolean flag. */
  boolean(name: string): boolean;
}

/** Which API a command talks to: decides the credentials it needs and the mock it starts. */
export type ApiName = 'numbers' | 'voice';

/** A runnable command. */
export interface CommandSpec {
  /** The words that select it, e.g. `['voice', 'callbacks', 'set']`. */
  readonly path: readonly string[];
  /** One line for the command list. */
  readonly summary: string;
  /** Paragraphs shown by `--help` under the usage line. */
  readonly description?: string;
  /** The positional part of the usage line, e.g. `<number>` or `<number...>`. */
  readonly args?: string;
  /** How many positional arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  readonly options: OptionSpecs;
  /** Full command lines, without the program name. */
  readonly examples: readonly string[];
  readonly api: ApiName;
  run(ctx: CommandContext): Promise<void>;
}

/** Everything a command may use. */
export interface CommandContext {
  /** The command's words joined, e.g. `voice assign` (for messages and help pointers). */
  readonly name: string;
  /** Positional arguments after the command words. */
  readonly positionals: readonly string[];
  readonly flags: Flags;
  readonly out: Output;
  /** True under `--mock`. */
  readonly mock: boolean;
  /** Present under the hidden `--debug-memory` flag. */
  readonly memory: MemoryProbe | undefined;
  /** The Numbers API, connected on first use (which starts the mock under `--mock`). */
  numbers(): Promise<NumbersDomain>;
  /** The voice applications API, connected on first use. */
  voice(): Promise<VoiceApplicationsGroup>;
  /** The application key the voice client was built with (the default `--app-key`). */
  applicationKey(): Promise<string>;
  /** Asks before something billable or destructive; throws when not confirmed. */
  confirm(request: ConfirmRequest): Promise<void>;
  /**
   * What to tell the user if Ctrl+C lands now, e.g. that a rent may have gone through.
   * `undefined` clears it.
   */
  duringInterrupt(note: string | undefined): void;
  /** Registers cleanup for Ctrl+C (e.g. removing a partial file); returns its remover. */
  onInterrupt(cleanup: () => Promise<void> | void): () => void;
}
