/**
 * Where Numbers requests go and how they are authorized: the part of the Numbers client that
 * needs no openapi-fetch, so the high-level client can build its endpoint at construction
 * without loading openapi-fetch (its request builder loads with the first call).
 */
import { basicAuth } from './auth/basic.js';
import { createTokenProvider, oauth2Auth } from './auth/oauth2.js';
import type { AuthConfig, AuthMiddleware } from './auth/types.js';
import type { Endpoint } from './request.js';
import { requireText } from './require-text.js';
import { createFetchTransport } from './transport/fetch.js';
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
 * Where Numbers requests go and how they are authorized, for the request primitive: host from
 * the region (or `baseUrl`), `projectId` as a path default, the shared headers and the auth.
 * {@link createNumbersClient} and the high-level client both start here.
 *
 * @throws TypeError naming the option when one is missing or invalid.
 */
export function createNumbersEndpoint(options: NumbersEndpointOptions): Endpoint {
  return {
    ...numbersTarget(options),
    transport: options.transport ?? createFetchTransport(options.fetch),
  };
}

/**
 * The endpoint but its transport: all the openapi-fetch client needs (it sends with `fetch`),
 * so a bundle of that client carries no transport.
 */
export function numbersTarget(options: NumbersClientOptions): Omit<Endpoint, 'transport'> {
  const projectId = requireText(options.projectId, 'projectId');
  const region = options.region ?? 'global';
  const host = NUMBERS_SERVERS[region];
  if (!host && !options.baseUrl) {
    throw new TypeError(`region must be one of ${Object.keys(NUMBERS_SERVERS).join(', ')}`);
  }
  return {
    baseUrl: (options.baseUrl ?? host).replace(/\/$/, ''),
    pathDefaults: { projectId },
    headers: NUMBERS_HEADERS,
    auth: createNumbersAuth(options.auth, options.fetch),
  };
}

/**
 * The auth middleware for Numbers credentials (a ready middleware is returned as it is). Shared
 * by {@link createNumbersClient} and the high-level client.
 *
 * @param transport - where token requests go. @defaultValue `globalThis.fetch`
 */
export function createNumbersAuth(
  auth: AuthConfig | AuthMiddleware,
  transport?: FetchLike,
): AuthMiddleware {
  if ('invalidate' in auth) return auth;
  const key = {
    keyId: requireText(auth.keyId, 'auth.keyId'),
    keySecret: requireText(auth.keySecret, 'auth.keySecret'),
  };
  if (auth.type === 'basic') return basicAuth(key);
  if (auth.type === 'oauth2') {
    const { tokenUrl, refreshMarginSeconds } = auth;
    return oauth2Auth(
      createTokenProvider({ ...key, tokenUrl, refreshMarginSeconds, fetch: transport }),
    );
  }
  throw new TypeError(
    `auth.type must be 'oauth2' or 'basic'; got ${String((auth as { type?: unknown }).type)}`,
  );
}
