/**
 * The two ways the `sinch-numbers-fetch` command fails, each with its exit code, so every failure
 * ends as one line on stderr and a code a script can act on.
 */

/** The command line is wrong: unknown command or flag, missing argument, unreadable file. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** Exit code of a usage error. */
  readonly exitCode = 2;
}

/** A document the command cannot use (or, with `--check`, files that are out of date). */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  /** Exit code of a document the command cannot use. */
  readonly exitCode = 1;
}
