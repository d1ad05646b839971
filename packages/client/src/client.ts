import {
  type AuthMiddleware,
  createNumbersClient,
  DEFAULT_TOKEN_URL,
  type NumbersRegion,
} from '@sinch-numbers/fetch';
import { abortableSleep, type ClientContext } from './core/context.js';
import { createReviverCompiler } from './core/dates.js';
import { type Logger, redactHeaders, requestIdOf } from './core/logger.js';
import type { BackoffOptions } from './core/retry.js';
import { schemas } from './generated/numbers-meta.js';
import { ActiveNumberGroup } from './numbers/active-number.js';
import { AvailableNumberGroup } from './numbers/available-number.js';
import { AvailableRegionsGroup } from './numbers/available-regions.js';
import { CallbackConfigurationGroup } from './numbers/callback-configuration.js';
import { EmergencyAddressGroup } from './numbers/emergency-address.js';
import { NumberOrderGroup } from './numbers/number-order.js';

/** Options of {@link SinchClient}. The first three come from the Sinch dashboard. */
export interface SinchClientOptions {
  /** The project whose numbers the client manages. */
  projectId: string;
  /** Access key ID. */
  keyId: string;
  /** Access key secret. Never logged or included in errors. */
  keySecret: string;
  /**
   * `'oauth2'` exchanges the key for short-lived bearer tokens (cached, refreshed before they
   * expire, renewed once on a 401); `'basic'` sends the key with every request.
   * @defaultValue `'oauth2'`
   */
  authentication?: 'oauth2' | 'basic';
  /** @defaultValue `'global'` */
  region?: NumbersRegion;
  /** Overrides the Numbers API host, e.g. a mock's URL. */
  numbersBaseUrl?: string;
  /** Overrides the OAuth2 token endpoint. @defaultValue `https://auth.sinch.com/oauth2/token` */
  tokenUrl?: string;
  /** The transport, e.g. to add a proxy or a keep-alive agent. @defaultValue `globalThis.fetch` */
  fetch?: (request: Request) => Promise<Response>;
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

function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`SinchClient: ${field} must be a non-empty string`);
  }
  return value;
}

function requireCount(
  value: number | undefined,
  field: string,
  fallback: number,
  min: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) {
    throw new TypeError(`SinchClient: ${field} must be a number >= ${min}; got ${value}`);
  }
  return value;
}

/** Wraps the transport so each exchange is reported to the logger with credentials redacted. */
function loggingTransport(
  base: (request: Request) => Promise<Response>,
  logger: Logger | undefined,
  now: () => number,
): (request: Request) => Promise<Response> {
  if (!logger) return base;
  return async (request) => {
    const started = now();
    const entry = {
      type: 'http' as const,
      method: request.method,
      url: request.url,
      headers: redactHeaders(request.headers),
    };
    try {
      const response = await base(request);
      const requestId = requestIdOf(response);
      logger({
        ...entry,
        status: response.status,
        durationMs: now() - started,
        ...(requestId ? { requestId } : {}),
      });
      return response;
    } catch (error) {
      logger({ ...entry, durationMs: now() - started });
      throw error;
    }
  };
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
  /** The Numbers API. */
  readonly numbers: NumbersDomain;

  constructor(options: SinchClientOptions) {
    const projectId = requireText(options?.projectId, 'projectId');
    const keyId = requireText(options.keyId, 'keyId');
    const keySecret = requireText(options.keySecret, 'keySecret');
    const authentication = options.authentication ?? 'oauth2';
    if (authentication !== 'oauth2' && authentication !== 'basic') {
      throw new TypeError(
        `SinchClient: authentication must be 'oauth2' or 'basic'; got ${String(authentication)}`,
      );
    }
    const now = options.now ?? Date.now;
    const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
    const transport = loggingTransport(baseFetch, options.logger, now);
    const low = createNumbersClient({
      projectId,
      auth:
        authentication === 'oauth2'
          ? { type: 'oauth2', keyId, keySecret, tokenUrl: options.tokenUrl ?? DEFAULT_TOKEN_URL }
          : { type: 'basic', keyId, keySecret },
      ...(options.region ? { region: options.region } : {}),
      ...(options.numbersBaseUrl ? { baseUrl: options.numbersBaseUrl } : {}),
      fetch: transport,
    });
    const auth: AuthMiddleware = low.auth;
    const ctx: ClientContext = {
      low,
      transport,
      auth,
      canRefreshAuth: authentication === 'oauth2',
      timeoutMs: requireCount(options.timeoutMs, 'timeoutMs', 30_000, 1),
      maxRetries: requireCount(options.maxRetries, 'maxRetries', 2, 0),
      backoff: options.backoff ?? {},
      logger: options.logger,
      random: options.random ?? Math.random,
      now,
      sleep: options.sleep ?? abortableSleep,
      reviverFor: createReviverCompiler(schemas),
    };
    const activeNumber = new ActiveNumberGroup(ctx);
    this.numbers = Object.freeze({
      availableNumber: new AvailableNumberGroup(ctx, () => activeNumber),
      activeNumber,
      availableRegions: new AvailableRegionsGroup(ctx),
      callbackConfiguration: new CallbackConfigurationGroup(ctx),
      numberOrder: new NumberOrderGroup(ctx),
      emergencyAddress: new EmergencyAddressGroup(ctx),
    });
  }
}
