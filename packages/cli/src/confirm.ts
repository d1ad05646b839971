/**
 * The last step before a billable or destructive call. On a terminal it asks; anywhere else
 * (CI, pipes, cron) it never guesses: without `--yes` the command stops with exit code 2 before
 * anything billable is sent.
 */
import { createInterface } from 'node:readline';
import { DeclinedError, InterruptedError, UsageError } from './errors.js';

/** What a command asks before going ahead. */
export interface ConfirmRequest {
  /** The yes/no question, e.g. `Rent +12025550134 for USD 2.00 a month?`. */
  readonly question: string;
  /** Why it asks, for the non-interactive hint: `billable` or `destructive`. */
  readonly kind: 'billable' | 'destructive';
  /** What was not done when the answer is no, e.g. `Nothing was rented.`. */
  readonly declined: string;
}

/** Where the answer comes from. */
export interface ConfirmIo {
  /** `--yes` was given. */
  readonly assumeYes: boolean;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  /** The command's words, for the hint. */
  readonly command: string;
}

/**
 * Resolves when the user (or `--yes`) agrees; throws `UsageError` when nobody can be asked,
 * `DeclinedError` on "no" or end of input, `InterruptedError` on Ctrl+C.
 */
export async function confirm(request: ConfirmRequest, io: ConfirmIo): Promise<void> {
  if (io.assumeYes) return;
  if (!io.stdin.isTTY) {
    throw new UsageError(
      `${io.command} is ${request.kind} and stdin is not a terminal, so it cannot ask: pass --yes to go ahead`,
      io.command,
    );
  }
  const answer = await ask(`${request.question} [y/N] `, io);
  if (answer === 'interrupted') throw new InterruptedError('interrupted at the prompt');
  if (answer === null || !/^y(es)?$/i.test(answer.trim())) {
    throw new DeclinedError(request.declined);
  }
}

function ask(question: string, io: ConfirmIo): Promise<string | null | 'interrupted'> {
  // The prompt goes to stderr so that stdout (possibly `--json`) carries only results.
  const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: true });
  return new Promise<string | null | 'interrupted'>((resolve) => {
    rl.once('SIGINT', () => resolve('interrupted'));
    rl.once('close', () => resolve(null)); // Ctrl+D: no answer is a no.
    rl.question(question, resolve);
  }).finally(() => rl.close());
}
