/**
 * `@sinch-numbers/mock/handlers`: the in-process mock on MSW. Runs in Node, browsers and Workers
 * (no `node:` imports): the spec's examples or a stateful sandbox, faults on demand, and signed
 * callback events.
 */
export type { ApiName, MockSpec, MockSpecs } from './api.js';
export {
  type CallbackExampleName,
  type CallbackRequestOptions,
  createCallbackRequest,
  SIGNATURE_HEADER,
  sendCallback,
  signCallbackBody,
} from './callbacks.js';
export { createExamplesMock } from './examples-mock.js';
export { FAULT_HEADER, type Fault, FaultScript, type ScheduledFault } from './faults.js';
export type { MockFetch } from './msw.js';
export {
  createSandbox,
  type InProcessMock,
  SANDBOX_PROJECT_ID,
  type Sandbox,
  type SandboxOptions,
} from './sandbox/index.js';
export type { OrderRecord, ProjectState, Registration } from './sandbox/project.js';
export type { VoiceState } from './sandbox/voice.js';
export { type DocumentExamples, type DocumentedResponse, examplesOf } from './spec-examples.js';
