export { basicAuth, basicAuthorization } from './auth/basic.js';
export { hmacSha1, toHex } from './auth/hmac-sha1.js';
export {
  createTokenProvider,
  DEFAULT_TOKEN_URL,
  type GetTokenOptions,
  OAuth2TokenError,
  type OAuth2TokenFailure,
  oauth2Auth,
  type TokenProvider,
  type TokenProviderOptions,
} from './auth/oauth2.js';
export type {
  AccessKey,
  AuthConfig,
  AuthMiddleware,
  AuthorizationInput,
  BasicAuthConfig,
  OAuth2AuthConfig,
} from './auth/types.js';
export {
  type ApplicationKey,
  type SignableRequest,
  signVoiceRequest,
  stringToSign,
  voiceSignedAuth,
} from './auth/voice-signing.js';
export type { components, operations, paths } from './generated/numbers.js';
export { SPEC_VERSIONS } from './generated/spec-versions.js';
export type {
  components as voiceComponents,
  operations as voiceOperations,
  paths as voicePaths,
} from './generated/voice.js';
export { multipartBody } from './multipart.js';
export {
  createNumbersAuth,
  createNumbersClient,
  createNumbersEndpoint,
  NUMBERS_HEADERS,
  NUMBERS_SERVERS,
  type NumbersClient,
  type NumbersClientOptions,
  type NumbersEndpointOptions,
  type NumbersPaths,
  type NumbersRegion,
} from './numbers-client.js';
export { PathParameterError, pathValueProblem, serializePath } from './path.js';
export type { ProjectScoped } from './project-scope.js';
export {
  buildRequest,
  type Endpoint,
  type HttpRequest,
  type OnAuthorized,
  type RequestParts,
  type Route,
  type SendOptions,
  sendRequest,
} from './request.js';
export type * from './schemas.js';
export type { StrictClient, StrictClientMethod } from './strict-client.js';
export { boundedFetch } from './transport/bounded-fetch.js';
export { withDeadline } from './transport/deadline.js';
export { createFetchTransport } from './transport/fetch.js';
export {
  BodyTooLargeError,
  DEFAULT_MAX_BODY_BYTES,
  readBodyText,
  TransportTimeoutError,
} from './transport/limits.js';
export type {
  FetchLike,
  StartTimer,
  Transport,
  TransportHeaders,
  TransportRequest,
  TransportResponse,
} from './transport/types.js';
export {
  createVoiceAuth,
  createVoiceClient,
  createVoiceEndpoint,
  VOICE_CONFIGURATION_HOST,
  VOICE_HEADERS,
  VOICE_SERVERS,
  type VoiceAuthConfig,
  type VoiceClient,
  type VoiceClientOptions,
  type VoiceEndpointOptions,
  type VoiceRegion,
} from './voice-client.js';
export type * from './voice-schemas.js';
