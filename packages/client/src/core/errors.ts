/**
 * Every error the client throws is a `SinchError`, so one `instanceof` tells ours from others;
 * subclasses say what happened, so callers branch on classes and fields, never on messages.
 * No error ever carries credentials: requests are described by method and URL only.
 */

/** What an error says about the request it came from. */
export interface RequestSummary {
  /** The spec's operationId, e.g. `NumberService_GetActiveNumber`. */
  readonly operationId: string;
  /** The method name that starts every message, e.g. `activeNumber.get`. */
  readonly name: string;
  readonly method: string;
  /** The URL without credentials (they travel in headers, which are never kept). */
  readonly url: string;
}

/** Base class of every error thrown by this package. */
export class SinchError extends Error {
  override name = 'SinchError';
}

/**
 * A client option is missing, unknown or malformed. Thrown by the constructor, or by the first
 * use of an API whose credentials are missing. The message names the option and never its value.
 */
export class ConfigurationError extends SinchError {
  override name = 'ConfigurationError';
  /** The option at fault, such as `numbersBaseUrl`. */
  readonly option: string;
  constructor(option: string, problem: string) {
    super(`SinchClient: ${option} ${problem}`);
    this.option = option;
  }
}

/**
 * Code the client loads on first use (its request path, the Voice signing) could not be loaded:
 * a bundle's chunk that did not arrive, a file missing from a deployment. Nothing was sent, so
 * the call can be made again; the next call loads the code again. `cause` is the loader's error.
 */
export class ModuleLoadError extends SinchError {
  override name = 'ModuleLoadError';
  /** What could not be loaded, e.g. `the request path`. */
  readonly part: string;
  constructor(part: string, options: { cause: unknown }) {
    const reason = describeCause(options.cause);
    super(
      `SinchClient: ${part} could not be loaded${reason ? ` (${reason})` : ''}; nothing was sent`,
      options,
    );
    this.part = part;
  }
}

/** An argument was rejected before any request was sent. */
export class ValidationError extends SinchError {
  override name = 'ValidationError';
  /** The argument at fault, as a path such as `voiceConfiguration.appId`. */
  readonly field: string;
  /** What was expected there, in words. */
  readonly expected: string;
  /** Every problem found, when there was more than one. */
  readonly issues: readonly { field: string; expected: string }[];

  constructor(method: string, issues: readonly { field: string; expected: string }[]) {
    const first = issues[0] ?? { field: '(arguments)', expected: 'valid arguments' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : '';
    super(`${method}: ${first.field} ${first.expected}${more}`);
    this.field = first.field;
    this.expected = first.expected;
    this.issues = issues;
  }
}

/** The fields the API's error envelope carries: `{ error: { code, message, status, details } }`. */
export interface ApiErrorBody {
  code?: number;
  message?: string;
  status?: string;
  details?: unknown[];
}

/** The API answered with an error status. Subclasses name the common ones. */
export class ApiError extends SinchError {
  override name = 'ApiError';
  /** The spec's operationId of the call, e.g. `NumberService_GetActiveNumber`. */
  readonly operationId: string;
  /** HTTP status of the answer. */
  readonly status: number;
  /**
   * The API's own error code, when the body had one: the status name of the Numbers API
   * (`NOT_FOUND`, `INVALID_ARGUMENT`) or the five-digit code of the Voice API (`40102`).
   */
  readonly code: string | undefined;
  /** The API's own message, when the body had one. */
  readonly apiMessage: string | undefined;
  /** Machine-readable details from the body (field violations, resource info). */
  readonly details: readonly unknown[];
  /** The request id header of the answer, for support tickets. */
  readonly requestId: string | undefined;
  /** The parsed body (or its text when it was not JSON), cut to 64 KiB of text. */
  readonly body: unknown;
  readonly request: RequestSummary;
  /**
   * How long the server asked to wait before trying again (`Retry-After`, seconds or an HTTP
   * date), in milliseconds, whatever the status; undefined when it did not say.
   */
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    status: number;
    body: unknown;
    requestId: string | undefined;
    request: RequestSummary;
    retryAfterMs?: number | undefined;
  }) {
    const envelope = readEnvelope(init.body);
    const what = envelope.status ?? `HTTP ${init.status}`;
    const text = envelope.message ?? describeNonJson(init.body);
    super(
      `${init.request.name} failed with ${init.status} ${what}${text ? `: ${text}` : ''}` +
        ((init.requestId ?? envelope.reference)
          ? ` (request id ${init.requestId ?? envelope.reference})`
          : ''),
    );
    this.operationId = init.request.operationId;
    this.status = init.status;
    this.code = envelope.status;
    this.apiMessage = envelope.message;
    this.details = Array.isArray(envelope.details) ? envelope.details : [];
    this.requestId = init.requestId ?? envelope.reference;
    this.body = init.body;
    this.request = init.request;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 400: the API refused the arguments. `details` lists the field violations. */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
/** 401: missing, wrong or expired credentials. */
export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
}
/** 403: the credentials may not do this (wrong project, missing permission). */
export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
}
/** 404: no such number, order or address in the project. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
/** 409: the resource is in a state that does not allow this. */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
/** 429: too many requests. `retryAfterMs` says how long the API asked to wait. */
export class RateLimitedError extends ApiError {
  override name = 'RateLimitedError';
}
/** 5xx: the API failed. For a billable call the outcome is unknown until checked. */
export class ServerError extends ApiError {
  override name = 'ServerError';
}

/**
 * Which server a connection or timeout error is about: the API, or the OAuth2 token endpoint
 * asked for a token first (then `request` describes the token request and nothing reached the
 * API).
 */
export type ErrorSource = 'api' | 'token';

const whom = (endpoint: ErrorSource | undefined, request: RequestSummary) =>
  endpoint === 'token' ? ` to the token endpoint ${request.url}` : '';

/** The request could not be sent or its answer was cut off (refused, reset, DNS). */
export class ConnectionError extends SinchError {
  override name = 'ConnectionError';
  /** What was being sent. */
  readonly request: RequestSummary;
  /** The spec's operationId of the call. */
  readonly operationId: string;
  /** Which server could not be reached. */
  readonly endpoint: ErrorSource;
  constructor(request: RequestSummary, options?: { cause?: unknown; endpoint?: ErrorSource }) {
    const reason = describeCause(options?.cause);
    super(
      `${request.name}: connection${whom(options?.endpoint, request)} failed${reason ? ` (${reason})` : ''}`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.request = request;
    this.operationId = request.operationId;
    this.endpoint = options?.endpoint ?? 'api';
  }
}

/** No complete answer arrived within the timeout. */
export class TimeoutError extends SinchError {
  override name = 'TimeoutError';
  /** What was being sent. */
  readonly request: RequestSummary;
  /** The spec's operationId of the call. */
  readonly operationId: string;
  readonly timeoutMs: number;
  /** Which server did not answer in time. */
  readonly endpoint: ErrorSource;
  constructor(request: RequestSummary, timeoutMs: number, options?: { endpoint?: ErrorSource }) {
    const from = options?.endpoint === 'token' ? ` from the token endpoint ${request.url}` : '';
    super(`${request.name}: no answer${from} within ${timeoutMs} ms`);
    this.request = request;
    this.operationId = request.operationId;
    this.timeoutMs = timeoutMs;
    this.endpoint = options?.endpoint ?? 'api';
  }
}

/** A success status came with a body that does not parse or does not match the spec. */
export class InvalidResponseError extends SinchError {
  override name = 'InvalidResponseError';
  /** What was being sent. */
  readonly request: RequestSummary;
  /** The spec's operationId of the call. */
  readonly operationId: string;
  readonly status: number | undefined;
  constructor(request: RequestSummary, reason: string, status?: number) {
    super(`${request.name}: invalid response${status ? ` (HTTP ${status})` : ''}: ${reason}`);
    this.request = request;
    this.operationId = request.operationId;
    this.status = status;
  }
}

/**
 * The answer's body was larger than `maxResponseBytes` (counted after decompression): the client
 * stopped reading it and closed the connection. `status` is the status the answer came with.
 * Never retried: a body that large would be as large again. For a billable call it leaves the
 * outcome unknown unless the status was a refusal (4xx).
 */
export class ResponseTooLargeError extends InvalidResponseError {
  override name = 'ResponseTooLargeError';
  /** The limit that was passed, in bytes. */
  readonly limitBytes: number;
  constructor(request: RequestSummary, limitBytes: number, status: number) {
    super(request, `the body is larger than maxResponseBytes (${limitBytes} bytes)`, status);
    this.limitBytes = limitBytes;
  }
}

/**
 * A billable call (rent, release, order submit) failed in a way that leaves its outcome unknown,
 * and the client could not settle it. `cause` is the original failure; `finding` is what the
 * follow-up check saw, when it ran. Check the number in the dashboard or with `activeNumber.get`
 * before trying again.
 */
export class UncertainOutcomeError extends SinchError {
  override name = 'UncertainOutcomeError';
  /** The spec's operationId of the call. */
  readonly operationId: string;
  /** What went wrong and what a read could tell before trying again. */
  readonly finding: string;
  constructor(
    operation: { readonly operationId: string; readonly name: string },
    finding: string,
    options: { cause: unknown },
  ) {
    super(
      `${operation.name}: outcome unknown (${finding}); not retried to avoid a second charge`,
      options,
    );
    this.operationId = operation.operationId;
    this.finding = finding;
  }
}

/**
 * Reads the error fields of a body in either API's shape: the Numbers envelope
 * `{ error: { code, message, status, details } }` or the Voice body
 * `{ status, errorCode, message, reference }`.
 */
function readEnvelope(body: unknown): ApiErrorBody & { reference?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  if (typeof record.error === 'object' && record.error !== null) {
    const { code, message, status, details } = record.error as Record<string, unknown>;
    return {
      ...(typeof code === 'number' ? { code } : {}),
      ...(text(message) ? { message: text(message) } : {}),
      ...(text(status) ? { status: text(status) } : {}),
      ...(Array.isArray(details) ? { details } : {}),
    };
  }
  const errorCode =
    text(record.errorCode) ??
    (typeof record.errorCode === 'number' ? String(record.errorCode) : undefined);
  if (errorCode === undefined && text(record.message) === undefined) return {};
  return {
    ...(errorCode ? { status: errorCode } : {}),
    ...(text(record.message) ? { message: text(record.message) } : {}),
    ...(text(record.reference) ? { reference: text(record.reference) } : {}),
  };
}

/** How much of a non-JSON body is looked at to describe it: a page's title and first lines. */
const DESCRIBE_SCAN_LIMIT = 64 * 1024;
const DESCRIPTION_LENGTH = 120;

/**
 * A one-line description of a non-JSON body (an HTML error page from a proxy): its text with
 * tags dropped and whitespace collapsed, shortened. One pass over at most the first 64 KiB,
 * whatever the body holds, so a hostile page cannot stall the caller.
 */
export function describeNonJson(body: unknown): string {
  if (typeof body !== 'string' || body === '') return '';
  const text = body.length > DESCRIBE_SCAN_LIMIT ? body.slice(0, DESCRIBE_SCAN_LIMIT) : body;
  let out = '';
  let pendingSpace = false;
  let tagsPossible = true;
  for (let i = 0; i < text.length && out.length <= DESCRIPTION_LENGTH; i++) {
    let char = text[i] as string;
    if (char === '<' && tagsPossible) {
      const end = text.indexOf('>', i + 1);
      if (end === -1) {
        // No tag closes after this point: the rest is text (and is not searched again).
        tagsPossible = false;
      } else {
        i = end;
        char = ' ';
      }
    }
    if (/\s/.test(char)) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char;
  }
  return out.length > DESCRIPTION_LENGTH ? `${out.slice(0, DESCRIPTION_LENGTH - 3)}...` : out;
}

/** Matches the `code` of a system error (ECONNRESET, UND_ERR_SOCKET), never free text. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/**
 * Why a request failed, in one safe word: the system error code, else the error's name. Messages
 * are never repeated: a transport quotes the header it refused, credentials included.
 */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return '';
  if (cause.name === 'OAuth2TokenError') return cause.message;
  const inner = cause.cause instanceof Error ? cause.cause : undefined;
  const code =
    (inner as { code?: unknown } | undefined)?.code ?? (cause as { code?: unknown }).code;
  if (typeof code === 'string' && ERROR_CODE.test(code)) return code;
  return /^\w{1,40}$/.test(cause.name) ? cause.name : 'unknown error';
}
