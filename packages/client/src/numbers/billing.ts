/**
 * Billable calls are never sent twice by accident. `rent` is the one that can recover: after a
 * failure that leaves the outcome unknown, it reads the number from the project a few times
 * (the project's view may lag the rent by a moment), and only rents again when every read says
 * the number is not there.
 */
import type { CallOptions, ClientContext } from '../core/context.js';
import { ApiError, NotFoundError, UncertainOutcomeError, ValidationError } from '../core/errors.js';
import { isAmbiguous, retryDelay } from '../core/retry.js';
import { wasUnsent } from '../core/unsent.js';

/** Options of `availableNumber.rent`: the call options, plus how the outcome is verified. */
export interface RentOptions extends CallOptions {
  /**
   * Reads of the project's active numbers after an ambiguous failure, before the number is
   * taken as not rented (1 to 10).
   * @defaultValue 3
   */
  verifyReads?: number;
  /**
   * Wait before the second read, in milliseconds; doubled before each further one (0 to 60000).
   * @defaultValue 1000
   */
  verifyDelayMs?: number;
}

interface RentSteps<T, A> {
  /** Sends the rent request once, without retries. */
  rentOnce(options: CallOptions | undefined): Promise<T>;
  /** Reads the number from the project's active numbers. */
  findActive(phoneNumber: string, options: CallOptions): Promise<A>;
}

const OPERATION = 'NumberService_RentNumber';

type Finding = 'active' | 'not-active' | 'check-failed';

/** Splits the verification settings from the options every call takes, checking them. */
function splitOptions(options: RentOptions | undefined): {
  call: CallOptions | undefined;
  reads: number;
  delayMs: number;
} {
  if (typeof options !== 'object' || options === null) {
    return { call: options, reads: 3, delayMs: 1000 };
  }
  const { verifyReads = 3, verifyDelayMs = 1000, ...call } = options;
  const issues: { field: string; expected: string }[] = [];
  if (!(Number.isInteger(verifyReads) && verifyReads >= 1 && verifyReads <= 10)) {
    issues.push({ field: 'options.verifyReads', expected: 'must be an integer from 1 to 10' });
  }
  if (!(typeof verifyDelayMs === 'number' && verifyDelayMs >= 0 && verifyDelayMs <= 60_000)) {
    issues.push({ field: 'options.verifyDelayMs', expected: 'must be a number from 0 to 60000' });
  }
  if (issues.length) throw new ValidationError('availableNumber.rent', issues);
  return { call, reads: verifyReads, delayMs: verifyDelayMs };
}

/** Rents with verification between attempts; see `AvailableNumberGroup.rent`. */
export async function rentWithRecovery<T, A>(
  ctx: ClientContext,
  params: { phoneNumber: string },
  options: RentOptions | undefined,
  steps: RentSteps<T, A>,
): Promise<T | A> {
  const { call, reads, delayMs } = splitOptions(options);
  const signal = call?.signal;
  const maxRetries = call?.maxRetries ?? ctx.maxRetries;
  const report = (finding: Finding, reason: string) =>
    ctx.logger?.({
      type: 'billing-check',
      operationId: OPERATION,
      phoneNumber: params.phoneNumber,
      finding,
      reason,
    });
  const checkOptions: CallOptions = {};
  if (signal) checkOptions.signal = signal;
  if (call?.timeoutMs !== undefined) checkOptions.timeoutMs = call.timeoutMs;
  if (call?.maxResponseBytes !== undefined) checkOptions.maxResponseBytes = call.maxResponseBytes;

  /** Reads the number up to `reads` times; `undefined` when every read says it is not there. */
  const lookUp = async (failure: unknown): Promise<A | undefined> => {
    for (let read = 0; read < reads; read++) {
      if (read > 0) await ctx.sleep(delayMs * 2 ** (read - 1), signal);
      try {
        return await steps.findActive(params.phoneNumber, checkOptions);
      } catch (checkError) {
        // The caller's abort ends the call with the caller's reason, as everywhere else.
        if (signal?.aborted) throw signal.reason;
        if (checkError instanceof NotFoundError) continue;
        const reason = `rent failed with ${(failure as Error).name} and the check failed with ${(checkError as Error).name}`;
        report('check-failed', reason);
        throw new UncertainOutcomeError(
          { operationId: OPERATION, name: 'availableNumber.rent' },
          reason,
          { cause: failure },
        );
      }
    }
    return undefined;
  };

  let settledNotRented = false;
  for (let retry = 0; ; retry++) {
    let error: unknown;
    try {
      return await steps.rentOnce(call);
    } catch (caught) {
      error = caught;
    }
    if (signal?.aborted) throw signal.reason;
    if (!isAmbiguous(error) || wasUnsent(error)) {
      // A refusal of a retry (number no longer available, conflict) may be the API seeing our
      // own earlier rent: one more read tells.
      if (settledNotRented && error instanceof ApiError && error.status < 500) {
        const active = await lookUp(error);
        if (active) {
          report(
            'active',
            `the retried rent was refused (${error.name}) but the number is active in the project`,
          );
          return active;
        }
      }
      throw error;
    }
    const active = await lookUp(error);
    if (active) {
      report(
        'active',
        `rent failed with ${(error as Error).name} but the number is active in the project`,
      );
      return active;
    }
    report(
      'not-active',
      `rent failed with ${(error as Error).name} and ${reads} read(s) did not find the number`,
    );
    settledNotRented = true;
    const waitMs =
      retry < maxRetries ? retryDelay(retry, error, ctx.random, ctx.backoff) : undefined;
    if (waitMs === undefined) throw error;
    ctx.logger?.({
      type: 'retry',
      operationId: OPERATION,
      name: 'availableNumber.rent',
      retry: retry + 1,
      delayMs: waitMs,
      reason: (error as Error).name,
    });
    await ctx.sleep(waitMs, signal);
  }
}

/**
 * What a read can tell after an ambiguous failure of each billable operation other than `rent`
 * (which reads by itself). Keyed by the operation's method name.
 */
const FOLLOW_UP: Readonly<Record<string, string>> = {
  'availableNumber.rentAny':
    'a number may have been rented: list the active numbers (activeNumber.list) before trying again',
  'activeNumber.release':
    'the number may have been released: read it (activeNumber.get) before trying again',
  'numberOrder.create':
    'an order may have been created, and its ID was not received: look for it in the dashboard before trying again',
  'numberOrder.submit':
    'the order may have been submitted: read it (numberOrder.get) before trying again',
  'emergencyAddress.provision':
    'the address may have been provisioned: read it (emergencyAddress.get) before trying again',
  'emergencyAddress.deprovision':
    'the address may have been deprovisioned: read it (emergencyAddress.get) before trying again',
};

/**
 * The error a billable call (other than `rent`) ends with: an ambiguous failure (5xx, reset,
 * timeout after the request left) becomes an `UncertainOutcomeError` carrying the original
 * failure as `cause` and what a read could tell as `finding`, so that no generic "retry on
 * transient errors" wrapper sends it again. Other failures, and failures before the request
 * reached the API, are returned unchanged.
 */
export function billableFailure(
  error: unknown,
  operation: { operationId: string; name: string; billable?: boolean | undefined },
): unknown {
  if (!operation.billable || operation.name === 'availableNumber.rent') return error;
  if (!isAmbiguous(error) || wasUnsent(error)) return error;
  const finding =
    FOLLOW_UP[operation.name] ?? 'the call may have taken effect: check before trying again';
  return new UncertainOutcomeError(operation, `${(error as Error).name}; ${finding}`, {
    cause: error,
  });
}
