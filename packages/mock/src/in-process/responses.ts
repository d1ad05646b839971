/**
 * The answers the mock builds itself: JSON bodies, and errors in each API's own envelope, so a
 * client's error handling sees what the real API would send.
 */
import type { Issue } from '@sinch-numbers/fetch/meta';
import type { ApiName, Route } from './api.js';

const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  413: 'CONTENT_TOO_LARGE',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  const all = new Headers(headers);
  all.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status, headers: all });
}

/** An answer without a body (`200` of an upload, `204` of the Voice writes). */
export function empty(status: number): Response {
  return new Response(null, { status });
}

/**
 * An error in the envelope of `api`: `{ error: { code, message, status, details } }` for Numbers,
 * `{ status, errorCode, message }` for Voice.
 */
export function apiError(
  api: ApiName,
  status: number,
  message: string,
  details: readonly unknown[] = [],
  headers: HeadersInit = {},
): Response {
  if (api === 'voice') {
    return json(
      { status: `${status} ${REASONS[status] ?? 'Error'}`, errorCode: `${status}00`, message },
      status,
      headers,
    );
  }
  return json(
    {
      error: {
        code: status,
        message,
        status: STATUS_NAMES[status] ?? (status >= 500 ? 'INTERNAL' : 'UNKNOWN'),
        details,
      },
    },
    status,
    headers,
  );
}

/** `400` naming every field at fault and the rule it broke, as `BadRequest.fieldViolations`. */
export function invalidArgument(route: Route, issues: readonly Issue[]): Response {
  const first = issues[0];
  const message = first
    ? `${route.operationId}: ${first.field} ${first.expected}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`
    : `${route.operationId}: invalid request`;
  return apiError(route.api, 400, message, [
    {
      type: 'BadRequest',
      fieldViolations: issues.map((issue) => ({
        field: issue.field,
        description: issue.expected,
      })),
    },
  ]);
}

/** `404` for a resource the project does not have. */
export function notFound(resourceType: string, resourceName: string, description: string) {
  return apiError('numbers', 404, `${resourceType} ${resourceName} not found`, [
    { type: 'ResourceInfo', resourceType, resourceName, description },
  ]);
}

/**
 * The spec's documented response of `route` for `status`, with its example body and example
 * headers (`Retry-After` of a 429); `undefined` when the spec documents no such status.
 */
export function documentedResponse(
  route: Route,
  status: number,
  exampleName?: string,
): Response | undefined {
  const documented = route.responses[String(status)];
  if (!documented) return undefined;
  const headers = new Headers();
  for (const [name, value] of Object.entries(documented.headers)) {
    if (value !== null && value !== undefined) headers.set(name, String(value));
  }
  const body =
    exampleName !== undefined ? documented.examples[exampleName] : (documented.example ?? null);
  if (body === null || body === undefined) return new Response(null, { status, headers });
  return json(body, status, headers);
}
