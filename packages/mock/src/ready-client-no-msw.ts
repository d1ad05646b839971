/**
 * `@sinch-numbers/mock/client`: one call for a `SinchClient` (and the low-level clients) wired to
 * the in-process sandbox or examples mock, with basic credentials and no network. The build for
 * runtimes where MSW cannot start (`workerd`, `worker`, `edge-light` conditions): the same clients;
 * only `mock.handlers` is unavailable there.
 */
import { createExamplesMock, createSandbox } from './in-process/index-no-msw.js';
import { type CreateMockClient, mockClientFactory } from './mock-client.js';

export {
  type CreateMockClient,
  MOCK_CREDENTIALS,
  type MockClient,
  type MockClientOptions,
} from './mock-client.js';

/**
 * Returns clients wired to an in-process mock: a fresh sandbox unless `mock` says otherwise.
 *
 * @example
 * ```ts
 * const { client, mock } = createMockClient();
 * mock.faults.add({ operation: 'activeNumber.get', fault: { type: 'status', status: 503 } });
 * await client.numbers.activeNumber.get({ phoneNumber: '+12025550134' }); // retried, then answered
 * ```
 */
export const createMockClient: CreateMockClient = mockClientFactory(
  createSandbox,
  createExamplesMock,
);
