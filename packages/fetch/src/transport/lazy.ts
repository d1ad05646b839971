import { selfTimed, withDeadline } from './deadline.js';
import type { Transport } from './types.js';

/**
 * A transport loaded on its first request, for a client that should not load its transport's
 * module at import (the high-level client's default Node transport: one module fewer to
 * resolve and parse when the package is imported). A load that fails fails that request only;
 * the next request loads again. The loaded transport is held to each request's `timeoutMs` and
 * `signal` as {@link withDeadline} holds any transport (ours time themselves and run as they are).
 *
 * @example
 * ```ts
 * const transport = createLazyTransport(() =>
 *   import('@sinch-numbers/fetch/node').then((node) => node.createNodeTransport()),
 * );
 * ```
 */
export function createLazyTransport(load: () => Promise<Transport>): Transport {
  let loaded: Transport | undefined;
  let loading: Promise<Transport> | undefined;
  return selfTimed((request) => {
    if (loaded) return loaded(request);
    loading ??= load().then(
      (transport) => {
        loaded = withDeadline(transport);
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading.then((transport) => transport(request));
  });
}
