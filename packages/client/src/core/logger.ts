/**
 * The optional logger hook. Events summarize requests and decisions; they never carry bodies
 * (they can hold the callback secret) and show credentials only as `[redacted]`.
 */

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
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (SECRET_HEADERS.has(name)) {
      const scheme = /^(\w+)\s/.exec(value)?.[1];
      out[name] = scheme ? `${scheme} [redacted]` : '[redacted]';
    } else {
      out[name] = value;
    }
  });
  return out;
}

/** Header names that carry a request id, in the order they are looked for. */
export const REQUEST_ID_HEADERS = ['x-request-id', 'x-correlation-id', 'request-id'];

/** The request id of a response, if it has one. */
export function requestIdOf(response: Response): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = response.headers.get(name);
    if (value) return value;
  }
  return undefined;
}
