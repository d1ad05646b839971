/**
 * `--mock`: the Prism mock from `@sinch-numbers/mock`, started on a free port for one command
 * and always stopped afterwards. It is loaded only when asked for, so ordinary commands do not
 * pay for Prism's start-up.
 */
import type { ApiName } from './commands/types.js';

/** A mock that is running. */
export interface RunningMock {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts the mock of one API on loopback, port 0 (any free port). */
export async function startEmbeddedMock(api: ApiName): Promise<RunningMock> {
  const { startMock } = await import('@sinch-numbers/mock');
  return startMock({ spec: api, port: 0 });
}
