import { basicAuth } from './auth/basic.js';
import type { AuthMiddleware } from './auth/types.js';
import { type ApplicationKey, voiceSignedAuth } from './auth/voice-signing.js';
import type { paths } from './generated/voice.js';
import { createClient } from './openapi-fetch.js';
import { serializePath } from './path.js';
import type { Endpoint } from './request.js';
import { requireText } from './require-text.js';
import type { StrictClient } from './strict-client.js';
import { createFetchTransport } from './transport/fetch.js';
import type { FetchLike, Transport } from './transport/types.js';
import { VOICE_CONFIGURATION_HOST, VOICE_SERVERS, type VoiceRegion } from './voice-servers.js';

export { VOICE_CONFIGURATION_HOST, VOICE_SERVERS, type VoiceRegion };

/**
 * Headers every Voice request carries, from both clients: the official SDK sends (and signs) a
 * JSON content type on every request, GETs included, and the API is checked against it daily.
 */
export const VOICE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json',
  Accept: 'application/json',
};

/** How voice requests authenticate: signed (the secret never travels) or HTTP Basic. */
export type VoiceAuthConfig =
  | ({ type: 'signed' } & ApplicationKey)
  | ({ type: 'basic' } & ApplicationKey);

/** Options of {@link createVoiceClient}. */
export interface VoiceClientOptions {
  /** Application credentials, or a ready auth middleware. */
  auth: VoiceAuthConfig | AuthMiddleware;
  /** A regional host instead of the configuration host. */
  region?: VoiceRegion;
  /** Overrides the host, for example to point at a mock server. */
  baseUrl?: string;
  /** Transport, with the standard `fetch(input, init)` signature. @defaultValue `globalThis.fetch` */
  fetch?: FetchLike;
  /** Clock for request timestamps (signed auth), injectable for tests. */
  now?: () => Date;
}

/**
 * A typed openapi-fetch client for the Voice API's application operations.
 *
 * @typeParam Paths - the generated `paths` it is typed by: ours by default, or those a user
 * generated from a newer document (`npx @sinch-numbers/fetch generate ... --name voice`).
 */
export interface VoiceClient<Paths extends {} = paths> extends StrictClient<Paths> {
  /** The auth middleware in use. */
  readonly auth: AuthMiddleware;
}

/**
 * The auth middleware for voice application credentials (a ready middleware is returned as it
 * is). Shared by {@link createVoiceClient} and the high-level client.
 *
 * @param now - clock for signed requests' timestamps. @defaultValue `() => new Date()`
 */
export function createVoiceAuth(
  auth: VoiceAuthConfig | AuthMiddleware,
  now?: () => Date,
): AuthMiddleware {
  if ('invalidate' in auth) return auth;
  const key = {
    applicationKey: requireText(auth.applicationKey, 'auth.applicationKey'),
    applicationSecret: requireText(auth.applicationSecret, 'auth.applicationSecret'),
  };
  if (auth.type === 'signed') return voiceSignedAuth(key, now);
  if (auth.type === 'basic') {
    return basicAuth({ keyId: key.applicationKey, keySecret: key.applicationSecret });
  }
  throw new TypeError(
    `auth.type must be 'signed' or 'basic'; got ${String((auth as { type?: unknown }).type)}`,
  );
}

/**
 * Creates a typed client for the Voice API's application operations (numbers assigned to apps,
 * callback URLs, number lookup), signing each request by default.
 *
 * @typeParam Paths - the generated `paths` to type the client by. @defaultValue ours
 *
 * @example
 * ```ts
 * const voice = createVoiceClient({
 *   auth: { type: 'signed', applicationKey: 'app-key', applicationSecret: 'c2VjcmV0LWJ5dGVz' },
 * });
 * const { data } = await voice.GET('/v1/configuration/numbers');
 * ```
 */
export function createVoiceClient<Paths extends {} = paths>(
  options: VoiceClientOptions,
): VoiceClient<Paths> {
  const endpoint = voiceTarget(options);
  const client = createClient<paths>({
    baseUrl: endpoint.baseUrl,
    fetch: options.fetch,
    headers: endpoint.headers,
    pathSerializer: serializePath,
  });
  client.use(endpoint.auth);
  return Object.assign(client as unknown as StrictClient<Paths>, { auth: endpoint.auth });
}

/** Options of {@link createVoiceEndpoint}: those of the client, or a transport of your own. */
export interface VoiceEndpointOptions extends VoiceClientOptions {
  /** Sends the requests. @defaultValue a fetch transport on `fetch` */
  transport?: Transport;
}

/**
 * Where Voice requests go and how they are signed, for the request primitive: the region's host
 * (the configuration host by default, or `baseUrl`), the shared headers and the auth.
 * {@link createVoiceClient} and the high-level client both start here.
 *
 * @throws TypeError naming the option when one is invalid.
 */
export function createVoiceEndpoint(options: VoiceEndpointOptions): Endpoint {
  return {
    ...voiceTarget(options),
    transport: options.transport ?? createFetchTransport(options.fetch),
  };
}

/**
 * The endpoint but its transport: all the openapi-fetch client needs (it sends with `fetch`),
 * so a bundle of that client carries no transport.
 */
function voiceTarget(options: VoiceClientOptions): Omit<Endpoint, 'transport'> {
  const auth = createVoiceAuth(options.auth, options.now);
  const { region } = options;
  const host = region === undefined ? VOICE_CONFIGURATION_HOST : VOICE_SERVERS[region];
  if (!host) {
    throw new TypeError(`region must be one of ${Object.keys(VOICE_SERVERS).join(', ')}`);
  }
  return {
    baseUrl: (options.baseUrl ?? host).replace(/\/$/, ''),
    pathDefaults: {},
    headers: VOICE_HEADERS,
    auth,
  };
}
