/**
 * What both builds of `@sinch-numbers/mock/handlers` export alike (`index.ts` with MSW,
 * `index-no-msw.ts` without): everything but the two factories, which differ only in whether
 * they can make MSW handlers.
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
export { type DocumentExamples, type DocumentedResponse, examplesOf } from './spec-examples.js';
