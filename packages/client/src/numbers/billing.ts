/**
 * Billable calls are never sent twice by accident. `rent` is the one that can recover: after a
 * failure that leaves the outcome unknown, it asks the API whether the number is now active in
 * the project, and only rents again when it is not.
 */
import type { CallOptions, ClientContext } from '../core/context.js';
import { NotFoundError, UncertainOutcomeError } from '../core/errors.js';
import { isAmbiguous, retryDelay } from '../core/retry.js';

interface RentSteps<T, A> {
  /** Sends the rent request once, without retries. */
  rentOnce(): Promise<T>;
  /** Reads the number from the project's active numbers. */
  findActive(phoneNumber: string, options: CallOptions): Promise<A>;
}

/** Rents with verification between attempts; see `AvailableNumberGroup.rent`. */
export async function rentWithRecovery<T, A>(
  ctx: ClientContext,
  params: { phoneNumber: string },
  options: CallOptions | undefined,
  steps: RentSteps<T, A>,
): Promise<T | A> {
  const maxRetries = options?.maxRetries ?? ctx.maxRetries;
  const operationId = 'NumberService_RentNumber';
  for (let retry = 0; ; retry++) {
    try {
      return await steps.rentOnce();
    } catch (error) {
      if (!isAmbiguous(error)) throw error;
      const report = (finding: 'active' | 'not-active' | 'check-failed', reason: string) =>
        ctx.logger?.({
          type: 'billing-check',
          operationId,
          phoneNumber: params.phoneNumber,
          finding,
          reason,
        });
      let active: A | undefined;
      try {
        const checkOptions: CallOptions = {};
        if (options?.signal) checkOptions.signal = options.signal;
        if (options?.timeoutMs !== undefined) checkOptions.timeoutMs = options.timeoutMs;
        active = await steps.findActive(params.phoneNumber, checkOptions);
      } catch (checkError) {
        if (!(checkError instanceof NotFoundError)) {
          const reason = `rent failed with ${(error as Error).name} and the check failed with ${(checkError as Error).name}`;
          report('check-failed', reason);
          throw new UncertainOutcomeError(operationId, reason, { cause: error });
        }
      }
      if (active) {
        report(
          'active',
          `rent failed with ${(error as Error).name} but the number is active in the project`,
        );
        return active;
      }
      report(
        'not-active',
        `rent failed with ${(error as Error).name} and the number is not active`,
      );
      const delayMs =
        retry < maxRetries ? retryDelay(retry, error, ctx.random, ctx.backoff) : undefined;
      if (delayMs === undefined) throw error;
      ctx.logger?.({
        type: 'retry',
        operationId,
        name: 'availableNumber.rent',
        retry: retry + 1,
        delayMs,
        reason: (error as Error).name,
      });
      await ctx.sleep(delayMs, options?.signal);
    }
  }
}
