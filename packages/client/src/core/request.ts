/**
 * Runs one API operation: arguments checked and split, the request built once by the request
 * primitive of `@sinch-numbers/fetch`, then attempts until one succeeds or the retry decision
 * says stop. A 401 on OAuth2 is repeated once with a fresh token.
 */
import { buildRequest, PathParameterError } from '@sinch-numbers/fetch';
import type { MetaOperation } from '@sinch-numbers/fetch/meta';
import { billableFailure } from '../numbers/billing.js';
import { type OperationId, prepareArguments } from './arguments.js';
import { type Attempt, attemptOnce, rejectedCredentials } from './attempt.js';
import { checkCallOptions } from './call-options.js';
import type { CallOptions, ClientContext } from './context.js';
import { isTokenEndpointError, UnauthorizedError, ValidationError } from './errors.js';
import { decideRetry } from './retry.js';
import { wasUnsent } from './unsent.js';

export type { OperationId };

/** Runs an operation with validation, timeouts, typed errors and, where safe, retries. */
export async function callOperation(
  ctx: ClientContext,
  operationId: OperationId,
  args: object,
  options: CallOptions = {},
): Promise<unknown> {
  const meta = ctx.api.operations[operationId] as MetaOperation;
  checkCallOptions(meta.name, options);
  const parts = prepareArguments(ctx.api, operationId, args ?? {});
  let request: Attempt['request'];
  try {
    request = buildRequest(ctx.endpoint, meta, parts);
  } catch (error) {
    // A path default (the configured projectId) can still be a dot segment.
    if (error instanceof PathParameterError) {
      throw new ValidationError(meta.name, [{ field: error.field, expected: error.problem }]);
    }
    throw error;
  }
  const attempt: Attempt = {
    meta,
    request,
    summary: { operationId, method: request.method, url: request.url },
    timeoutMs: options.timeoutMs ?? ctx.timeoutMs,
    signal: options.signal,
  };
  const maxRetries = options.maxRetries ?? ctx.maxRetries;
  let retries = 0;
  let refreshed = false;
  for (;;) {
    try {
      return await attemptOnce(ctx, attempt);
    } catch (error) {
      // A 401 means the request was refused before it was processed, so even a billable call
      // may be repeated once with a fresh token.
      if (
        error instanceof UnauthorizedError &&
        ctx.canRefreshAuth &&
        !refreshed &&
        !isTokenEndpointError(error) &&
        !wasUnsent(error)
      ) {
        refreshed = true;
        ctx.endpoint.auth.invalidate(rejectedCredentials(error));
        continue;
      }
      const delayMs = decideRetry({
        retries,
        maxRetries,
        mode: meta.retry,
        error,
        random: ctx.random,
        backoff: ctx.backoff,
      });
      if (delayMs === undefined) throw billableFailure(error, { operationId, ...meta });
      ctx.logger?.({
        type: 'retry',
        operationId,
        retry: retries + 1,
        delayMs,
        reason: (error as Error).name,
      });
      await ctx.sleep(delayMs, options.signal);
      retries++;
    }
  }
}
