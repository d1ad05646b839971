/**
 * Status → error: the one place an API answer or a token failure becomes a typed error. Apart
 * from the error classes (`errors.ts`), which load with the client, because only a request needs
 * it: it loads with the request path on the first call.
 */
import type { OAuth2TokenError, TransportHeaders } from '@sinch-numbers/fetch/core';
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
  type SinchError,
  UnauthorizedError,
} from './errors.js';
import { requestIdOf } from './logger.js';
import { parseRetryAfter } from './retry-after.js';
import { markUnsent } from './unsent.js';

const STATUS_ERRORS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
};

/** The typed error for an error answer of the API. */
export function apiErrorFor(
  response: { readonly status: number; readonly headers: TransportHeaders },
  body: unknown,
  request: RequestSummary,
  now: number,
): ApiError {
  const { status } = response;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  const init = {
    status,
    body,
    requestId: requestIdOf(response.headers),
    request,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
  if (status === 429) return new RateLimitedError(init);
  if (status >= 500) return new ServerError(init);
  const ErrorClass = STATUS_ERRORS[status] ?? ApiError;
  return new ErrorClass(init);
}

// Errors raised by the token endpoint: refreshing the token cannot fix those.
const fromTokenEndpoint = new WeakSet<Error>();

/** Whether an error came from the token endpoint rather than from the API. */
export function isTokenEndpointError(error: unknown): boolean {
  return error instanceof Error && fromTokenEndpoint.has(error);
}

/**
 * The typed error for a failed token request, marked as coming from the token endpoint; its
 * request summary is the token request (`POST` to the token URL), as the API was never called.
 */
export function tokenErrorFor(
  error: OAuth2TokenError,
  call: { readonly operationId: string; readonly name: string },
): SinchError {
  const request = {
    operationId: call.operationId,
    name: call.name,
    method: 'POST',
    url: error.tokenUrl,
  };
  let typed: SinchError;
  if (
    error.failure === 'unreachable' ||
    error.failure === 'timeout' ||
    error.status === undefined
  ) {
    typed = new ConnectionError(request, { cause: error, endpoint: 'token' });
  } else if (error.failure === 'invalid') {
    typed = new InvalidResponseError(request, error.message, error.status);
  } else {
    const body = { error: { code: error.status, message: error.message } };
    const init = { status: error.status, body, requestId: undefined, request };
    typed =
      error.status >= 500
        ? new ServerError(init)
        : error.status === 429
          ? new RateLimitedError(init)
          : new UnauthorizedError(init);
  }
  fromTokenEndpoint.add(typed);
  return markUnsent(typed);
}
