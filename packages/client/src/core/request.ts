/**
 * Runs one API operation: arguments checked and split, the request built once by the request
 * primitive of `@sinch-numbers/fetch`, then attempts until one succeeds or the retry decision
 * says stop. A 401 on OAuth2 is repeated once with a fresh token.
 */
import { buildRequest, type HttpRequest, PathParameterError } from '@sinch-numbers/fetch/core';
import type { MetaOperation } from '@sinch-numbers/fetch/meta';
import { billableFailure } from '../numbers/billing.js';
import type { Exchange } from './api-promise.js';
import { type OperationId, prepareArguments } from './arguments.js';
import { type Attempt, attemptOnce, rejectedCredentials } from './attempt.js';
import { checkCallOptions } from './call-options.js';
import type { CallOptions, ClientContext } from './context.js';
import {
  ConfigurationError,
  isTokenEndpointError,
  UnauthorizedError,
  ValidationError,
} from './errors.js';
import { decideRetry } from './retry.js';
import { wasUnsent } from './unsent.js';

export type { OperationId };

/**
 * The metadata of an operation. Metadata a user generated from a newer document may lack one
 * of the operations this release has a method for.
 *
 * @throws ConfigurationError naming the metadata option and the operation.
 */
export function operationMeta(ctx: ClientContext, operationId: string): MetaOperation {
  const meta = Object.hasOwn(ctx.api.operations, operationId)
    ? ctx.api.operations[operationId]
    : undefined;
  if (!meta) {
    throw new ConfigurationError(
      ctx.metaOption ?? 'metadata',
      `has no operation ${operationId}, which this method calls`,
    );
  }
  return meta;
}

const NO_OPTIONS: CallOptions = Object.freeze({});

/** Runs an operation with validation, timeouts, typed errors and, where safe, retries. */
export async function callOperation(
  ctx: ClientContext,
  operationId: OperationId,
  args: object,
  given?: CallOptions,
): Promise<Exchange> {
  const meta = operationMeta(ctx, operationId);
  checkCallOptions(meta.name, given);
  const options = given ?? NO_OPTIONS;
  const mode = options.validation ?? ctx.validation;
  const parts = prepareArguments(
    ctx.api,
    operationId,
    args ?? {},
    mode,
    mode === 'warn'
      ? (issues) => ctx.logger?.({ type: 'validation', operationId, name: meta.name, issues })
      : undefined,
  );
  let request: Attempt['request'];
  try {
    request = withCallOptions(
      buildRequest(
        ctx.endpoint,
        meta,
        options.query ? { ...parts, query: { ...parts.query, ...options.query } } : parts,
      ),
      options,
    );
  } catch (error) {
    // A path default (the configured projectId) can still be a dot segment.
    if (error instanceof PathParameterError) {
      throw new ValidationError(meta.name, [{ field: error.field, expected: error.problem }]);
    }
    throw error;
  }
  return runAttempts(ctx, meta.retry, options, {
    meta,
    request,
    summary: { operationId, name: meta.name, method: request.method, url: request.url },
    timeoutMs: options.timeoutMs ?? ctx.timeoutMs,
    maxResponseBytes: options.maxResponseBytes ?? ctx.maxResponseBytes,
    signal: options.signal,
  });
}

/** A request the spec does not describe, for `SinchClient.request`. */
export interface RawRequest {
  /** HTTP method, such as `GET` or `POST`. */
  method: string;
  /**
   * Path below the API host, such as `/v1/projects/{projectId}/activeNumbers`; `{projectId}`
   * is filled in with the client's project.
   */
  path: string;
  /** Query parameters; arrays repeat the name. */
  query?: Record<string, unknown>;
  /** A JSON body. */
  body?: unknown;
}

/**
 * Sends a request the spec does not describe, built by the same primitive and sent with the
 * same auth, timeouts, errors, logging and retries as the operations: `GET` and `HEAD` are
 * retried when safe, anything else only after a 429 or 401, as billable calls are. The answer
 * is the parsed JSON (or text), without dates revived.
 */
export async function callRaw(
  ctx: ClientContext,
  raw: RawRequest,
  options: CallOptions = {},
): Promise<Exchange> {
  const method = String(raw.method).toUpperCase();
  const label = `request(${method} ${raw.path})`;
  if (!/^[A-Z]+$/.test(method)) {
    throw new ValidationError(label, [{ field: 'method', expected: 'must be an HTTP method' }]);
  }
  if (typeof raw.path !== 'string' || !raw.path.startsWith('/')) {
    throw new ValidationError(label, [{ field: 'path', expected: "must start with '/'" }]);
  }
  let request: HttpRequest;
  try {
    request = withCallOptions(
      buildRequest(
        ctx.endpoint,
        {
          method,
          path: raw.path,
          ...(raw.body !== undefined ? { body: { mediaType: 'application/json' } } : {}),
        },
        { query: { ...raw.query, ...options.query }, body: raw.body },
      ),
      options,
    );
  } catch (error) {
    if (error instanceof PathParameterError) {
      throw new ValidationError(label, [{ field: error.field, expected: error.problem }]);
    }
    throw error;
  }
  const safe = method === 'GET' || method === 'HEAD';
  return runAttempts(ctx, safe ? 'safe' : 'never', options, {
    meta: {},
    request,
    summary: { operationId: label, name: label, method, url: request.url },
    timeoutMs: options.timeoutMs ?? ctx.timeoutMs,
    maxResponseBytes: options.maxResponseBytes ?? ctx.maxResponseBytes,
    signal: options.signal,
    raw: true,
  });
}

// Set by the auth step for every request; a call's headers must not add a second value.
const AUTH_HEADERS = new Set(['authorization', 'x-timestamp']);

/** The built request with the call's extra headers (lowest after the client's own). */
function withCallOptions(request: HttpRequest, options: CallOptions): HttpRequest {
  if (options.headers === undefined) return request;
  const headers: Record<string, string> = { ...request.headers };
  new Headers(options.headers).forEach((value, name) => {
    if (!AUTH_HEADERS.has(name)) headers[name] = value;
  });
  return { ...request, headers };
}

async function runAttempts(
  ctx: ClientContext,
  retry: MetaOperation['retry'],
  options: CallOptions,
  attempt: Attempt,
): Promise<Exchange> {
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
        mode: retry,
        error,
        random: ctx.random,
        backoff: ctx.backoff,
      });
      if (delayMs === undefined) {
        const { operationId, name } = attempt.summary;
        throw billableFailure(error, { operationId, name, billable: attempt.meta.billable });
      }
      ctx.logger?.({
        type: 'retry',
        operationId: attempt.summary.operationId,
        name: attempt.summary.name,
        retry: retries + 1,
        delayMs,
        reason: (error as Error).name,
      });
      await ctx.sleep(delayMs, options.signal);
      retries++;
    }
  }
}
