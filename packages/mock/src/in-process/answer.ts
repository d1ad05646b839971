/**
 * The one path every mocked request takes, whatever serves it (MSW in-process, a `fetch`
 * function, or the HTTP server): faults, credentials, the spec's checks, `Prefer: code=`, then the
 * behaviour (the spec's examples or the stateful sandbox).
 */
import { findRoute, type Route } from './api.js';
import { FAULT_HEADER, type Fault, type FaultScript, parseFaultHeader } from './faults.js';
import { hasCredentials, type OperationCall, readCall } from './request.js';
import { apiError, documentedResponse, invalidArgument, json } from './responses.js';

/** What answers a checked request: the spec's examples, or the sandbox. */
export type Behaviour = (call: OperationCall) => Response | Promise<Response>;

/** What every answer depends on besides the request. */
export interface AnswerOptions {
  readonly behaviour: Behaviour;
  /** Scheduled faults, consumed by matching requests. */
  readonly faults?: FaultScript;
  /** The operations served. @defaultValue both of our specs */
  readonly routes?: readonly Route[];
}

/** A token for the OAuth 2.0 client-credentials grant, so `authentication: 'oauth2'` works too. */
function token(): Response {
  return json({ access_token: 'sandbox-access-token', expires_in: 3600, token_type: 'bearer' });
}

/** Waits until the caller gives up (aborts), then fails the way a dropped connection does. */
function stall(signal: AbortSignal): Promise<Response> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(Response.error());
    signal.addEventListener('abort', () => resolve(Response.error()), { once: true });
  });
}

function faultAnswer(route: Route, fault: Exclude<Fault, { type: 'stall' }>): Response {
  if (fault.type === 'reset') return Response.error();
  const headers: Record<string, string> =
    fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
  return apiError(
    route.api,
    fault.status,
    `Injected fault: ${fault.status} for ${route.operationId}`,
    [],
    headers,
  );
}

/** Reads `Prefer: code=404, example=name` (the same header Prism understands). */
function preferred(request: Request): { code?: number; example?: string } {
  const out: { code?: number; example?: string } = {};
  for (const part of (request.headers.get('prefer') ?? '').split(/[,;]/)) {
    const [name = '', value = ''] = part.split('=').map((text) => text.trim());
    if (name === 'code' && /^\d{3}$/.test(value)) out.code = Number(value);
    if (name === 'example' && value) out.example = value;
  }
  return out;
}

/** Whether the mock answers this request at all (a Sinch path or the token endpoint). */
export function isMocked(request: Request, routes?: readonly Route[]): boolean {
  const { pathname } = new URL(request.url);
  return (
    (request.method === 'POST' && pathname.endsWith('/oauth2/token')) ||
    findRoute(request.method, pathname, routes) !== undefined
  );
}

/**
 * Answers one request, or returns `undefined` when it is not one of the specs' operations (MSW
 * then lets it through or warns, as configured).
 */
export async function answer(
  request: Request,
  options: AnswerOptions,
): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (request.method === 'POST' && url.pathname.endsWith('/oauth2/token')) return token();
  const found = findRoute(request.method, url.pathname, options.routes);
  if (!found) return undefined;
  const { route, path } = found;

  const header = request.headers.get(FAULT_HEADER);
  const fault =
    header === null ? options.faults?.take(route.operationId) : parseFaultHeader(header);
  if (typeof fault === 'string') {
    return apiError(route.api, 400, fault, [
      { type: 'BadRequest', fieldViolations: [{ field: FAULT_HEADER, description: fault }] },
    ]);
  }
  if (fault?.type === 'stall') return stall(request.signal);
  if (fault && !fault.afterEffect) return faultAnswer(route, fault);

  if (!hasCredentials(route.api, request)) {
    return apiError(
      route.api,
      401,
      'Missing or malformed credentials: send an Authorization header',
    );
  }
  const { call, issues } = await readCall(route, request, path);
  if (issues.length > 0) return invalidArgument(route, issues);

  const prefer = preferred(request);
  if (prefer.code !== undefined) {
    const documented = documentedResponse(route, prefer.code, prefer.example);
    if (documented) return documented;
    const statuses = Object.keys(route.responses).join(', ');
    return apiError(
      route.api,
      400,
      `Prefer: code=${prefer.code} is not documented for ${route.operationId}; documented: ${statuses}`,
    );
  }

  const response = await options.behaviour(call);
  if (fault) return faultAnswer(route, fault);
  return response;
}
