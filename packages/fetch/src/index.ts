// The main entry: the core (`./core.ts`) and the Voice endpoint with its signing, which is also
// the `voice` entry so code that wants Voice later can load it apart.

export {
  type ApplicationKey,
  type SignableRequest,
  signVoiceRequest,
  stringToSign,
  voiceSignedAuth,
} from './auth/voice-signing.js';
export * from './core.js';
export {
  createVoiceAuth,
  createVoiceClient,
  createVoiceEndpoint,
  VOICE_HEADERS,
  type VoiceAuthConfig,
  type VoiceClient,
  type VoiceClientOptions,
  type VoiceEndpointOptions,
} from './voice-client.js';
