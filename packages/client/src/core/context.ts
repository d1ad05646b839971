import type { Endpoint, StartTimer } from '@sinch-numbers/fetch/base';
import type { ApiMeta, MetaSchema, Reviver, ShapeCheck } from '@sinch-numbers/fetch/meta';
import type { Logger } from './logger.js';
import type { BackoffOptions } from './retry.js';

export type { ApiMeta };

/** Everything an operation call needs, shared by the groups of one API of one client. */
export interface ClientContext {
  /** The spec metadata of that API: validation and date revival read it. */
  readonly api: ApiMeta;
  /** The option the metadata came from (`numbersMeta`, `voiceMeta`), named in errors; absent for ours. */
  readonly metaOption?: string | undefined;
  /** Host, path defaults, headers, auth and transport: the request primitive's input. */
  readonly endpoint: Endpoint;
  /** OAuth2 tokens can be refreshed after a 401; Basic and signed credentials cannot. */
  readonly canRefreshAuth: boolean;
  /** The OAuth2 token endpoint (no query), named when it does not answer in time. */
  readonly tokenUrl?: string | undefined;
  readonly timeoutMs: number;
  /** Most bytes of a response body read, after decompression. */
  readonly maxResponseBytes: number;
  readonly maxRetries: number;
  readonly backoff: BackoffOptions;
  /** How arguments are checked unless a call says otherwise. */
  readonly validation: ValidationMode;
  readonly logger: Logger | undefined;
  readonly random: () => number;
  readonly now: () => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * The clock that times an attempt (`expire` runs when the limit runs out, unless cancelled);
   * undefined for `setTimeout`. The request primitive and the transport start the timer.
   */
  readonly startTimer: StartTimer | undefined;
  readonly reviverFor: (schema: MetaSchema | undefined) => Reviver | undefined;
  /** The shape check of a response schema: objects and arrays where the types promise them. */
  readonly shapeCheckFor?: ((schema: MetaSchema | undefined) => ShapeCheck | undefined) | undefined;
}

/**
 * How arguments are checked against the spec: `'strict'` refuses what the spec does not allow,
 * `'warn'` logs unknown body fields and enum values and sends them, `'off'` checks nothing.
 */
export type ValidationMode = 'strict' | 'warn' | 'off';

/** Options every method accepts as its last argument. */
export interface CallOptions {
  /** Cancels the call, retries and waits included. */
  signal?: AbortSignal;
  /** Time limit of one attempt, in milliseconds. Overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retries of a call that is safe to repeat. Overrides the client's `maxRetries`. */
  maxRetries?: number;
  /**
   * Most bytes of a response body read (after decompression), for one page of a very large
   * list, say. Overrides the client's `maxResponseBytes`.
   */
  maxResponseBytes?: number;
  /**
   * Extra request headers, e.g. a tracing header or a mock's `Prefer`. The client's own
   * `Authorization` (and Voice signing headers) are set after them and win.
   */
  headers?: HeadersInit;
  /** Extra query parameters, sent as they are (arrays repeat the name), not checked. */
  query?: Record<string, unknown>;
  /** How this call's arguments are checked. Overrides the client's `validation`. */
  validation?: ValidationMode;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
