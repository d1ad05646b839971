/**
 * The checks of a token provider's options, apart from the provider: the high-level client runs
 * them when it is constructed, while the provider (token requests, caching, their errors) loads
 * with its first call. In one module they would be one unit for a bundler, loaded together.
 */
import type { TokenProviderOptions } from './oauth2.js';

/** The token endpoint that Sinch documents for OAuth2 client credentials. */
export const DEFAULT_TOKEN_URL = 'https://auth.sinch.com/oauth2/token';

const INVALID_URL = '(invalid token URL)';

/** A token provider's options, checked, with their defaults filled in. */
export interface TokenSettings {
  readonly tokenUrl: string;
  /** The endpoint as errors may show it: no user info, no query. */
  readonly shownUrl: string;
  readonly marginMs: number;
  readonly timeoutMs: number;
}

/** The endpoint as errors may show it: no user info, no query. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    parsed.hash = '';
    return parsed.href;
  } catch {
    return INVALID_URL;
  }
}

/**
 * The settings `createTokenProvider` runs on.
 *
 * @throws TypeError naming the option when one is invalid.
 */
export function tokenSettings(
  options: Pick<TokenProviderOptions, 'tokenUrl' | 'refreshMarginSeconds' | 'timeoutMs'>,
): TokenSettings {
  const tokenUrl = options.tokenUrl ?? DEFAULT_TOKEN_URL;
  const shownUrl = displayUrl(tokenUrl);
  if (shownUrl === INVALID_URL || /^[^:]+:\/\/[^/]*@/.test(tokenUrl)) {
    // Not repeated: a URL with user info carries a password.
    throw new TypeError('tokenUrl must be an absolute http(s) URL without user info');
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  // setTimeout fires at once when given more than 2^31 - 1 ms: every token request would time out.
  if (!(typeof timeoutMs === 'number' && timeoutMs >= 1 && timeoutMs <= 2_147_483_647)) {
    throw new TypeError(
      `timeoutMs must be a number of milliseconds from 1 to 2147483647; got ${String(timeoutMs)}`,
    );
  }
  return { tokenUrl, shownUrl, marginMs: (options.refreshMarginSeconds ?? 60) * 1000, timeoutMs };
}
