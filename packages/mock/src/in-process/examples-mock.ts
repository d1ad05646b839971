/** The stateless mock: the spec's examples, checked requests, faults on demand. */
import { createRoutes, type MockSpecs } from './api.js';
import { answerExamples } from './examples.js';
import { FaultScript } from './faults.js';
import { createHandlers, fetchFromHandlers } from './msw.js';
import type { InProcessMock } from './sandbox/index.js';

/**
 * Creates the examples mock: every operation of both specs answers its documented example, after
 * the request has been checked against the spec (a mistake gets a `400` naming the field).
 *
 * @param specs - newer versions of the APIs to serve instead of ours: the generated metadata
 * and the parsed document, whose examples answer (new operations included).
 *
 * @example
 * ```ts
 * import { parse } from 'yaml';
 * import * as numbersMeta from './sinch/numbers-meta.js';
 *
 * const document = parse(readFileSync('sinch-numbers-next.yaml', 'utf8'));
 * const mock = createExamplesMock({ numbers: { meta: numbersMeta, document } });
 * ```
 */
export function createExamplesMock(specs: MockSpecs = {}): InProcessMock {
  const routes = createRoutes(specs);
  const faults = new FaultScript(routes);
  const handlers = createHandlers({ behaviour: answerExamples, faults, routes });
  return { handlers, fetch: fetchFromHandlers(handlers), faults };
}
