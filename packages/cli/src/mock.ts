/**
 * `--mock`: the stateful sandbox from `@sinch-numbers/mock`, served on a free loopback port for
 * one command and always stopped afterwards. It serves both APIs, pages to the end and keeps what a
 * command changes until the command ends. It is loaded only when asked for.
 */
import type { ApiName } from './commands/types.js';

/** A mock that is running. */
export interface RunningMock {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts the sandbox on loopback, port 0 (any free port); it answers both APIs. */
export async function startEmbeddedMock(_api: ApiName): Promise<RunningMock> {
  const { startSandbox } = await import('@sinch-numbers/mock');
  return startSandbox({ port: 0 });
}
