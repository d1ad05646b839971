import { startDeadline } from './limits.js';
import type { Transport } from './types.js';

// A registry symbol, so the mark survives our entries being bundled as separate chunks.
const SELF_TIMED = Symbol.for('@sinch-numbers/fetch.selfTimed');

interface SelfTimed {
  readonly [SELF_TIMED]: true;
}

/** Marks one of our adapters as honouring `timeoutMs` and `signal` itself (no wrapper needed). */
export function selfTimed<T extends Transport>(transport: T): T {
  Object.defineProperty(transport, SELF_TIMED, { value: true });
  return transport;
}

/**
 * Holds any transport to the request's `timeoutMs` and `signal`, whether or not it honours them
 * itself: the answer is awaited only until the time runs out or the signal aborts, and the
 * transport is handed a signal that aborts then, so one that listens can release its connection.
 * Our own adapters time themselves (one timer, no controller); this is the safety net for a
 * transport a user wrote, so a call never waits longer than its limit on someone else's code.
 * One of our adapters is returned as it is.
 *
 * @example
 * ```ts
 * const transport = withDeadline(async (request) => myHttpLibrary.send(request));
 * ```
 */
export function withDeadline(transport: Transport): Transport {
  if ((transport as Partial<SelfTimed>)[SELF_TIMED] === true) return transport;
  return (request) => {
    const { timeoutMs, signal } = request;
    if (timeoutMs === undefined && !signal) return transport(request);
    const deadline = startDeadline(timeoutMs, signal, request.startTimer);
    const bound = deadline.signal;
    // A clock may fire at once (a test's), or the caller may have aborted already: the
    // transport is then never called.
    if (bound.aborted) {
      deadline.release();
      return Promise.reject(bound.reason);
    }
    return new Promise((resolve, reject) => {
      const release = () => {
        deadline.release();
        bound.removeEventListener('abort', stop);
      };
      const stop = () => {
        release();
        reject(bound.reason);
      };
      bound.addEventListener('abort', stop, { once: true });
      // The transport still times itself if it can; the wrapper only adds the outer bound.
      Promise.resolve()
        .then(() => transport({ ...request, signal: bound }))
        .then(
          (response) => {
            release();
            resolve(response);
          },
          (error: unknown) => {
            release();
            reject(error);
          },
        );
    });
  };
}
