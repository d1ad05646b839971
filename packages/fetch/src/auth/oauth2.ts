import { basicAuthorization } from './basic.js';
import type { AccessKey, AuthMiddleware } from './types.js';

/** The token endpoint that Sinch documents for OAuth2 client credentials. */
export const DEFAULT_TOKEN_URL = 'https://auth.sinch.com/oauth2/token';

/** Options of {@link createTokenProvider}. */
export interface TokenProviderOptions extends AccessKey {
  /** @defaultValue {@link DEFAULT_TOKEN_URL} */
  tokenUrl?: string;
  /** @defaultValue 60 */
  refreshMarginSeconds?: number;
  /** Transport for the token request. @defaultValue `globalThis.fetch` */
  fetch?: (request: Request) => Promise<Response>;
  /** Clock in milliseconds, injectable for tests. @defaultValue `Date.now` */
  now?: () => number;
}

/** Hands out a valid bearer token, fetching one only when the cached token is about to expire. */
export interface TokenProvider {
  /** Resolves to a token valid for at least the refresh margin. Concurrent callers share one request. */
  getToken(): Promise<string>;
  /** Drops the cached token; the next `getToken()` fetches a new one. */
  invalidate(): void;
}

/**
 * Thrown when the token endpoint refuses the credentials or cannot be reached. The message
 * carries the HTTP status and the endpoint's error code, never the key secret or a token.
 */
export class OAuth2TokenError extends Error {
  override readonly name = 'OAuth2TokenError';
  /** HTTP status of the token endpoint's answer; undefined when it could not be reached. */
  readonly status: number | undefined;

  constructor(message: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
  }
}

interface CachedToken {
  value: string;
  /** Epoch milliseconds after which the token must not be sent any more. */
  refreshAt: number;
}

/**
 * Creates a cached, single-flight OAuth2 client-credentials token source.
 *
 * @example
 * ```ts
 * const tokens = createTokenProvider({ keyId, keySecret });
 * const token = await tokens.getToken();
 * ```
 */
export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const tokenUrl = options.tokenUrl ?? DEFAULT_TOKEN_URL;
  const marginMs = (options.refreshMarginSeconds ?? 60) * 1000;
  const now = options.now ?? Date.now;
  const credentials = basicAuthorization(options);
  let cached: CachedToken | undefined;
  let pending: Promise<CachedToken> | undefined;

  async function requestToken(): Promise<CachedToken> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const request = new Request(tokenUrl, {
      method: 'POST',
      headers: {
        Authorization: credentials,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
    });
    const issuedAt = now();
    let response: Response;
    try {
      response = await doFetch(request);
    } catch (cause) {
      throw new OAuth2TokenError(`token request to ${tokenUrl} failed`, undefined, { cause });
    }
    const body = (await response.json().catch(() => undefined)) as
      | { access_token?: unknown; expires_in?: unknown; error?: unknown }
      | undefined;
    if (!response.ok) {
      const code = typeof body?.error === 'string' ? `: ${body.error}` : '';
      throw new OAuth2TokenError(
        `token endpoint ${tokenUrl} answered ${response.status}${code}`,
        response.status,
      );
    }
    if (typeof body?.access_token !== 'string' || typeof body.expires_in !== 'number') {
      throw new OAuth2TokenError(
        `token endpoint ${tokenUrl} answered without access_token and expires_in`,
        response.status,
      );
    }
    const lifetimeMs = body.expires_in * 1000;
    // Short-lived tokens would be refreshed before use with a fixed margin; cap it at half the lifetime.
    const margin = Math.min(marginMs, lifetimeMs / 2);
    return { value: body.access_token, refreshAt: issuedAt + lifetimeMs - margin };
  }

  return {
    async getToken() {
      if (cached && now() < cached.refreshAt) return cached.value;
      pending ??= requestToken().then(
        (token) => {
          cached = token;
          pending = undefined;
          return token;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return (await pending).value;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

/**
 * Middleware that authenticates each request with an OAuth2 bearer token from a
 * {@link TokenProvider}.
 *
 * @example
 * ```ts
 * client.use(oauth2Auth(createTokenProvider({ keyId, keySecret })));
 * ```
 */
export function oauth2Auth(tokens: TokenProvider): AuthMiddleware {
  return {
    async onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${await tokens.getToken()}`);
      return request;
    },
    async authorize() {
      return { Authorization: `Bearer ${await tokens.getToken()}` };
    },
    invalidate() {
      tokens.invalidate();
    },
  };
}
