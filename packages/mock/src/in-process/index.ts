/**
 * `@sinch-numbers/mock/handlers`: the in-process mock on MSW, with no `node:` imports and only
 * MSW's `msw/core/http` loaded. Runs in Node 18+, Bun, Deno (no permissions needed) and browsers;
 * Cloudflare Workers and other runtimes where MSW cannot start get the build in `index-no-msw.ts`
 * (same exports, `mock.fetch` instead of handlers). The spec's examples or a stateful sandbox,
 * faults on demand, and signed callback events.
 */
import { examplesMockFactory } from './examples-mock.js';
import { createHandlers } from './msw.js';
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
 * Creates a sandbox: a seeded, deterministic in-memory project behind MSW handlers and a `fetch`.
 *
 * @example
 * ```ts
 * const sandbox = createSandbox();
 * const client = new SinchClient({ projectId: SANDBOX_PROJECT_ID, keyId: 'k', keySecret: 's',
 *   authentication: 'basic', numbersBaseUrl: 'https://numbers.sandbox', fetch: sandbox.fetch });
 * // or: setupServer(...sandbox.handlers)
 * ```
 */
export const createSandbox: (options?: SandboxOptions) => Sandbox = sandboxFactory(createHandlers);

/**
 * Creates the examples mock: every operation of both specs answers its documented example, after
 * the request has been checked against the spec (a mistake gets a `400` naming the field).
 */
export const createExamplesMock: () => InProcessMock = examplesMockFactory(createHandlers);
