/**
 * The CLI's own errors. Anything the user can fix on the command line is a `UsageError` (exit 2);
 * a refusal at the confirmation prompt is a `DeclinedError` (exit 1). Both are expected, so they
 * are reported as one line, never with a stack.
 */

/** The command line is wrong; `command` names the command whose `--help` to point at. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command words (e.g. `voice assign`) whose help explains the fix, when known. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** The user answered no at a confirmation prompt: nothing was sent. */
export class DeclinedError extends Error {
  override name = 'DeclinedError';
}

/** The process got Ctrl+C (or SIGTERM) while a prompt or request was pending. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
}

/** The reader at the other end of stdout went away (`| head`): stop quietly. */
export class BrokenPipeError extends Error {
  override name = 'BrokenPipeError';
}
