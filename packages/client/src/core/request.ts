/**
 * Runs one API operation: checks the arguments against the spec, sends the request through the
 * low-level client with a timeout, turns failures into typed errors, retries what is safe to
 * retry, and converts the spec's dates in the answer.
 */
import { OAuth2TokenError } from '@sinch-numbers/fetch';
import {
  checkValue,
  DateFieldError,
  type Issue,
  type MetaOperation,
  unknownFieldHint,
} from '@sinch-numbers/fetch/meta';
import type { operations as numbersOperations } from '@sinch-numbers/fetch/numbers-meta';
import type { operations as voiceOperations } from '@sinch-numbers/fetch/voice-meta';
import { checkCallOptions } from './call-options.js';
import type { ApiMeta, CallOptions, ClientContext } from './context.js';
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  ForbiddenError,
  InvalidResponseError,
  NotFoundError,
  RateLimitedError,
  type RequestSummary,
  ServerError,
  SinchError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from './errors.js';
import { operationUrl } from './http.js';
import { requestIdOf } from './logger.js';
import { redactEchoedCredentials } from './redact.js';
import { isTransient, parseRetryAfter, retryDelay } from './retry.js';
import { markUnsent, wasUnsent } from './unsent.js';

/** An operationId of one of our specs. */
export type OperationId = keyof typeof numbersOperations | keyof typeof voiceOperations;

interface PreparedRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * Splits flat arguments into path, query and body by the spec's parameter names, and checks all
 * of them. The operation's method name (such as `activeNumber.get`) starts every message.
 */
export function prepareRequest(
  api: ApiMeta,
  operationId: OperationId,
  args: object,
): PreparedRequest {
  const meta = api.operations[operationId] as MetaOperation;
  const label = meta.name;
  const { schemas } = api;
  const issues: Issue[] = [];
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    throw new ValidationError(label, [
      { field: '(arguments)', expected: 'must be an object of named arguments' },
    ]);
  }
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const bodyFields: Record<string, unknown> = {};
  const parameters = meta.parameters as Record<
    string,
    { in: string; required?: boolean; schema: object }
  >;
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    if (name === '__proto__') {
      // Assigned below it would replace the prototype and smuggle fields past the checks.
      issues.push({ field: name, expected: 'is not allowed (a prototype key)' });
      continue;
    }
    const parameter = parameters[name];
    if (parameter?.in === 'path') path[name] = value;
    else if (parameter?.in === 'query') query[name] = value;
    else bodyFields[name] = value;
  }
  for (const [name, parameter] of Object.entries(parameters)) {
    const value = parameter.in === 'path' ? path[name] : query[name];
    if (value === undefined) {
      if (parameter.required || parameter.in === 'path') {
        issues.push({ field: name, expected: 'is required' });
      }
    } else {
      checkValue(value, parameter.schema, name, schemas, issues);
    }
  }
  let body: unknown;
  const bodyMeta = meta.body;
  if (bodyMeta) {
    body = bodyFields;
    checkValue(bodyFields, bodyMeta.schema, '', schemas, issues);
  } else {
    const allowed = Object.keys(parameters);
    for (const name of Object.keys(bodyFields)) {
      issues.push({ field: name, expected: unknownFieldHint(name, allowed) });
    }
  }
  if (issues.length) throw new ValidationError(label, issues);
  return { path, query, body };
}

const STATUS_ERRORS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
};

/** The typed error for an error answer of the API. */
export function apiErrorFor(
  response: Response,
  body: unknown,
  request: RequestSummary,
  now: number,
): ApiError {
  const init = { status: response.status, body, requestId: requestIdOf(response), request };
  if (response.status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
    return new RateLimitedError({
      ...init,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (response.status >= 500) return new ServerError(init);
  const ErrorClass = STATUS_ERRORS[response.status] ?? ApiError;
  return new ErrorClass(init);
}

// The credentials a refused (401) request carried, so only they are dropped.
const rejectedCredentials = new WeakMap<Error, Record<string, string>>();

/** The error of a call whose token request failed; the request summary is the token request. */
function tokenError(error: OAuth2TokenError, operationId: string): SinchError {
  const request = { operationId, method: 'POST', url: error.tokenUrl };
  if (
    error.failure === 'unreachable' ||
    error.failure === 'timeout' ||
    error.status === undefined
  ) {
    return markUnsent(new ConnectionError(request, { cause: error, endpoint: 'token' }));
  }
  if (error.failure === 'invalid') {
    return markUnsent(new InvalidResponseError(request, error.message, error.status));
  }
  const body = { error: { code: error.status, message: error.message } };
  const init = { status: error.status, body, requestId: undefined, request };
  return markUnsent(
    error.status >= 500
      ? new ServerError(init)
      : error.status === 429
        ? new RateLimitedError(init)
        : new UnauthorizedError(init),
  );
}

interface Attempt {
  operationId: OperationId;
  method: string;
  request: PreparedRequest;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

async function attemptOnce(ctx: ClientContext, attempt: Attempt): Promise<unknown> {
  const meta = ctx.api.operations[attempt.operationId] as MetaOperation;
  const summary: { -readonly [K in keyof RequestSummary]: RequestSummary[K] } = {
    operationId: attempt.operationId,
    method: attempt.method,
    url: meta.path,
  };
  const user = attempt.signal;
  if (user?.aborted) throw user.reason;
  const controller = new AbortController();
  const onAbort = () => controller.abort(user?.reason);
  user?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, attempt.timeoutMs);
  let status: number | undefined;
  let authorizing = false;
  let credentials: Record<string, string> | undefined;
  try {
    const url = operationUrl(
      ctx.baseUrl,
      meta.path,
      { ...ctx.pathDefaults, ...attempt.request.path },
      attempt.request.query,
    );
    summary.url = url;
    const headers: Record<string, string> = { Accept: 'application/json' };
    let body: string | FormData | undefined;
    if (attempt.request.body !== undefined) {
      if (meta.body?.mediaType === 'multipart/form-data') {
        // fetch writes the multipart Content-Type with its boundary.
        body = toFormData(attempt.request.body as Record<string, unknown>);
      } else {
        body = JSON.stringify(attempt.request.body);
        headers['Content-Type'] = 'application/json';
      }
    }
    authorizing = true;
    credentials = await ctx.auth.authorize({
      method: attempt.method,
      url,
      body: typeof body === 'string' ? body : undefined,
      contentType: headers['Content-Type'],
      signal: controller.signal,
    });
    authorizing = false;
    Object.assign(headers, credentials);
    const response = await ctx.send(url, {
      method: attempt.method,
      headers,
      ...(body !== undefined ? { body } : {}),
      signal: controller.signal,
    });
    status = response.status;
    const text = await response.text();
    if (!response.ok) {
      const body = parseLoosely(redactEchoedCredentials(text, credentials));
      const apiError = apiErrorFor(response, body, summary, ctx.now());
      if (credentials) rejectedCredentials.set(apiError, credentials);
      throw apiError;
    }
    if (!meta.response) return undefined;
    if (text === '')
      throw new InvalidResponseError(summary, 'empty body where the spec promises one', status);
    const data: unknown = JSON.parse(text);
    const revive = ctx.reviverFor(meta.response);
    return revive ? revive(data) : data;
  } catch (error) {
    if (error instanceof SinchError) throw error;
    if (authorizing && timedOut) {
      const tokenRequest = {
        operationId: attempt.operationId,
        method: 'POST',
        url: ctx.tokenUrl ?? '',
      };
      throw markUnsent(new TimeoutError(tokenRequest, attempt.timeoutMs, { endpoint: 'token' }));
    }
    if (timedOut) throw new TimeoutError(summary, attempt.timeoutMs);
    if (user?.aborted) throw user.reason;
    if (error instanceof OAuth2TokenError) throw tokenError(error, attempt.operationId);
    if (error instanceof SyntaxError) {
      // Never the parser's message: it quotes the body, which may hold a secret.
      throw new InvalidResponseError(summary, 'the body is not valid JSON', status);
    }
    if (error instanceof DateFieldError) {
      throw new InvalidResponseError(summary, error.message, status);
    }
    throw new ConnectionError(summary, { cause: error });
  } finally {
    clearTimeout(timer);
    user?.removeEventListener('abort', onAbort);
  }
}

/** An error body as JSON when it is JSON, else its text (an HTML page from a proxy). */
function parseLoosely(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (value instanceof Blob) {
      form.set(name, value, (value as { name?: string }).name || name);
    } else {
      form.set(name, String(value));
    }
  }
  return form;
}

/** Runs an operation with validation, timeouts, typed errors and, where safe, retries. */
export async function callOperation(
  ctx: ClientContext,
  operationId: OperationId,
  args: object,
  options: CallOptions = {},
): Promise<unknown> {
  checkCallOptions((ctx.api.operations[operationId] as MetaOperation).name, options);
  const request = prepareRequest(ctx.api, operationId, args ?? {});
  const { retry } = ctx.api.operations[operationId] as MetaOperation;
  const allowedRetries = options.maxRetries ?? ctx.maxRetries;
  const attempt: Attempt = {
    operationId,
    method: (ctx.api.operations[operationId] as MetaOperation).method.toUpperCase(),
    request,
    timeoutMs: options.timeoutMs ?? ctx.timeoutMs,
    signal: options.signal,
  };
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
        !wasUnsent(error)
      ) {
        refreshed = true;
        ctx.auth.invalidate(rejectedCredentials.get(error));
        continue;
      }
      // A 429 was refused before it was processed, so it is retried even for billable calls.
      const retryable = retry === 'safe' ? isTransient(error) : error instanceof RateLimitedError;
      if (retries >= allowedRetries || !retryable) throw error;
      const delayMs = retryDelay(retries, error, ctx.random, ctx.backoff);
      if (delayMs === undefined) throw error;
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
