/**
 * `@sinch-numbers/fetch/node` outside Node (browsers, workers, Deno without the `node`
 * condition): the same exports, failing with a clear message instead of a failed import.
 */
import { createFetchTransport } from './fetch.js';
import type { FetchLike, Transport } from './types.js';

/** Options of {@link createNodeTransport}; see the Node build. */
export interface NodeTransportOptions {
  /** How long an idle socket is kept for reuse, in milliseconds. @defaultValue 4000 */
  keepAliveMsecs?: number;
  /** Sockets per host. @defaultValue Infinity */
  maxSockets?: number;
}

/** Only available in Node: use the default fetch transport elsewhere. */
export function createNodeTransport(_options?: NodeTransportOptions): Transport {
  throw new TypeError(
    'createNodeTransport needs Node.js (node:http); elsewhere the clients use fetch by default',
  );
}

/** Options of {@link createNodeFetch}; see the Node build. */
export interface NodeFetchOptions extends NodeTransportOptions {
  /** Most bytes of one response body, after decoding. @defaultValue 16 MiB */
  maxBodyBytes?: number;
}

/** Only available in Node: pass the runtime's own `fetch` elsewhere. */
export function createNodeFetch(_options?: NodeFetchOptions): FetchLike {
  throw new TypeError(
    'createNodeFetch needs Node.js (node:http); elsewhere the clients use fetch by default',
  );
}

/**
 * The transport a client uses when given neither `fetch` nor a transport: outside Node, the
 * global `fetch`, looked up at request time.
 */
export function createDefaultTransport(): Transport {
  return createFetchTransport();
}
