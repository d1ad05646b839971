/** The stateless mock: the spec's examples, checked requests, faults on demand. */
import type { MockSpecs } from './api.js';
import { answerExamples } from './examples.js';
import { FaultScript } from './faults.js';
import { type HandlersOf, type InProcessMock, mockParts, routesFor } from './sandbox/index.js';

/** `createExamplesMock` for a build: with MSW handlers, or without where MSW cannot load. */
export const examplesMockFactory = (handlersOf: HandlersOf) =>
  function createExamplesMock(specs: MockSpecs = {}): InProcessMock {
    const routes = routesFor(specs);
    const faults = new FaultScript(routes);
    return mockParts(
      { behaviour: answerExamples, faults, ...(routes ? { routes } : {}) },
      handlersOf,
    );
  };
