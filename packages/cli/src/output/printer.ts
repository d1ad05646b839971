/**
 * Where a command's output goes. Results go to stdout: aligned text for people, or JSON under
 * `--json`. Notes, previews under `--json`, prompts and progress go to stderr, so that stdout can
 * always be piped into `jq` or a file.
 */
import type { Writable } from 'node:stream';
import { toJson } from './json.js';
import { type Column, renderDetails, renderTable } from './table.js';

/** A writable that may be a terminal. */
export type OutputStream = Writable & { isTTY?: boolean };

/** The streams a command writes to. */
export interface OutputStreams {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

/** Output helpers bound to the process's streams and the `--json` choice. */
export class Output {
  /** `--json` was given: print results as JSON only. */
  readonly json: boolean;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;

  constructor(streams: OutputStreams, json: boolean) {
    this.stdout = streams.stdout;
    this.stderr = streams.stderr;
    this.json = json;
  }

  /** Lines of human-readable result on stdout. */
  lines(lines: readonly string[]): void {
    if (lines.length > 0) this.stdout.write(`${lines.join('\n')}\n`);
  }

  /** A note for people on stderr (never mixed into results). */
  note(message: string): void {
    this.stderr.write(`${message}\n`);
  }

  /** The result as pretty JSON on stdout. */
  printJson(value: unknown): void {
    this.stdout.write(`${toJson(value)}\n`);
  }

  /** A table of rows, or `empty` (on stderr) when there are none. */
  table<T>(columns: readonly Column<T>[], rows: readonly T[], empty: string): void {
    if (rows.length === 0) {
      this.note(empty);
      return;
    }
    this.lines(renderTable(columns, rows));
  }

  /** Label/value pairs. */
  details(pairs: readonly (readonly [string, string | undefined])[]): void {
    this.lines(renderDetails(pairs));
  }

  /**
   * What a billable command is about to do. People read it on stdout above the prompt; under
   * `--json` it moves to stderr so that stdout holds nothing but the final JSON result.
   */
  preview(lines: readonly string[]): void {
    const target = this.json ? this.stderr : this.stdout;
    target.write(`${lines.join('\n')}\n`);
  }
}
