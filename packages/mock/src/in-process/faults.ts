/**
 * Faults on demand: what the network and the API do on a bad day, asked for per request (a header)
 * or scheduled for a whole test (a script of faults consumed in order by matching requests).
 */
import { type Route, routeNamed } from './api.js';

/** One fault: what happens to a request instead of (or after) its normal answer. */
export type Fault =
  | {
      /** Answer with this status in the API's error envelope (429, 500, 503...). */
      readonly type: 'status';
      readonly status: number;
      /** `Retry-After` to send: seconds, or an HTTP date. */
      readonly retryAfter?: number | string;
      /**
       * Carry the operation out first, then answer the error: the answer is lost but the effect
       * happened (a rent that went through). @defaultValue false
       */
      readonly afterEffect?: boolean;
    }
  | {
      /** Never answer; the request ends only when its caller aborts it (a timeout). */
      readonly type: 'stall';
    }
  | {
      /** Drop the connection: the caller's `fetch` rejects with a network error. */
      readonly type: 'reset';
      /** Carry the operation out before dropping the connection. @defaultValue false */
      readonly afterEffect?: boolean;
    };

/** A fault in a script: which requests it hits and how many times. */
export interface ScheduledFault {
  readonly fault: Fault;
  /** The operation it hits: high-level name (`availableNumber.rent`) or operationId. Any if absent. */
  readonly operation?: string;
  /** How many matching requests it hits. @defaultValue 1 */
  readonly times?: number;
}

/** The header that asks for a fault on one request, e.g. `x-sinch-mock-fault: 429; retry-after=2`. */
export const FAULT_HEADER = 'x-sinch-mock-fault';

/**
 * Reads the fault header: `429`, `503; retry-after=2`, `500; after-effect`, `stall`, `reset`,
 * `reset; after-effect`. Returns an error message for a value it cannot read.
 */
export function parseFaultHeader(value: string): Fault | string {
  const [head = '', ...options] = value.split(';').map((part) => part.trim());
  const flags = new Map(
    options.map((option) => {
      const [name = '', setting = ''] = option.split('=').map((part) => part.trim());
      return [name.toLowerCase(), setting] as const;
    }),
  );
  const afterEffect = flags.has('after-effect');
  if (head === 'stall') return { type: 'stall' };
  if (head === 'reset') return { type: 'reset', afterEffect };
  const status = Number(head);
  if (!Number.isInteger(status) || status < 400 || status > 599) {
    return `${FAULT_HEADER} must be a status (400-599), 'stall' or 'reset'; got '${value}'`;
  }
  const retryAfter = flags.get('retry-after');
  return {
    type: 'status',
    status,
    afterEffect,
    ...(retryAfter
      ? { retryAfter: /^\d+$/.test(retryAfter) ? Number(retryAfter) : retryAfter }
      : {}),
  };
}

/** The scheduled faults of one mock. */
export class FaultScript {
  #queue: { fault: Fault; operation: string | undefined; left: number }[] = [];
  readonly #routes: readonly Route[] | undefined;

  /** @param routes - the operations faults may name. @defaultValue both of our specs */
  constructor(routes?: readonly Route[]) {
    this.#routes = routes;
  }

  /** Adds faults at the end of the script. Throws on an operation name the specs do not have. */
  add(...faults: ScheduledFault[]): this {
    for (const { fault, operation, times = 1 } of faults) {
      if (operation !== undefined && !routeNamed(operation, this.#routes)) {
        throw new Error(`faults: unknown operation '${operation}' (use e.g. 'activeNumber.get')`);
      }
      const route = operation === undefined ? undefined : routeNamed(operation, this.#routes);
      this.#queue.push({ fault, operation: route?.operationId, left: times });
    }
    return this;
  }

  /** Drops every scheduled fault. */
  clear(): void {
    this.#queue = [];
  }

  /** How many scheduled hits are still waiting (0 once the script has run). */
  get pending(): number {
    return this.#queue.reduce((sum, entry) => sum + entry.left, 0);
  }

  /** The fault for a request of `operationId`, if the script has one; consumes one hit. */
  take(operationId: string): Fault | undefined {
    const index = this.#queue.findIndex(
      (entry) => entry.operation === undefined || entry.operation === operationId,
    );
    const entry = this.#queue[index];
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left <= 0) this.#queue.splice(index, 1);
    return entry.fault;
  }
}
