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
import type { Exchange } from './api-promise.js';
import type { ApiMeta, CallOptions, ClientContext, ValidationMode } from './context.js';
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
import { isTransient, parseRetryAfter, retryDelay } from './retry.js';

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
 * `'warn'` hands the problems to `report` and sends anyway, `'off'` does not check; either way
 * an argument the spec does not name goes in the body, or in the query of a call without one,
 * so a field Sinch adds can be sent before this client knows it.
 */
export function prepareRequest(
  api: ApiMeta,
  operationId: OperationId,
  args: object,
  mode: ValidationMode = 'strict',
  report?: (issues: readonly Issue[]) => void,
): PreparedRequest {
  const meta = api.operations[operationId] as MetaOperation;
  const label = meta.name;
  const { schemas } = api;
  const issues: Issue[] = [];
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const bodyFields: Record<string, unknown> = {};
  const parameters = meta.parameters as Record<
    string,
    { in: string; required?: boolean; schema: object }
  >;
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    const parameter = parameters[name];
    if (parameter?.in === 'path') path[name] = value;
    else if (parameter?.in === 'query') query[name] = value;
    else bodyFields[name] = value;
  }
  const checking = mode !== 'off';
  for (const [name, parameter] of Object.entries(parameters)) {
    const value = parameter.in === 'path' ? path[name] : query[name];
    if (value === undefined) {
      // Without a path parameter there is no URL to send to, whatever the mode.
      if (parameter.in === 'path')
        throw new ValidationError(label, [{ field: name, expected: 'is required' }]);
      if (parameter.required) issues.push({ field: name, expected: 'is required' });
    } else if (checking) {
      checkValue(value, parameter.schema, name, schemas, issues);
    }
  }
  let body: unknown;
  const bodyMeta = meta.body;
  if (bodyMeta) {
    body = bodyFields;
    if (checking) checkValue(bodyFields, bodyMeta.schema, '', schemas, issues);
  } else {
    const allowed = Object.keys(parameters);
    for (const name of Object.keys(bodyFields)) {
      issues.push({ field: name, expected: unknownFieldHint(name, allowed) });
    }
    if (mode !== 'strict') Object.assign(query, bodyFields);
  }
  if (issues.length && mode === 'strict') throw new ValidationError(label, issues);
  if (issues.length && mode === 'warn') report?.(issues);
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

// Errors raised by the token endpoint: refreshing the token cannot fix those.
const fromTokenEndpoint = new WeakSet<Error>();

function tokenError(error: OAuth2TokenError, request: RequestSummary): SinchError {
  if (error.status === undefined) return new ConnectionError(request, { cause: error });
  const body = { error: { code: error.status, message: error.message } };
  const init = { status: error.status, body, requestId: undefined, request };
  const typed =
    error.status >= 500
      ? new ServerError(init)
      : error.status === 429
        ? new RateLimitedError(init)
        : new UnauthorizedError(init);
  fromTokenEndpoint.add(typed);
  return typed;
}

interface Attempt {
  operationId: string;
  /** The operation's metadata (path template, body media type, response schema). */
  meta: Pick<MetaOperation, 'path' | 'body' | 'response' | 'name'>;
  method: string;
  request: PreparedRequest;
  /** Extra headers of the call; auth headers are set after them and win. */
  headers: Headers | undefined;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  /** The raw escape hatch: answer whatever JSON arrives, with no revival. */
  raw?: boolean;
}

async function attemptOnce(ctx: ClientContext, attempt: Attempt): Promise<Exchange> {
  const { meta } = attempt;
  const summary: { -readonly [K in keyof RequestSummary]: RequestSummary[K] } = {
    operationId: attempt.operationId,
    name: meta.name,
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
  try {
    const url = operationUrl(
      ctx.baseUrl,
      meta.path,
      { ...ctx.pathDefaults, ...attempt.request.path },
      attempt.request.query,
    );
    summary.url = url;
    const headers: Record<string, string> = { Accept: 'application/json' };
    attempt.headers?.forEach((value, name) => {
      setHeader(headers, name, value);
    });
    let body: string | FormData | undefined;
    if (attempt.request.body !== undefined) {
      if (meta.body?.mediaType === 'multipart/form-data') {
        // fetch writes the multipart Content-Type with its boundary.
        body = toFormData(attempt.request.body as Record<string, unknown>);
      } else {
        body = JSON.stringify(attempt.request.body);
        setHeader(headers, 'Content-Type', 'application/json');
      }
    }
    const credentials = await ctx.auth.authorize({
      method: attempt.method,
      url,
      body: typeof body === 'string' ? body : undefined,
      contentType: headers['Content-Type'],
    });
    // Set last, so no header of the call can replace or join the credentials.
    for (const [name, value] of Object.entries(credentials)) setHeader(headers, name, value);
    const response = await ctx.send(url, {
      method: attempt.method,
      headers,
      ...(body !== undefined ? { body } : {}),
      signal: controller.signal,
    });
    status = response.status;
    const text = await response.text();
    if (!response.ok) throw apiErrorFor(response, parseLoosely(text), summary, ctx.now());
    if (attempt.raw) return { data: parseLoosely(text), response };
    if (!meta.response) return { data: undefined, response };
    if (text === '')
      throw new InvalidResponseError(summary, 'empty body where the spec promises one', status);
    const data: unknown = JSON.parse(text);
    const revive = ctx.reviverFor(meta.response);
    return { data: revive ? revive(data) : data, response };
  } catch (error) {
    if (error instanceof SinchError) throw error;
    if (timedOut) throw new TimeoutError(summary, attempt.timeoutMs);
    if (user?.aborted) throw user.reason;
    if (error instanceof OAuth2TokenError) throw tokenError(error, summary);
    if (error instanceof SyntaxError || error instanceof DateFieldError) {
      throw new InvalidResponseError(summary, error.message, status);
    }
    throw new ConnectionError(summary, { cause: error });
  } finally {
    clearTimeout(timer);
    user?.removeEventListener('abort', onAbort);
  }
}

/** Sets a header, replacing any of the same name in another case. */
function setHeader(headers: Record<string, string>, name: string, value: string): void {
  const lower = name.toLowerCase();
  for (const existing of Object.keys(headers)) {
    if (existing.toLowerCase() === lower) delete headers[existing];
  }
  headers[name] = value;
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
): Promise<Exchange> {
  const meta = ctx.api.operations[operationId] as MetaOperation;
  const mode = options.validation ?? ctx.validation;
  const request = prepareRequest(ctx.api, operationId, args, mode, (issues) =>
    ctx.logger?.({ type: 'validation', operationId, name: meta.name, issues }),
  );
  if (options.query) Object.assign(request.query, options.query);
  return runAttempts(ctx, meta.retry, options, {
    operationId,
    meta,
    method: meta.method.toUpperCase(),
    request,
    headers: options.headers === undefined ? undefined : new Headers(options.headers),
    timeoutMs: options.timeoutMs ?? ctx.timeoutMs,
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
 * Sends a request the spec does not describe with the same auth, timeouts, errors, logging and
 * retries as the operations: `GET` and `HEAD` are retried when safe, anything else only after a
 * 429 or 401, as billable calls are. The answer is the parsed JSON (or text), without dates
 * revived.
 */
export async function callRaw(
  ctx: ClientContext,
  raw: RawRequest,
  options: CallOptions = {},
): Promise<Exchange> {
  const method = raw.method.toUpperCase();
  const label = `request(${method} ${raw.path})`;
  if (!/^[A-Z]+$/.test(method)) {
    throw new ValidationError(label, [{ field: 'method', expected: 'must be an HTTP method' }]);
  }
  if (!raw.path.startsWith('/')) {
    throw new ValidationError(label, [{ field: 'path', expected: "must start with '/'" }]);
  }
  const safe = method === 'GET' || method === 'HEAD';
  return runAttempts(ctx, safe ? 'safe' : 'never', options, {
    operationId: label,
    meta: { name: label, path: raw.path },
    method,
    request: {
      path: {},
      query: { ...raw.query, ...options.query },
      body: raw.body,
    },
    headers: options.headers === undefined ? undefined : new Headers(options.headers),
    timeoutMs: options.timeoutMs ?? ctx.timeoutMs,
    signal: options.signal,
    raw: true,
  });
}

async function runAttempts(
  ctx: ClientContext,
  retry: MetaOperation['retry'],
  options: CallOptions,
  attempt: Attempt,
): Promise<Exchange> {
  const allowedRetries = options.maxRetries ?? ctx.maxRetries;
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
        !fromTokenEndpoint.has(error)
      ) {
        refreshed = true;
        ctx.auth.invalidate();
        continue;
      }
      // A 429 was refused before it was processed, so it is retried even for billable calls.
      const retryable = retry === 'safe' ? isTransient(error) : error instanceof RateLimitedError;
      if (retries >= allowedRetries || !retryable) throw error;
      const delayMs = retryDelay(retries, error, ctx.random, ctx.backoff);
      if (delayMs === undefined) throw error;
      ctx.logger?.({
        type: 'retry',
        operationId: attempt.operationId,
        name: attempt.meta.name,
        retry: retries + 1,
        delayMs,
        reason: (error as Error).name,
      });
      await ctx.sleep(delayMs, options.signal);
      retries++;
    }
  }
}
