/**
 * `@sinch-numbers/mock/handlers` for runtimes where MSW cannot start (the `workerd`, `worker` and
 * `edge-light` export conditions: Cloudflare Workers, edge runtimes, web workers). The same
 * exports as `index.ts` and the same answers through `mock.fetch`; only `mock.handlers` throws,
 * naming what to use instead (see `no-msw.ts`). MSW is not imported at all.
 */

import type { MockSpecs } from './api.js';
import { examplesMockFactory } from './examples-mock.js';
import { handlersUnavailable } from './no-msw.js';
import type { InProcessMock, Sandbox, SandboxOptions } from './sandbox/index.js';
import { sandboxFactory } from './sandbox/index.js';

export * from './exports.js';

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
 * `specs` serves newer versions of the APIs instead of ours: the generated metadata and the
 * parsed document, whose examples answer (new operations included).
 *
 * @example
 * ```ts
 * import * as numbersMeta from './sinch/numbers-meta.js';
 * const document = parse(readFileSync('numbers-next.yaml', 'utf8')); // yaml's parse
 * const mock = createExamplesMock({ numbers: { meta: numbersMeta, document } });
 * ```
 */
export const createExamplesMock: (specs?: MockSpecs) => InProcessMock =
  examplesMockFactory(handlersUnavailable);
