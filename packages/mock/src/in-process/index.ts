/**
 * `@sinch-numbers/mock/handlers`: the in-process mock on MSW, with no `node:` imports and only
 * MSW's `msw/core/http` loaded. Runs in Node 18+, Bun, Deno (no permissions needed) and browsers;
 * Cloudflare Workers and other runtimes where MSW cannot start get the build in `index-no-msw.ts`
 * (same exports, `mock.fetch` instead of handlers). The spec's examples or a stateful sandbox,
 * faults on demand, and signed callback events.
 */

import type { MockSpecs } from './api.js';
import { examplesMockFactory } from './examples-mock.js';
import { createHandlers } from './msw.js';
import type { InProcessMock, Sandbox, SandboxOptions } from './sandbox/index.js';
import { sandboxFactory } from './sandbox/index.js';

export * from './exports.js';

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
  examplesMockFactory(createHandlers);
