/** The stateless mock: the spec's examples, checked requests, faults on demand. */
import { answerExamples } from './examples.js';
import { FaultScript } from './faults.js';
import { createHandlers, fetchFromHandlers } from './msw.js';
import type { InProcessMock } from './sandbox/index.js';

/**
 * Creates the examples mock: every operation of both specs answers its documented example, after
 * the request has been checked against the spec (a mistake gets a `400` naming the field).
 */
export function createExamplesMock(): InProcessMock {
  const faults = new FaultScript();
  const handlers = createHandlers({ behaviour: answerExamples, faults });
  return { handlers, fetch: fetchFromHandlers(handlers), faults };
}
