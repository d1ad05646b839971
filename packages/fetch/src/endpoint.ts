/**
 * The part of `./core` that needs no openapi-fetch: `./base` with the auth schemes (Basic, the
 * OAuth2 token provider) and the Numbers endpoint builders. Code that sends with `sendRequest`
 * (in `./core`) builds its endpoint from these.
 */
export { basicAuth, basicAuthorization } from './auth/basic.js';
export {
  createTokenProvider,
  type GetTokenOptions,
  OAuth2TokenError,
  type OAuth2TokenFailure,
  oauth2Auth,
  type TokenProvider,
  type TokenProviderOptions,
} from './auth/oauth2.js';
export * from './base.js';
export { multipartBody } from './multipart.js';
export { createNumbersAuth, createNumbersEndpoint } from './numbers-endpoint.js';
