import {
  checkNumbersEndpointOptions,
  createFetchTransport,
  createLazyTransport,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_TOKEN_URL,
  type FetchLike,
  type NumbersEndpointOptions,
  type NumbersRegion,
  type Transport,
  type VoiceRegion,
  withDeadline,
} from '@sinch-numbers/fetch/base';
import { APIPromise } from './core/api-promise.js';
import {
  type ApiMeta,
  abortableSleep,
  type CallOptions,
  type ClientContext,
  type ValidationMode,
} from './core/context.js';
import { ConfigurationError } from './core/errors.js';
import { loadFailure, loadRequestPath } from './core/load-request-path.js';
import { type LevelLogger, type LogLevel, levelSink, passes } from './core/log-level.js';
import { type Logger, loggingFetch, loggingTransport } from './core/logger.js';
import { onceUnlessFailed } from './core/once-unless-failed.js';
import type {
  ArgsOfOperation,
  DefaultOperations,
  ResultOfOperation,
} from './core/operation-types.js';
import type { RawRequest } from './core/request.js';
import type { ApiSetup, SharedSettings } from './core/request-path.js';
import type { BackoffOptions } from './core/retry.js';
import { markUnsent } from './core/unsent.js';
import type { Environment } from './environment.js';
import { NumbersService } from './numbers/numbers-service.js';
import {
  checked,
  checkOptions,
  missingCredentials,
  requireText,
  withEnvironment,
} from './options.js';
import { VoiceApplicationsGroup } from './voice/applications.js';
import type { VoiceSettings } from './voice/settings.js';

/**
 * Options of {@link SinchClient}. The first three come from the Sinch dashboard. Unknown names
 * and malformed values throw a `ConfigurationError`. Credentials not given here are read from
 * `SINCH_PROJECT_ID`, `SINCH_KEY_ID`, `SINCH_KEY_SECRET`, `SINCH_APPLICATION_KEY` and
 * `SINCH_APPLICATION_SECRET` where the runtime has a `process.env`.
 */
export interface SinchClientOptions {
  /**
   * The project whose numbers the client manages. Needed, with the key, for `numbers`.
   * @defaultValue `SINCH_PROJECT_ID` from the environment
   */
  projectId?: string;
  /** Access key ID. @defaultValue `SINCH_KEY_ID` from the environment */
  keyId?: string;
  /**
   * Access key secret. Never logged or included in errors.
   * @defaultValue `SINCH_KEY_SECRET` from the environment
   */
  keySecret?: string;
  /**
   * `'oauth2'` exchanges the key for short-lived bearer tokens (cached, refreshed before they
   * expire, renewed once on a 401); `'basic'` sends the key with every request.
   * @defaultValue `'oauth2'`
   */
  authentication?: 'oauth2' | 'basic';
  /** @defaultValue `'global'` */
  region?: NumbersRegion;
  /**
   * Voice application key, for `voiceApplications` (Voice API).
   * @defaultValue `SINCH_APPLICATION_KEY` from the environment
   */
  applicationKey?: string;
  /**
   * Voice application secret (Base64, as in the dashboard). Never logged or in errors.
   * @defaultValue `SINCH_APPLICATION_SECRET` from the environment
   */
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
  /**
   * Time limit of one attempt in milliseconds (each retry gets its own), 1 to 2147483647 (what
   * `setTimeout` keeps). @defaultValue 30000
   */
  timeoutMs?: number;
  /**
   * Most bytes of one response body the client reads, counted after decompression. A larger
   * answer is not read further: its connection is closed and the call fails with
   * `ResponseTooLargeError` (never retried; for a billable call, `UncertainOutcomeError`). The
   * default, 16 MiB, admits a list page of some 10,000 fully populated active numbers (about
   * 1.5 kB of JSON each; `pageSize` has no maximum in the spec) and bounds what a broken or
   * hostile server can make the process hold. Per call too, in the call options.
   * @defaultValue 16777216 (16 MiB)
   */
  maxResponseBytes?: number;
  /**
   * Retries of calls that are safe to repeat (reads and idempotent updates), 0 to 100.
   * @defaultValue 2
   */
  maxRetries?: number;
  /** Backoff between retries. */
  backoff?: BackoffOptions;
  /**
   * Where log lines go: an object with `error`, `warn`, `info` and `debug` methods (`console`,
   * a pino or winston logger), filtered by `logLevel`; or an event callback, which receives
   * every event as data (request summaries with credentials redacted, retries, billing checks).
   * @defaultValue `console`
   */
  logger?: LevelLogger | Logger;
  /**
   * The least severe events a logger object receives: `debug` every HTTP exchange, `info`
   * retries and failed exchanges, `warn` billing checks, `error` unsettled billing checks.
   * @defaultValue `SINCH_LOG` from the environment, else `'warn'`
   */
  logLevel?: LogLevel;
  /**
   * How arguments are checked against the spec before sending: `'strict'` refuses anything the
   * spec does not allow; `'warn'` logs problems with unknown body fields or enum values and
   * sends them anyway (for fields Sinch added after this release); `'off'` checks nothing.
   * Per call too, in the call options.
   * @defaultValue `'strict'`
   */
  validation?: ValidationMode;
  /**
   * Runtime metadata generated from a newer Numbers document than this release carries
   * (`npx @sinch-numbers/fetch generate <spec> --out <dir>` writes it as `numbers-meta.ts`;
   * pass the module: `import * as numbersMeta from './sinch/numbers-meta.js'`). Validation,
   * `Date` revival, response shape checks and each operation's method, path, retry and billing
   * policy then follow that document: a new parameter is accepted and sent by the existing
   * method, a new response property is returned (as a `Date` when it is a date-time), and a new
   * operation is reachable with `sinch.request({ operationId, params })`. Where the document
   * declares no `x-sdk` policy (the vendor's own declares none), an operation this release knows
   * keeps this release's: billable calls stay billable, reads keep their retries, lists their
   * pages; an operation it does not know is never retried.
   * @defaultValue the metadata of this release
   */
  numbersMeta?: ApiMeta;
  /** The same as `numbersMeta`, for the Voice API (`--name voice` writes `voice-meta.ts`). */
  voiceMeta?: ApiMeta;
  /**
   * Where credentials and `SINCH_LOG` are read from, or `false` to read none.
   * @defaultValue `process.env` where the runtime has one
   */
  env?: Environment | false;
  /** @internal Injected for tests: clock in milliseconds. */
  now?: () => number;
  /** @internal Injected for tests: random number in [0, 1) for jitter. */
  random?: () => number;
  /** @internal Injected for tests: the wait between retries. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * @internal Injected for tests: starts the time limit of one attempt (`expire` aborts it with a
   * TimeoutError) and returns a function that cancels it.
   */
  startTimer?: (ms: number, expire: () => void) => () => void;
}

/** A request for {@link SinchClient.request}: which API, and what to send. */
export interface ClientRawRequest extends RawRequest {
  /** The API whose host and credentials to use. @defaultValue `'numbers'` */
  api?: 'numbers' | 'voice';
}

/**
 * A call of an operation by its operationId for {@link SinchClient.request}, resolved through
 * the client's metadata (its own, or `numbersMeta`/`voiceMeta`): `params` are the flat
 * arguments the methods take (path and query parameters and body fields), typed by the
 * `operations` the client was given as its type parameter.
 */
export type OperationRequest<Operations, Id extends keyof Operations> = {
  /** The operationId, as in the document and its generated `operations` type. */
  operationId: Id;
} & (Record<never, never> extends ArgsOfOperation<Operations[Id]>
  ? { params?: ArgsOfOperation<Operations[Id]> }
  : { params: ArgsOfOperation<Operations[Id]> });

/** The Numbers API of a client (the name before `NumbersService`). */
export type NumbersDomain = NumbersService;

/** The event sink the options ask for: a callback as it is, a logger object behind a level. */
function eventSink(options: SinchClientOptions): Logger | undefined {
  const { logger } = options;
  if (typeof logger === 'function') return logger;
  return levelSink(logger ?? console, options.logLevel ?? 'warn');
}

/**
 * The high-level client. Construct it once and share it: it caches the OAuth2 token.
 *
 * @typeParam Operations - the (Date-typed) `operations` that type `request({ operationId })`:
 * this release's by default, or those generated from a newer document (`<name>-dates.ts`), for
 * operations and parameters this release has no method or type for.
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
export class SinchClient<Operations extends {} = DefaultOperations> {
  /** The user's Numbers metadata (`numbersMeta`), if any; ours is loaded with the request path. */
  readonly #givenNumbersMeta: ApiMeta | undefined;
  readonly #voiceMeta: ApiMeta | undefined;
  readonly #numbers: NumbersDomain | undefined;
  readonly #numbersContext: (() => Promise<ClientContext>) | undefined;
  readonly #voiceApplications: VoiceApplicationsGroup | undefined;
  readonly #voiceContext: (() => Promise<ClientContext>) | undefined;

  constructor(given: SinchClientOptions = {}) {
    const options = withEnvironment(checkOptions(given));
    const wantsNumbers = [options.projectId, options.keyId, options.keySecret].some(
      (v) => v !== undefined,
    );
    const wantsVoice = [options.applicationKey, options.applicationSecret].some(
      (v) => v !== undefined,
    );
    if (!wantsNumbers && !wantsVoice) {
      throw new ConfigurationError(
        'options',
        'need projectId, keyId and keySecret (Numbers API), applicationKey and applicationSecret (Voice API), or both, in the options or as SINCH_* environment variables',
      );
    }
    this.#givenNumbersMeta = options.numbersMeta;
    this.#voiceMeta = options.voiceMeta;
    const now = options.now ?? Date.now;
    const logger = eventSink(options);
    // HTTP events are `debug` (or `info` when they fail): below that level none is ever built.
    const httpLogger =
      typeof options.logger === 'function' || passes('info', options.logLevel ?? 'warn')
        ? logger
        : undefined;
    const transports = createTransports(options, httpLogger, now);
    const shared: SharedSettings = {
      timeoutMs: options.timeoutMs ?? 30_000,
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_BODY_BYTES,
      maxRetries: options.maxRetries ?? 2,
      backoff: options.backoff ?? {},
      validation: options.validation ?? 'strict',
      logger,
      random: options.random ?? Math.random,
      now,
      sleep: options.sleep ?? abortableSleep,
      startTimer: options.startTimer,
    };
    if (wantsNumbers) {
      this.#numbersContext = numbersContextLoader(options, transports, shared);
      this.#numbers = new NumbersService(this.#numbersContext);
      Object.freeze(this.#numbers);
    }
    if (wantsVoice) {
      this.#voiceContext = voiceContextLoader(options, transports.api, now, shared);
      this.#voiceApplications = new VoiceApplicationsGroup(
        this.#voiceContext,
        options.applicationKey as string,
      );
    }
  }

  /**
   * Calls an operation by its operationId, resolved through the client's metadata: the same
   * validation, `Date` revival, auth, timeouts, typed errors, logging and retries as the
   * methods, with the method, path, retry and billing policy the metadata gives. For an
   * operation of a newer document (`numbersMeta`) that this release has no method for, or a
   * parameter a method's type does not know yet. Resolves to the response body (a list call:
   * one page).
   *
   * @example
   * ```ts
   * import type { operations } from './sinch/numbers-dates.js';
   * import * as numbersMeta from './sinch/numbers-meta.js';
   *
   * const sinch = new SinchClient<operations>({ numbersMeta });
   * const page = await sinch.request({
   *   operationId: 'NumberService_ListActiveNumbers',
   *   params: { regionCode: 'US', pageSize: 10 },
   * });
   * ```
   */
  request<Id extends keyof Operations & string>(
    request: OperationRequest<Operations, Id>,
    options?: CallOptions,
  ): APIPromise<ResultOfOperation<Operations[Id]>>;
  /**
   * Sends a request the spec (and so this client) does not describe yet, with the same auth,
   * timeouts, typed errors, logging and retries as every method (`GET` and `HEAD` are retried
   * when safe; anything else is sent once, except after a 429 or 401). `{projectId}` in the path
   * is the client's project. Resolves to the parsed JSON of the answer, as it came.
   *
   * @example
   * ```ts
   * const page = await sinch.request({
   *   method: 'GET',
   *   path: '/v1/projects/{projectId}/activeNumbers',
   *   query: { regionCode: 'US', pageSize: 10 },
   * });
   * ```
   */
  request<T = unknown>(request: ClientRawRequest, options?: CallOptions): APIPromise<T>;
  request(
    request: ClientRawRequest | { operationId: string; params?: object },
    options?: CallOptions,
  ): APIPromise<unknown> {
    if (typeof request === 'object' && request !== null && 'operationId' in request) {
      const apis = {
        numbers: this.#numbersContext,
        numbersMeta: this.#givenNumbersMeta,
        voice: this.#voiceContext,
        voiceMeta: this.#voiceMeta,
      };
      return new APIPromise(
        loadRequestPath().then((path) =>
          path.callByOperationId(apis, request.operationId, request.params, options),
        ),
      );
    }
    const api = request.api ?? 'numbers';
    const context = api === 'voice' ? this.#voiceContext?.() : this.#numbersContext?.();
    if (!context) {
      return new APIPromise(
        Promise.reject(missingCredentials(api === 'voice' ? 'voiceApplications' : 'numbers')),
      );
    }
    const { api: _, ...raw } = request;
    return new APIPromise(
      Promise.all([context, loadRequestPath()]).then(([ctx, path]) =>
        path.callRaw(ctx, raw, options),
      ),
    );
  }

  /** The Numbers API. Needs `projectId`, `keyId` and `keySecret` in the options. */
  get numbers(): NumbersDomain {
    if (!this.#numbers) throw missingCredentials('numbers');
    return this.#numbers;
  }

  /**
   * Voice applications (Voice API): numbers assigned to apps, callback URLs, number lookup.
   * Needs `applicationKey` and `applicationSecret` in the options.
   */
  get voiceApplications(): VoiceApplicationsGroup {
    if (!this.#voiceApplications) throw missingCredentials('voiceApplications');
    return this.#voiceApplications;
  }

  /** The same group under the official SDK's name, `sinchClient.voice.applications`. */
  get voice(): { readonly applications: VoiceApplicationsGroup } {
    return { applications: this.voiceApplications };
  }
}

/** Builds the context of one API from the client-wide settings (the request path's `createContext`). */
export type ContextFactory = (api: ApiMeta, setup: ApiSetup) => ClientContext;

interface Transports {
  /** Sends API requests: the user's transport, or a fetch transport; logged when asked. */
  api: Transport;
  /** Sends token requests. */
  tokenFetch: FetchLike | undefined;
}

function createTransports(
  options: SinchClientOptions,
  logger: Logger | undefined,
  now: () => number,
): Transports {
  const { fetch, transport } = options;
  // Given a fetch, the user wants it used (a proxy, MSW); otherwise the runtime's best transport.
  // Ours time themselves; a user's transport is held to the call's limits whatever it does.
  const api = transport
    ? withDeadline(transport)
    : fetch
      ? createFetchTransport(fetch)
      : // Node's transport (another build elsewhere), loaded by the first request: its module
        // is then not resolved and parsed when the client is imported.
        createLazyTransport(() =>
          import('@sinch-numbers/fetch/node').then(
            (node) => node.createDefaultTransport(),
            // Nothing was sent: a billable call that fails this way is not in doubt.
            (error: unknown) => {
              throw typeof error === 'object' && error !== null ? markUnsent(error) : error;
            },
          ),
        );
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

/**
 * The Numbers context, built on first use with the request path, its endpoint too (the OAuth2
 * token provider is most of it); the options and the endpoint's options are checked now, so a
 * bad configuration still throws from the constructor.
 */
function numbersContextLoader(
  options: SinchClientOptions,
  transports: Transports,
  shared: SharedSettings,
): () => Promise<ClientContext> {
  const projectId = requireText(options.projectId, 'projectId');
  const keyId = requireText(options.keyId, 'keyId');
  const keySecret = requireText(options.keySecret, 'keySecret');
  // Values were checked by checkOptions.
  const authentication = options.authentication ?? 'oauth2';
  const tokenUrl = options.tokenUrl ?? DEFAULT_TOKEN_URL;
  const endpointOptions: NumbersEndpointOptions = {
    projectId,
    auth:
      authentication === 'oauth2'
        ? { type: 'oauth2', keyId, keySecret, tokenUrl }
        : { type: 'basic', keyId, keySecret },
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.numbersBaseUrl !== undefined ? { baseUrl: options.numbersBaseUrl } : {}),
    ...(transports.tokenFetch ? { fetch: transports.tokenFetch } : {}),
    transport: transports.api,
  };
  checked(() => checkNumbersEndpointOptions(endpointOptions));
  const setup: Omit<ApiSetup, 'endpoint'> = {
    ...(options.numbersMeta ? { metaOption: 'numbersMeta' } : {}),
    canRefreshAuth: authentication === 'oauth2',
    tokenUrl: authentication === 'oauth2' ? tokenUrl.split(/[?#]/)[0] : undefined,
  };
  // One context, so one endpoint and one token provider, however many calls start at once.
  return onceUnlessFailed(() =>
    loadRequestPath().then((path) =>
      path.createContext(shared, path.numbersApi(options.numbersMeta), {
        ...setup,
        endpoint: path.createNumbersEndpoint(endpointOptions),
      }),
    ),
  );
}

function voiceContextLoader(
  options: SinchClientOptions,
  transport: Transport,
  now: () => number,
  shared: SharedSettings,
): () => Promise<ClientContext> {
  const settings: VoiceSettings = {
    applicationKey: requireText(options.applicationKey, 'applicationKey'),
    applicationSecret: requireText(options.applicationSecret, 'applicationSecret'),
    authentication: options.voiceAuthentication ?? 'signed',
    region: options.voiceRegion,
    baseUrl: options.voiceBaseUrl,
    transport,
    now,
    meta: options.voiceMeta,
  };
  try {
    atob(settings.applicationSecret);
  } catch {
    throw new ConfigurationError(
      'applicationSecret',
      'must be Base64 (as shown in the Sinch dashboard)',
    );
  }
  // Loaded on first use: Numbers-only bundles do not carry the Voice metadata and signing.
  return onceUnlessFailed(() =>
    Promise.all([
      import('./voice/context.js').catch((error: unknown) => {
        throw loadFailure('the Voice context', error);
      }),
      loadRequestPath(),
    ]).then(([m, path]) =>
      m.createVoiceContext(settings, (api, setup) => path.createContext(shared, api, setup)),
    ),
  );
}
