/**
 * `@sinch-numbers/mock/handlers` for runtimes where MSW cannot start (the `workerd`, `worker` and
 * `edge-light` export conditions: Cloudflare Workers, edge runtimes, web workers). The same
 * exports as `index.ts` and the same answers through `mock.fetch`; only `mock.handlers` throws,
 * naming what to use instead (see `no-msw.ts`). MSW is not imported at all.
 */
import { examplesMockFactory } from './examples-mock.js';
import { handlersUnavailable } from './no-msw.js';
import type { InProcessMock, Sandbox, SandboxOptions } from './sandbox/index.js';
import { sandboxFactory } from './sandbox/index.js';

export type { ApiName } from './api.js';
export {
  type CallbackExampleName,
  type CallbackRequestOptions,
  createCallbackRequest,
  SIGNATURE_HEADER,
  sendCallback,
  signCallbackBody,
} from './callbacks.js';
export { FAULT_HEADER, type Fault, FaultScript, type ScheduledFault } from './faults.js';
export { fetchFromHandlers, type MockFetch } from './fetch.js';
export {
  type InProcessMock,
  SANDBOX_PROJECT_ID,
  type Sandbox,
  type SandboxOptions,
} from './sandbox/index.js';
export type { OrderRecord, ProjectState, Registration } from './sandbox/project.js';
export type { VoiceState } from './sandbox/voice.js';

/**
 * Creates a sandbox: a seeded, deterministic in-memory project behind a `fetch`.
 *
 * @example
 * ```ts
 * const sandbox = createSandbox();
 * const client = new SinchClient({ projectId: SANDBOX_PROJECT_ID, keyId: 'k', keySecret: 's',
 *   authentication: 'basic', numbersBaseUrl: 'https://numbers.sandbox', fetch: sandbox.fetch });
 * ```
 */
export const createSandbox: (options?: SandboxOptions) => Sandbox =
  sandboxFactory(handlersUnavailable);

/**
 * Creates the examples mock: every operation of both specs answers its documented example, after
 * the request has been checked against the spec (a mistake gets a `400` naming the field).
 */
export const createExamplesMock: () => InProcessMock = examplesMockFactory(handlersUnavailable);
