/**
 * The optional logger hook. Events summarize requests and decisions; they never carry bodies
 * (they can hold the callback secret) and show credentials only as `[redacted]`.
 */
import type { FetchLike, Transport, TransportHeaders } from '@sinch-numbers/fetch/base';

/** One HTTP exchange, API or token endpoint. */
export interface HttpLogEvent {
  type: 'http';
  method: string;
  url: string;
  /** Request headers with credentials replaced by `[redacted]`. */
  headers: Record<string, string>;
  /** Undefined when no answer arrived. */
  status?: number;
  durationMs: number;
  requestId?: string;
}

/** A call will be tried again after `delayMs`. */
export interface RetryLogEvent {
  type: 'retry';
  operationId: string;
  /** The method name, such as `activeNumber.get`. */
  name: string;
  retry: number;
  delayMs: number;
  reason: string;
}

/** After an ambiguous failure of a billable call, what the follow-up check found. */
export interface BillingCheckLogEvent {
  type: 'billing-check';
  operationId: string;
  phoneNumber: string;
  finding: 'active' | 'not-active' | 'check-failed';
  reason: string;
}

/** With `validation: 'warn'`: arguments the spec does not allow, sent anyway. */
export interface ValidationLogEvent {
  type: 'validation';
  operationId: string;
  /** The method name, such as `activeNumber.update`. */
  name: string;
  /** What was found, by field (never the values, which can be secrets). */
  issues: readonly { field: string; expected: string }[];
}

/** What the client reports to a logger. */
export type LogEvent = HttpLogEvent | RetryLogEvent | BillingCheckLogEvent | ValidationLogEvent;

/** Receives log events; must not throw. */
export type Logger = (event: LogEvent) => void;

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

/** Copies headers, replacing credentials: `Bearer eyJ...` becomes `Bearer [redacted]`. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    const name = key.toLowerCase();
    if (SECRET_HEADERS.has(name)) {
      const scheme = /^(\w+)\s/.exec(value)?.[1];
      out[name] = scheme ? `${scheme} [redacted]` : '[redacted]';
    } else {
      out[name] = value;
    }
  }
  return out;
}

/** Header names that carry a request id, in the order they are looked for. */
export const REQUEST_ID_HEADERS = ['x-request-id', 'x-correlation-id', 'request-id'];

/** The request id of a response, from its headers, if it has one. */
export function requestIdOf(headers: TransportHeaders): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

type Exchange = { readonly status: number; readonly headers: TransportHeaders };

/** Runs one exchange and reports it: status and time, or that no answer came. */
async function logExchange<R extends Exchange>(
  logger: Logger,
  now: () => number,
  request: { method: string; url: string; headers: Readonly<Record<string, string>> },
  exchange: () => Promise<R>,
): Promise<R> {
  const started = now();
  const { method, url } = request;
  const entry = { type: 'http' as const, method, url, headers: redactHeaders(request.headers) };
  try {
    const response = await exchange();
    const requestId = requestIdOf(response.headers);
    logger({
      ...entry,
      status: response.status,
      durationMs: now() - started,
      ...(requestId ? { requestId } : {}),
    });
    return response;
  } catch (error) {
    logger({ ...entry, durationMs: now() - started });
    throw error;
  }
}

/** A transport that reports every API exchange to the logger, credentials redacted. */
export function loggingTransport(
  transport: Transport,
  logger: Logger,
  now: () => number,
): Transport {
  return (request) => logExchange(logger, now, request, () => transport(request));
}

/** A fetch that reports every exchange to the logger (the token endpoint's requests). */
export function loggingFetch(fetch: FetchLike, logger: Logger, now: () => number): FetchLike {
  return (input, init) => {
    const request = new Request(input, init);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const summary = { method: request.method, url: request.url, headers };
    return logExchange(logger, now, summary, () => fetch(request));
  };
}
