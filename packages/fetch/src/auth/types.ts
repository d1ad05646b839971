import type { MiddlewareCallbackParams } from 'openapi-fetch';

/** Access key credentials from the Sinch dashboard (Settings > Access keys). */
export interface AccessKey {
  /** The access key ID; sent as the user name. */
  keyId: string;
  /** The access key secret; never logged or included in errors. */
  keySecret: string;
}

/** HTTP Basic authentication with an access key. Simple, but sends the secret on every call. */
export interface BasicAuthConfig extends AccessKey {
  type: 'basic';
}

/** OAuth2 client credentials: the access key is exchanged for a short-lived bearer token. */
export interface OAuth2AuthConfig extends AccessKey {
  type: 'oauth2';
  /**
   * Token endpoint.
   * @defaultValue `https://auth.sinch.com/oauth2/token`
   */
  tokenUrl?: string;
  /**
   * Seconds before the token's expiry at which it is refreshed, so a request never leaves with
   * a token that expires in flight.
   * @defaultValue 60
   */
  refreshMarginSeconds?: number;
}

/** How the client authenticates its requests. */
export type AuthConfig = BasicAuthConfig | OAuth2AuthConfig;

/** What an auth scheme may need to know about a request to authorize it. */
export interface AuthorizationInput {
  method: string;
  url: string;
  /** The exact body sent, if any (signed requests cover it). */
  body?: string | Uint8Array | undefined;
  contentType?: string | undefined;
  /**
   * The call's signal: a token request made to authorize it stops when the call does. Read it
   * only when about to wait: the request primitive creates it on first read (with the call's
   * time limit), because an `AbortSignal` costs more than a request with a cached token.
   */
  readonly signal?: AbortSignal | undefined;
}

/** An auth middleware for openapi-fetch that can also drop cached credentials. */
export interface AuthMiddleware {
  /** Sets the `Authorization` header of an outgoing request. */
  onRequest(params: MiddlewareCallbackParams): Request | Promise<Request>;
  /**
   * The headers that authorize a request, for callers that send requests without building a
   * `Request` first (the high-level client does, because it is measurably cheaper).
   */
  authorize(input: AuthorizationInput): Record<string, string> | Promise<Record<string, string>>;
  /**
   * Forgets a cached token so the next request fetches a new one. Call it after a 401 that may
   * have been caused by a revoked token, passing the headers `authorize()` gave the refused
   * request: only the token in them is dropped, so a fresher one fetched meanwhile is kept.
   * Without them, any cached token is dropped. A no-op for Basic auth.
   */
  invalidate(rejected?: Readonly<Record<string, string>>): void;
}
