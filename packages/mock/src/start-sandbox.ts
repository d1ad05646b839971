/** The sandbox as an HTTP server, for the CLI, other languages, or tests in another process. */
import { createSandbox, type Sandbox, type SandboxOptions } from './in-process/index.js';
import { type HandlerServer, type ServeOptions, serveHandlers } from './serve-handlers.js';

/** A sandbox served over HTTP. */
export interface SandboxServer extends HandlerServer {
  /** The sandbox behind the server: its state, faults and `reset()`. */
  readonly sandbox: Sandbox;
}

/**
 * Starts a sandbox on a local port (both APIs on one origin: give `url` as `numbersBaseUrl` and
 * `voiceBaseUrl`).
 */
export async function startSandbox(
  options: SandboxOptions & ServeOptions & { sandbox?: Sandbox } = {},
): Promise<SandboxServer> {
  const { port, host, sandbox: given, ...sandboxOptions } = options;
  const sandbox = given ?? createSandbox(sandboxOptions);
  const server = await serveHandlers(sandbox.handlers, { port, host });
  return { ...server, sandbox };
}
