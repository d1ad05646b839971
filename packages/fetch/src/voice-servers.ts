/**
 * The Voice hosts, apart from the Voice endpoint: the high-level client checks a `voiceRegion`
 * option against them when it is constructed, while the endpoint and its signing load on first
 * use of Voice. In the same module they would be one unit for a bundler, loaded together.
 */

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
