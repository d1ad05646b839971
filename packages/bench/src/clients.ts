/**
 * The clients under test, each configured the same way: OAuth2 with the benchmark server as
 * both the API host and the token endpoint, default retries and timeouts. Only the transport
 * varies, and only where a contender says so.
 */

import { SinchClient as OfficialSinchClient } from '@sinch/sdk-core';
import { SinchClient } from '@sinch-numbers/client';
import {
  type Transport as ApiTransport,
  createNumbersClient,
  type FetchLike,
  type NumbersClient,
} from '@sinch-numbers/fetch';
import { PROJECT_ID } from './server/fixtures.js';

/** A `fetch`-compatible transport, as our clients accept it. */
export type Transport = FetchLike;

const KEY = { keyId: 'bench-key-id', keySecret: 'bench-key-secret' };

/** The high-level client (`@sinch-numbers/client`). */
export function highLevelClient(
  baseUrl: string,
  fetch?: Transport,
  transport?: ApiTransport,
): SinchClient {
  return new SinchClient({
    projectId: PROJECT_ID,
    ...KEY,
    authentication: 'oauth2',
    numbersBaseUrl: baseUrl,
    tokenUrl: `${baseUrl}/oauth2/token`,
    ...(fetch ? { fetch } : {}),
    ...(transport ? { transport } : {}),
  });
}

/** The low-level client (`@sinch-numbers/fetch`). */
export function lowLevelClient(baseUrl: string, fetch?: Transport): NumbersClient {
  return createNumbersClient({
    projectId: PROJECT_ID,
    auth: { type: 'oauth2', ...KEY, tokenUrl: `${baseUrl}/oauth2/token` },
    baseUrl,
    ...(fetch ? { fetch } : {}),
  });
}

/**
 * The official SDK (`@sinch/sdk-core` 1.4.0). It takes host names, not URLs of endpoints: it
 * posts to `${authHostname}/oauth2/token` and reads the token's `exp` claim.
 */
export function officialClient(baseUrl: string): OfficialSinchClient {
  return new OfficialSinchClient({
    projectId: PROJECT_ID,
    ...KEY,
    numbersHostname: baseUrl,
    authHostname: baseUrl,
  });
}

/** A bearer token from the server, for the plain contenders that have no token logic. */
export async function fetchToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/oauth2/token`, {
    method: 'POST',
    body: 'grant_type=client_credentials',
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}
