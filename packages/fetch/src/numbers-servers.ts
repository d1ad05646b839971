/**
 * The Numbers hosts and the checks of the Numbers endpoint's options, apart from the endpoint:
 * the high-level client checks its options with them when it is constructed, while the endpoint
 * and its auth (the OAuth2 token provider) load with its first call. In the same module they
 * would be one unit for a bundler, loaded together.
 */
import { tokenSettings } from './auth/token-settings.js';
import type { AuthConfig, AuthMiddleware } from './auth/types.js';
import { requireText } from './require-text.js';
import type { FetchLike, Transport } from './transport/types.js';

/** Hosts of the Numbers API, as the spec's `servers` list them. The API has one, global host. */
export const NUMBERS_SERVERS = {
  global: 'https://numbers.api.sinch.com',
} as const;

/** A key of {@link NUMBERS_SERVERS}. */
export type NumbersRegion = keyof typeof NUMBERS_SERVERS;

/** Headers every Numbers request carries, from both clients. */
export const NUMBERS_HEADERS: Readonly<Record<string, string>> = { Accept: 'application/json' };

/** Options of {@link createNumbersClient}. */
export interface NumbersClientOptions {
  /** The project whose numbers the client manages; filled into every path. */
  projectId: string;
  /** Credentials, or a ready auth middleware (for example one shared by several clients). */
  auth: AuthConfig | AuthMiddleware;
  /** @defaultValue `'global'` */
  region?: NumbersRegion;
  /** Overrides the region's host, for example to point at a mock server. */
  baseUrl?: string;
  /**
   * Transport for API and token requests, with the standard `fetch(input, init)` signature.
   * @defaultValue `globalThis.fetch`
   */
  fetch?: FetchLike;
}

/** Options of {@link createNumbersEndpoint}: those of the client, or a transport of your own. */
export interface NumbersEndpointOptions extends NumbersClientOptions {
  /** Sends API requests; token requests still go to `fetch`. @defaultValue a fetch transport */
  transport?: Transport;
}

/**
 * Checks the options of {@link createNumbersEndpoint} (and {@link createNumbersClient}) as they
 * do, building nothing: no auth middleware, no token provider. For code that wants a bad
 * configuration reported when it starts and the endpoint built later, as the high-level client
 * does.
 *
 * @throws TypeError naming the option when one is missing or invalid, as
 * {@link createNumbersEndpoint} would.
 */
export function checkNumbersEndpointOptions(options: NumbersClientOptions): void {
  requireText(options.projectId, 'projectId');
  numbersHost(options);
  checkNumbersAuth(options.auth);
}

/** The host requests go to: the region's, or `baseUrl` (without a trailing slash). */
export function numbersHost(options: Pick<NumbersClientOptions, 'region' | 'baseUrl'>): string {
  const region = options.region ?? 'global';
  const host = NUMBERS_SERVERS[region];
  if (!host && !options.baseUrl) {
    throw new TypeError(`region must be one of ${Object.keys(NUMBERS_SERVERS).join(', ')}`);
  }
  return (options.baseUrl ?? host).replace(/\/$/, '');
}

/** Checks Numbers credentials (a ready middleware passes as it is). */
export function checkNumbersAuth(auth: AuthConfig | AuthMiddleware): void {
  if ('invalidate' in auth) return;
  requireText(auth.keyId, 'auth.keyId');
  requireText(auth.keySecret, 'auth.keySecret');
  if (auth.type === 'oauth2') {
    tokenSettings(auth);
  } else if (auth.type !== 'basic') {
    throw new TypeError(
      `auth.type must be 'oauth2' or 'basic'; got ${String((auth as { type?: unknown }).type)}`,
    );
  }
}
