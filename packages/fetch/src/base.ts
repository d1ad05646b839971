/**
 * The part of `./endpoint` without the auth schemes and the endpoint builders: the hosts and the
 * checks of the endpoint options, the transports and their bounds, the "did you mean" helpers,
 * errors and types. The high-level client loads it at import, to check its options and set up
 * its transport; it builds its endpoint, OAuth2 token provider included, from `./core` with its
 * first call.
 */
export { hmacSha1, toHex } from './auth/hmac-sha1.js';
export { DEFAULT_TOKEN_URL } from './auth/token-settings.js';
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
// at import rather than with the checker in `meta`.
export { editDistance } from './meta/edit-distance.js';
export { unknownFieldHint } from './meta/field-hint.js';
export {
  checkNumbersEndpointOptions,
  NUMBERS_HEADERS,
  NUMBERS_SERVERS,
  type NumbersClientOptions,
  type NumbersEndpointOptions,
  type NumbersRegion,
} from './numbers-servers.js';
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
