/** The Node-only entry point, `@sinch-numbers/fetch/node`: a transport on `node:http`. */
import { createNodeTransport } from './node.js';
import type { Transport } from './types.js';

export { createNodeTransport, type NodeTransportOptions } from './node.js';
export { createNodeFetch, type NodeFetchOptions } from './node-fetch.js';

/**
 * The transport a client uses when given neither `fetch` nor a transport. In Node (this build,
 * chosen by the `node` export condition) it is the `node:http` transport, which builds no WHATWG
 * objects; every other runtime gets the fetch transport from the other build of this entry.
 */
export function createDefaultTransport(): Transport {
  return createNodeTransport();
}
