/** The Node-only entry point, `@sinch-numbers/fetch/node`: a transport on `node:http`. */
export { createNodeTransport, type NodeTransportOptions } from './node.js';
