/**
 * Entry of the server's child process. The server runs in its own process so that its work
 * (routing, JSON.stringify of generated pages) never shares the event loop or the CPU time
 * accounting of the clients being measured. It reports its port over IPC and exits when the
 * parent goes away.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler } from './routes.js';

const totalItems = Number(process.argv[2] ?? 100_000);
const { handler } = createHandler(totalItems);
const server = createServer({ keepAlive: true }, handler);
// Long enough that idle connections survive the pauses between sections.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;

// A deep backlog: the token check opens a thousand connections at once.
server.listen({ host: '127.0.0.1', port: 0, backlog: 4096 }, () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: 'listening', port });
});
process.on('disconnect', () => process.exit(0));
