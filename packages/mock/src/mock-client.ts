/**
 * `createMockClient`, built for either flavour of the in-process mock (with MSW handlers, or the
 * build for runtimes where MSW cannot start): clients wired to a sandbox or the examples mock, with
 * basic credentials and no network.
 */

import { SinchClient, type SinchClientOptions } from '@sinch-numbers/client';
import { createNumbersClient, createVoiceClient } from '@sinch-numbers/fetch';
import {
  type InProcessMock,
  SANDBOX_PROJECT_ID,
  type Sandbox,
  type SandboxOptions,
} from './in-process/sandbox/index.js';

/** Base URLs the ready clients use; any URL works, the requests never leave the process. */
const NUMBERS_URL = 'https://numbers.sandbox.invalid';
const VOICE_URL = 'https://calling.sandbox.invalid';

/** Credentials the ready clients send (the mock checks that they are present, not their value). */
export const MOCK_CREDENTIALS = {
  projectId: SANDBOX_PROJECT_ID,
  keyId: 'sandbox-key-id',
  keySecret: 'sandbox-key-secret',
  applicationKey: 'sandbox-application-key',
  applicationSecret: 'c2FuZGJveC1hcHBsaWNhdGlvbi1zZWNyZXQ=',
} as const;

/** Options of {@link createMockClient}. */
export interface MockClientOptions {
  /** What answers: a sandbox (default, a fresh one), `'examples'`, or a mock you created. */
  mock?: Sandbox | InProcessMock | 'examples';
  /** Further options for `SinchClient` (e.g. `maxRetries`, `logger`). */
  clientOptions?: Partial<SinchClientOptions>;
}

/** What {@link createMockClient} returns. */
export interface MockClient<M extends InProcessMock> {
  /** The high-level client. */
  readonly client: SinchClient;
  /** The low-level Numbers client (openapi-fetch), on the same mock. */
  readonly numbers: ReturnType<typeof createNumbersClient>;
  /** The low-level Voice client, on the same mock. */
  readonly voice: ReturnType<typeof createVoiceClient>;
  /** The mock behind them: state, faults, `reset()`. */
  readonly mock: M;
}

/** The signatures of `createMockClient`. */
export interface CreateMockClient {
  /**
   * Returns clients wired to a sandbox (a fresh one unless `mock` is given).
   *
   * @example
   * ```ts
   * const { client, mock } = createMockClient();
   * mock.faults.add({ operation: 'activeNumber.get', fault: { type: 'status', status: 503 } });
   * await client.numbers.activeNumber.get({ phoneNumber: '+12025550134' }); // retried, then answered
   * ```
   */
  (options?: { mock?: Sandbox; clientOptions?: Partial<SinchClientOptions> }): MockClient<Sandbox>;
  /** Returns clients wired to the examples mock (`mock: 'examples'`) or a mock you created. */
  (options: MockClientOptions): MockClient<InProcessMock>;
}

/** Builds `createMockClient` on one flavour's `createSandbox` and `createExamplesMock`. */
export function mockClientFactory(
  createSandbox: (options?: SandboxOptions) => Sandbox,
  createExamplesMock: () => InProcessMock,
): CreateMockClient {
  return function createMockClient(options: MockClientOptions = {}): MockClient<InProcessMock> {
    const mock =
      options.mock === 'examples' ? createExamplesMock() : (options.mock ?? createSandbox());
    const fetch = mock.fetch;
    const client = new SinchClient({
      ...MOCK_CREDENTIALS,
      authentication: 'basic',
      voiceAuthentication: 'basic',
      numbersBaseUrl: NUMBERS_URL,
      voiceBaseUrl: VOICE_URL,
      fetch,
      ...options.clientOptions,
    } as SinchClientOptions);
    const numbers = createNumbersClient({
      projectId: MOCK_CREDENTIALS.projectId,
      auth: { type: 'basic', keyId: MOCK_CREDENTIALS.keyId, keySecret: MOCK_CREDENTIALS.keySecret },
      baseUrl: NUMBERS_URL,
      fetch,
    });
    const voice = createVoiceClient({
      auth: {
        type: 'basic',
        applicationKey: MOCK_CREDENTIALS.applicationKey,
        applicationSecret: MOCK_CREDENTIALS.applicationSecret,
      },
      baseUrl: VOICE_URL,
      fetch,
    });
    return { client, numbers, voice, mock };
  } as CreateMockClient;
}
