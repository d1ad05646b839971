/**
 * Builds the `SinchClient` a command uses, from flags and environment, on first use: a command
 * that fails on its own arguments never needs credentials, and `--mock` starts the sandbox only when
 * a request is about to be made. `close()` stops whatever was started.
 */
import {
  type Logger,
  type NumbersDomain,
  SinchClient,
  type SinchClientOptions,
  type VoiceApplicationsGroup,
} from '@sinch-numbers/client';
import type { ApiName, Flags } from './commands/types.js';
import {
  MOCK_CREDENTIALS,
  type NumbersCredentials,
  numbersCredentials,
  type VoiceCredentials,
  voiceCredentials,
} from './credentials.js';
import { UsageError } from './errors.js';
import { type RunningMock, startEmbeddedMock } from './mock.js';
import { parseChoice, parseInteger, parseUrl } from './values.js';

/** How to reach the API, from the global flags. */
export interface ConnectionSettings {
  readonly mock: boolean;
  readonly auth: 'oauth2' | 'basic';
  readonly voiceAuth: 'signed' | 'basic';
  readonly baseUrl: string | undefined;
  readonly voiceBaseUrl: string | undefined;
  readonly tokenUrl: string | undefined;
  readonly timeoutMs: number | undefined;
  readonly maxRetries: number | undefined;
}

/** Reads and checks the connection flags (before anything is started or sent). */
export function readConnectionSettings(flags: Flags, command: string): ConnectionSettings {
  const optional = <T>(name: string, parse: (raw: string) => T): T | undefined => {
    const raw = flags.string(name);
    return raw === undefined ? undefined : parse(raw);
  };
  const settings: ConnectionSettings = {
    mock: flags.boolean('mock'),
    auth: optional('auth', (raw) => parseChoice(raw, ['oauth2', 'basic'], '--auth')) ?? 'oauth2',
    voiceAuth:
      optional('voice-auth', (raw) => parseChoice(raw, ['signed', 'basic'], '--voice-auth')) ??
      'signed',
    baseUrl: optional('base-url', (raw) => parseUrl(raw, '--base-url')),
    voiceBaseUrl: optional('voice-base-url', (raw) => parseUrl(raw, '--voice-base-url')),
    tokenUrl: optional('token-url', (raw) => parseUrl(raw, '--token-url')),
    timeoutMs: optional('timeout', (raw) => parseInteger(raw, '--timeout', 1, 600_000)),
    maxRetries: optional('max-retries', (raw) => parseInteger(raw, '--max-retries', 0, 10)),
  };
  if (settings.mock && (settings.baseUrl || settings.voiceBaseUrl)) {
    throw new UsageError(
      '--mock starts its own server: leave out --base-url/--voice-base-url',
      command,
    );
  }
  return settings;
}

/** What a session needs to build its client. */
export interface SessionInit {
  readonly settings: ConnectionSettings;
  readonly flags: Flags;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly command: string;
  readonly api: ApiName;
  readonly logger: Logger | undefined;
  /** Tells the user something about the connection (that the mock is in use). */
  readonly notice: (text: string) => void;
}

// The client insists on project credentials even when only the Voice API will be called; a
// voice command never sends these, so it does not make the user supply them.
const UNUSED_NUMBERS_CREDENTIALS: NumbersCredentials = {
  projectId: 'unused',
  keyId: 'unused',
  keySecret: 'unused',
};

/** One command's connection to the API (or to the mock). */
export class Session {
  readonly #init: SessionInit;
  readonly #mocks: RunningMock[] = [];
  #client: Promise<{ client: SinchClient; applicationKey: string | undefined }> | undefined;
  #closed = false;

  constructor(init: SessionInit) {
    this.#init = init;
  }

  /** The Numbers API. */
  async numbers(): Promise<NumbersDomain> {
    return (await this.#connect()).client.numbers;
  }

  /** The voice applications API. */
  async voice(): Promise<VoiceApplicationsGroup> {
    return (await this.#connect()).client.voiceApplications;
  }

  /** The application key the client signs with. */
  async applicationKey(): Promise<string> {
    const { applicationKey } = await this.#connect();
    if (applicationKey === undefined) throw new Error('the voice client has no application key');
    return applicationKey;
  }

  /** Stops the mock, if one was started. Safe to call more than once. */
  async close(): Promise<void> {
    this.#closed = true;
    const mocks = this.#mocks.splice(0);
    await Promise.allSettled(mocks.map((mock) => mock.stop()));
  }

  #connect() {
    this.#client ??= this.#build();
    return this.#client;
  }

  async #build(): Promise<{ client: SinchClient; applicationKey: string | undefined }> {
    const { settings, flags, env, command, api, logger, notice } = this.#init;
    let numbers: NumbersCredentials;
    let voice: VoiceCredentials | undefined;
    if (settings.mock) {
      numbers = MOCK_CREDENTIALS;
      voice = api === 'voice' ? MOCK_CREDENTIALS : undefined;
    } else if (api === 'voice') {
      numbers = UNUSED_NUMBERS_CREDENTIALS;
      voice = voiceCredentials(flags, env, command);
    } else {
      numbers = numbersCredentials(flags, env, command);
    }

    let baseUrl = settings.baseUrl;
    let voiceBaseUrl = settings.voiceBaseUrl;
    if (settings.mock) {
      const mock = await startEmbeddedMock(api);
      this.#mocks.push(mock);
      // Ctrl+C may have arrived while the mock was starting: stop it at once.
      if (this.#closed) await this.close();
      if (api === 'voice') voiceBaseUrl = mock.url;
      else baseUrl = mock.url;
      notice(
        `(mock: ${api} API sandbox at ${mock.url}; a seeded in-memory project for this command only, nothing is real)`,
      );
    }

    const options: SinchClientOptions = {
      ...numbers,
      // No token round trip against the mock: Basic auth there, whatever --auth says.
      authentication: settings.mock ? 'basic' : settings.auth,
      ...(baseUrl ? { numbersBaseUrl: baseUrl } : {}),
      ...(settings.tokenUrl ? { tokenUrl: settings.tokenUrl } : {}),
      ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
      ...(settings.maxRetries !== undefined ? { maxRetries: settings.maxRetries } : {}),
      // The CLI resolves credentials itself and reports problems its own way.
      env: false,
      ...(logger ? { logger } : { logLevel: 'off' }),
      ...(voice
        ? {
            applicationKey: voice.applicationKey,
            applicationSecret: voice.applicationSecret,
            voiceAuthentication: settings.mock ? 'basic' : settings.voiceAuth,
            ...(voiceBaseUrl ? { voiceBaseUrl } : {}),
          }
        : {}),
    };
    return { client: new SinchClient(options), applicationKey: voice?.applicationKey };
  }
}
