import { basicAuth } from './auth/basic.js';
import type { AuthMiddleware } from './auth/types.js';
import { type ApplicationKey, voiceSignedAuth } from './auth/voice-signing.js';
import type { paths } from './generated/voice.js';
import { createClient } from './openapi-fetch.js';
import { requireText } from './require-text.js';
import type { StrictClient } from './strict-client.js';

/**
 * Hosts of the Voice API, as the spec's `servers` list them: `global` lets Sinch route to a
 * region; the others pin one. The six application operations are also served by
 * {@link VOICE_CONFIGURATION_HOST}, which the spec names for them and the client uses by default.
 */
export const VOICE_SERVERS = {
  global: 'https://calling.api.sinch.com',
  'us-east-1': 'https://calling-use1.api.sinch.com',
  'eu-central-1': 'https://calling-euc1.api.sinch.com',
  'sa-east-1': 'https://calling-sae1.api.sinch.com',
  'ap-southeast-1': 'https://calling-apse1.api.sinch.com',
  'ap-southeast-2': 'https://calling-apse2.api.sinch.com',
} as const;

/** The host the spec gives for the application configuration paths. */
export const VOICE_CONFIGURATION_HOST = 'https://callingapi.sinch.com';

/** A key of {@link VOICE_SERVERS}. */
export type VoiceRegion = keyof typeof VOICE_SERVERS;

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
  /** Transport. @defaultValue `globalThis.fetch` */
  fetch?: (request: Request) => Promise<Response>;
  /** Clock for request timestamps (signed auth), injectable for tests. */
  now?: () => Date;
}

/** A typed openapi-fetch client for the Voice API's application operations. */
export interface VoiceClient extends StrictClient<paths> {
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
 * @example
 * ```ts
 * const voice = createVoiceClient({
 *   auth: { type: 'signed', applicationKey: 'app-key', applicationSecret: 'c2VjcmV0LWJ5dGVz' },
 * });
 * const { data } = await voice.GET('/v1/configuration/numbers');
 * ```
 */
export function createVoiceClient(options: VoiceClientOptions): VoiceClient {
  const auth = createVoiceAuth(options.auth, options.now);
  const host = options.region ? VOICE_SERVERS[options.region] : VOICE_CONFIGURATION_HOST;
  if (!host && !options.baseUrl) {
    throw new TypeError(
      `region must be one of ${Object.keys(VOICE_SERVERS).join(', ')}; got ${String(options.region)}`,
    );
  }
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? host, fetch: options.fetch });
  client.use(auth);
  return Object.assign(client as unknown as StrictClient<paths>, { auth });
}
