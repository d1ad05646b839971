/**
 * The part of `./core` that needs no openapi-fetch: auth, the Numbers endpoint, hosts,
 * transports and their bounds, errors and types. The high-level client builds its endpoint from
 * here when it is constructed, and loads the request builder (`./core`, with openapi-fetch's
 * serializers) with its first call, so importing the client does not load openapi-fetch.
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
  createNumbersEndpoint,
  NUMBERS_HEADERS,
  NUMBERS_SERVERS,
  type NumbersClientOptions,
  type NumbersEndpointOptions,
  type NumbersRegion,
} from './numbers-endpoint.js';
export type { ProjectScoped } from './project-scope.js';
export type {
  Endpoint,
  HttpRequest,
  OnAuthorized,
  RequestParts,
  Route,
  SendOptions,
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
