/** The stateless mock: the spec's examples, checked requests, faults on demand. */
import { answerExamples } from './examples.js';
import { FaultScript } from './faults.js';
import { type HandlersOf, type InProcessMock, mockParts } from './sandbox/index.js';

/** `createExamplesMock` for a build: with MSW handlers, or without where MSW cannot load. */
export const examplesMockFactory = (handlersOf: HandlersOf) =>
  function createExamplesMock(): InProcessMock {
    return mockParts({ behaviour: answerExamples, faults: new FaultScript() }, handlersOf);
  };
