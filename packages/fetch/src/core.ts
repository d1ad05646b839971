/**
 * Everything the main entry exports except the Voice endpoint and its request signing. The
 * high-level client imports from here so that a bundle of it holds no Voice code until Voice
 * is first used: bundlers assign whole modules to chunks, and the main entry imports the Voice
 * module to re-export it.
 */
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
export type { components, operations, paths } from './generated/numbers.js';
export { SPEC_VERSIONS } from './generated/spec-versions.js';
export type {
  components as voiceComponents,
  operations as voiceOperations,
  paths as voicePaths,
} from './generated/voice.js';
// The "did you mean" helpers, also here so the high-level client's option checks can load them
// with `core` at import rather than with the checker in `meta`.
export { editDistance } from './meta/edit-distance.js';
export { unknownFieldHint } from './meta/field-hint.js';
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
export { createLazyTransport } from './transport/lazy.js';
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
export type * from './voice-schemas.js';
export { VOICE_CONFIGURATION_HOST, VOICE_SERVERS, type VoiceRegion } from './voice-servers.js';
