import {
  createFetchTransport,
  createNumbersEndpoint,
  DEFAULT_TOKEN_URL,
  type FetchLike,
  type NumbersRegion,
  type Transport,
  VOICE_SERVERS,
  type VoiceRegion,
} from '@sinch-numbers/fetch';
import { createReviverCompiler } from '@sinch-numbers/fetch/meta';
import { createDefaultTransport } from '@sinch-numbers/fetch/node';
import * as numbersMeta from '@sinch-numbers/fetch/numbers-meta';
import { type ApiMeta, abortableSleep, type ClientContext } from './core/context.js';
import { type Logger, loggingFetch, loggingTransport } from './core/logger.js';
import type { BackoffOptions } from './core/retry.js';
import { ActiveNumberGroup } from './numbers/active-number.js';
import { AvailableNumberGroup } from './numbers/available-number.js';
import { AvailableRegionsGroup } from './numbers/available-regions.js';
import { CallbackConfigurationGroup } from './numbers/callback-configuration.js';
import { EmergencyAddressGroup } from './numbers/emergency-address.js';
import { NumberOrderGroup } from './numbers/number-order.js';
import { checked, optionError, requireChoice, requireCount, requireText } from './options.js';
import { VoiceApplicationsGroup } from './voice/applications.js';
import type { VoiceSettings } from './voice/settings.js';

/** Options of {@link SinchClient}. The first three come from the Sinch dashboard. */
export interface SinchClientOptions {
  /** The project whose numbers the client manages. Needed, with the key, for `numbers`. */
  projectId?: string;
  /** Access key ID. */
  keyId?: string;
  /** Access key secret. Never logged or included in errors. */
  keySecret?: string;
  /**
   * `'oauth2'` exchanges the key for short-lived bearer tokens (cached, refreshed before they
   * expire, renewed once on a 401); `'basic'` sends the key with every request.
   * @defaultValue `'oauth2'`
   */
  authentication?: 'oauth2' | 'basic';
  /** @defaultValue `'global'` */
  region?: NumbersRegion;
  /** Voice application key, for `voiceApplications` (Voice API). */
  applicationKey?: string;
  /** Voice application secret (Base64, as in the dashboard). Never logged or in errors. */
  applicationSecret?: string;
  /**
   * `'signed'` signs each Voice request (the secret never travels); `'basic'` sends it.
   * @defaultValue `'signed'`
   */
  voiceAuthentication?: 'signed' | 'basic';
  /** A regional Voice host instead of the configuration host the spec names. */
  voiceRegion?: VoiceRegion;
  /** Overrides the Voice API host, e.g. a mock's URL. */
  voiceBaseUrl?: string;
  /** Overrides the Numbers API host, e.g. a mock's URL. */
  numbersBaseUrl?: string;
  /** Overrides the OAuth2 token endpoint. @defaultValue `https://auth.sinch.com/oauth2/token` */
  tokenUrl?: string;
  /**
   * The fetch that sends API and token requests, with the standard `fetch(input, init)`
   * signature: undici's fetch with a proxy agent, a wrapper, MSW. Token requests default to
   * `globalThis.fetch`; API requests default to the runtime's transport (see `transport`).
   */
  fetch?: FetchLike;
  /**
   * Sends API requests instead of `fetch` (token requests still use `fetch`). Without it and
   * without `fetch`, Node uses `createNodeTransport()` from `@sinch-numbers/fetch/node`
   * (`node:http` with keep-alive, no WHATWG objects) and other runtimes the global `fetch`.
   */
  transport?: Transport;
  /** Time limit of one attempt in milliseconds (each retry gets its own). @defaultValue 30000 */
  timeoutMs?: number;
  /** Retries of calls that are safe to repeat (reads and idempotent updates). @defaultValue 2 */
  maxRetries?: number;
  /** Backoff between retries. */
  backoff?: BackoffOptions;
  /** Receives request summaries (credentials redacted), retries and billing checks. */
  logger?: Logger;
  /** @internal Injected for tests: clock in milliseconds. */
  now?: () => number;
  /** @internal Injected for tests: random number in [0, 1) for jitter. */
  random?: () => number;
  /** @internal Injected for tests: the wait between retries. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The Numbers API, grouped like the official SDK's `sinchClient.numbers`. */
export interface NumbersDomain {
  /** Numbers for sale: `list`, `checkAvailability`, `rent`, `rentAny`. */
  readonly availableNumber: AvailableNumberGroup;
  /** The project's numbers: `list`, `get`, `update`, `release`. */
  readonly activeNumber: ActiveNumberGroup;
  /** Regions with numbers for sale: `list`. */
  readonly availableRegions: AvailableRegionsGroup;
  /** The callback HMAC secret: `get`, `update`. */
  readonly callbackConfiguration: CallbackConfigurationGroup;
  /** Buying numbers with registration: `lookupRequirements`, `create`, `get`, ..., `submit`. */
  readonly numberOrder: NumberOrderGroup;
  /** Emergency addresses of numbers: `get`, `provision`, `deprovision`, `validate`. */
  readonly emergencyAddress: EmergencyAddressGroup;
}

/**
 * The high-level client. Construct it once and share it: it caches the OAuth2 token.
 *
 * @example
 * ```ts
 * import { SinchClient } from '@sinch-numbers/client';
 *
 * const sinch = new SinchClient({
 *   projectId: process.env.SINCH_PROJECT_ID!,
 *   keyId: process.env.SINCH_KEY_ID!,
 *   keySecret: process.env.SINCH_KEY_SECRET!,
 * });
 * const number = await sinch.numbers.activeNumber.get({ phoneNumber: '+12025550134' });
 * ```
 */
export class SinchClient {
  readonly #numbers: NumbersDomain | undefined;
  readonly #voiceApplications: VoiceApplicationsGroup | undefined;

  constructor(options: SinchClientOptions) {
    const wantsNumbers = [options?.projectId, options?.keyId, options?.keySecret].some(
      (v) => v !== undefined,
    );
    const wantsVoice = [options?.applicationKey, options?.applicationSecret].some(
      (v) => v !== undefined,
    );
    if (!wantsNumbers && !wantsVoice) {
      throw optionError(
        'give projectId, keyId and keySecret (Numbers API), applicationKey and applicationSecret (Voice API), or both',
      );
    }
    const now = options.now ?? Date.now;
    const transports = createTransports(options, now);
    const shared = {
      timeoutMs: requireCount(options.timeoutMs, 'timeoutMs', 30_000, 1),
      maxRetries: requireCount(options.maxRetries, 'maxRetries', 2, 0),
      backoff: options.backoff ?? {},
      logger: options.logger,
      random: options.random ?? Math.random,
      now,
      sleep: options.sleep ?? abortableSleep,
    };
    const context: ContextFactory = (api, setup) => ({
      ...shared,
      ...setup,
      api,
      reviverFor: createReviverCompiler(api.schemas),
    });
    this.#numbers = wantsNumbers ? createNumbersDomain(options, transports, context) : undefined;
    this.#voiceApplications = wantsVoice
      ? createVoiceApplications(options, transports.api, now, context)
      : undefined;
  }

  /** The Numbers API. Needs `projectId`, `keyId` and `keySecret` in the options. */
  get numbers(): NumbersDomain {
    if (!this.#numbers) {
      throw optionError('numbers needs projectId, keyId and keySecret in the options');
    }
    return this.#numbers;
  }

  /**
   * Voice applications (Voice API): numbers assigned to apps, callback URLs, number lookup.
   * Needs `applicationKey` and `applicationSecret` in the options.
   */
  get voiceApplications(): VoiceApplicationsGroup {
    if (!this.#voiceApplications) {
      throw optionError(
        'voiceApplications needs applicationKey and applicationSecret in the options',
      );
    }
    return this.#voiceApplications;
  }

  /** The same group under the official SDK's name, `sinchClient.voice.applications`. */
  get voice(): { readonly applications: VoiceApplicationsGroup } {
    return { applications: this.voiceApplications };
  }
}

/** Builds the context of one API from the client-wide settings. */
export type ContextFactory = (
  api: ApiMeta,
  setup: Pick<ClientContext, 'endpoint' | 'canRefreshAuth'>,
) => ClientContext;

interface Transports {
  /** Sends API requests: the user's transport, or a fetch transport; logged when asked. */
  api: Transport;
  /** Sends token requests. */
  tokenFetch: FetchLike | undefined;
}

function createTransports(options: SinchClientOptions, now: () => number): Transports {
  const { fetch, transport, logger } = options;
  // Given a fetch, the user wants it used (a proxy, MSW); otherwise the runtime's best transport.
  const api = transport ?? (fetch ? createFetchTransport(fetch) : createDefaultTransport());
  if (!logger) return { api, tokenFetch: fetch };
  return {
    api: loggingTransport(api, logger, now),
    tokenFetch: loggingFetch(
      fetch ?? ((input, init) => globalThis.fetch(input, init)),
      logger,
      now,
    ),
  };
}

function createNumbersDomain(
  options: SinchClientOptions,
  transports: Transports,
  context: ContextFactory,
): NumbersDomain {
  const projectId = requireText(options.projectId, 'projectId');
  const keyId = requireText(options.keyId, 'keyId');
  const keySecret = requireText(options.keySecret, 'keySecret');
  const authentication = requireChoice(options.authentication, 'authentication', [
    'oauth2',
    'basic',
  ]);
  const tokenUrl = options.tokenUrl ?? DEFAULT_TOKEN_URL;
  const endpoint = checked(() =>
    createNumbersEndpoint({
      projectId,
      auth:
        authentication === 'oauth2'
          ? { type: 'oauth2', keyId, keySecret, tokenUrl }
          : { type: 'basic', keyId, keySecret },
      ...(options.region !== undefined ? { region: options.region } : {}),
      ...(options.numbersBaseUrl !== undefined ? { baseUrl: options.numbersBaseUrl } : {}),
      ...(transports.tokenFetch ? { fetch: transports.tokenFetch } : {}),
      transport: transports.api,
    }),
  );
  const ctx = context(numbersMeta, { endpoint, canRefreshAuth: authentication === 'oauth2' });
  const activeNumber = new ActiveNumberGroup(ctx);
  return Object.freeze({
    availableNumber: new AvailableNumberGroup(ctx, () => activeNumber),
    activeNumber,
    availableRegions: new AvailableRegionsGroup(ctx),
    callbackConfiguration: new CallbackConfigurationGroup(ctx),
    numberOrder: new NumberOrderGroup(ctx),
    emergencyAddress: new EmergencyAddressGroup(ctx),
  });
}

function createVoiceApplications(
  options: SinchClientOptions,
  transport: Transport,
  now: () => number,
  context: ContextFactory,
): VoiceApplicationsGroup {
  const settings: VoiceSettings = {
    applicationKey: requireText(options.applicationKey, 'applicationKey'),
    applicationSecret: requireText(options.applicationSecret, 'applicationSecret'),
    authentication: requireChoice(options.voiceAuthentication, 'voiceAuthentication', [
      'signed',
      'basic',
    ]),
    region: options.voiceRegion,
    baseUrl: options.voiceBaseUrl,
    transport,
    now,
  };
  // Checked now, though the Voice endpoint is built on first use.
  if (settings.region !== undefined && !(settings.region in VOICE_SERVERS)) {
    throw optionError(
      `voiceRegion must be one of ${Object.keys(VOICE_SERVERS).join(', ')}; got ${String(settings.region)}`,
    );
  }
  try {
    atob(settings.applicationSecret);
  } catch {
    throw optionError('applicationSecret must be Base64 (as shown in the Sinch dashboard)');
  }
  // Loaded on first use: Numbers-only bundles do not carry the Voice metadata and signing.
  const load = () =>
    import('./voice/context.js').then((m) => m.createVoiceContext(settings, context));
  return new VoiceApplicationsGroup(load, settings.applicationKey);
}
