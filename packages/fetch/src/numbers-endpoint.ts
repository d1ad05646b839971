/**
 * Where Numbers requests go and how they are authorized: the part of the Numbers client that
 * needs no openapi-fetch. The high-level client builds its endpoint with its first call (having
 * checked the options with `checkNumbersEndpointOptions` when it was constructed).
 */
import { basicAuth } from './auth/basic.js';
import { createTokenProvider, oauth2Auth } from './auth/oauth2.js';
import type { AuthConfig, AuthMiddleware } from './auth/types.js';
import {
  checkNumbersAuth,
  NUMBERS_HEADERS,
  type NumbersClientOptions,
  type NumbersEndpointOptions,
  numbersHost,
} from './numbers-servers.js';
import type { Endpoint } from './request.js';
import { requireText } from './require-text.js';
import { createFetchTransport } from './transport/fetch.js';
import type { FetchLike } from './transport/types.js';

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
  return {
    baseUrl: numbersHost(options),
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
  checkNumbersAuth(auth);
  if ('invalidate' in auth) return auth;
  const key = { keyId: auth.keyId, keySecret: auth.keySecret };
  if (auth.type === 'basic') return basicAuth(key);
  const { tokenUrl, refreshMarginSeconds } = auth;
  return oauth2Auth(
    createTokenProvider({ ...key, tokenUrl, refreshMarginSeconds, fetch: transport }),
  );
}
