import type { AuthMiddleware } from '@sinch-numbers/fetch';
import type { Reviver } from './dates.js';
import type { Send } from './http.js';
import type { Logger } from './logger.js';
import type { MetaOperation, MetaSchema } from './meta-types.js';
import type { BackoffOptions } from './retry.js';

/** The generated metadata of one spec. */
export interface ApiMeta {
  readonly operations: Readonly<Record<string, MetaOperation>>;
  readonly schemas: Readonly<Record<string, MetaSchema>>;
}

/** Everything an operation call needs, shared by the groups of one API of one client. */
export interface ClientContext {
  /** The spec metadata of that API: validation and date revival read it. */
  readonly api: ApiMeta;
  /** Host the operations' paths are appended to. */
  readonly baseUrl: string;
  /** Path parameters filled in for every call unless given (the Numbers `projectId`). */
  readonly pathDefaults: Readonly<Record<string, string>>;
  /** Sends a request (the user's fetch, or the global one, wrapped with logging). */
  readonly send: Send;
  readonly auth: AuthMiddleware;
  /** OAuth2 tokens can be refreshed after a 401; Basic and signed credentials cannot. */
  readonly canRefreshAuth: boolean;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly backoff: BackoffOptions;
  readonly logger: Logger | undefined;
  readonly random: () => number;
  readonly now: () => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Starts the time limit of one attempt: `expire` runs when it runs out, unless cancelled. */
  readonly startTimer: (ms: number, expire: () => void) => () => void;
  readonly reviverFor: (schema: MetaSchema | undefined) => Reviver | undefined;
}

/** Options every method accepts as its last argument. */
export interface CallOptions {
  /** Cancels the call, retries and waits included. */
  signal?: AbortSignal;
  /** Time limit of one attempt, in milliseconds. Overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retries of a call that is safe to repeat. Overrides the client's `maxRetries`. */
  maxRetries?: number;
}

/** Calls `expire` after `ms`; returns a function that cancels it. */
export function startTimer(ms: number, expire: () => void): () => void {
  const timer = setTimeout(expire, ms);
  return () => clearTimeout(timer);
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
