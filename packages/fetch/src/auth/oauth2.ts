import { BodyTooLargeError, readBodyText } from '../transport/limits.js';
import { basicAuthorization } from './basic.js';
import { tokenSettings } from './token-settings.js';
import type { AccessKey, AuthMiddleware } from './types.js';

/** Options of {@link createTokenProvider}. */
export interface TokenProviderOptions extends AccessKey {
  /** @defaultValue `https://auth.sinch.com/oauth2/token` (`DEFAULT_TOKEN_URL`) */
  tokenUrl?: string;
  /** @defaultValue 60 */
  refreshMarginSeconds?: number;
  /**
   * Upper bound of one token request in milliseconds, whatever its callers allow; each caller's
   * own signal can end its wait sooner. At most 2147483647 (what `setTimeout` keeps).
   * @defaultValue 30000
   */
  timeoutMs?: number;
  /** Transport for the token request. @defaultValue `globalThis.fetch` */
  fetch?: (request: Request) => Promise<Response>;
  /** Clock in milliseconds, injectable for tests. @defaultValue `Date.now` */
  now?: () => number;
}

/** What a caller of {@link TokenProvider.getToken} can say about its wait. */
export interface GetTokenOptions {
  /** Ends this caller's wait (with the signal's reason); other callers keep waiting. */
  signal?: AbortSignal | undefined;
}

/** Hands out a valid bearer token, fetching one only when the cached token is about to expire. */
export interface TokenProvider {
  /**
   * Resolves to a token valid for at least the refresh margin. Concurrent callers share one
   * request, which is abandoned when every caller has stopped waiting for it.
   */
  getToken(options?: GetTokenOptions): Promise<string>;
  /**
   * The cached token when it is still valid for at least the refresh margin, else undefined
   * (then call {@link TokenProvider.getToken}). Lets a caller with a fresh token skip a promise.
   */
  readyToken?(): string | undefined;
  /**
   * Drops the cached token so the next `getToken()` fetches a new one. Given the token a server
   * refused, drops the cache only while it still holds that token: a token fetched after the
   * refused one is kept.
   */
  invalidate(rejectedToken?: string): void;
}

/**
 * How a token request failed: the endpoint could not be reached (`unreachable`), did not answer
 * in time (`timeout`), refused the credentials or failed (`refused`, with `status`), or answered
 * 2xx with something that is not a usable token (`invalid`).
 */
export type OAuth2TokenFailure = 'unreachable' | 'timeout' | 'refused' | 'invalid';

/**
 * Thrown when the token endpoint refuses the credentials, cannot be reached or sends no usable
 * token. The message names the endpoint and carries the HTTP status and the endpoint's error
 * code, never the key secret, a token or text the endpoint sent.
 */
export class OAuth2TokenError extends Error {
  override readonly name = 'OAuth2TokenError';
  /** HTTP status of the token endpoint's answer; undefined when none arrived. */
  readonly status: number | undefined;
  /** The token endpoint (without user info or query). */
  readonly tokenUrl: string;
  /** What went wrong. */
  readonly failure: OAuth2TokenFailure;

  constructor(
    message: string,
    details: { tokenUrl: string; failure: OAuth2TokenFailure; status?: number | undefined },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.status = details.status;
    this.tokenUrl = details.tokenUrl;
    this.failure = details.failure;
  }
}

interface CachedToken {
  value: string;
  /** Epoch milliseconds after which the token must not be sent any more. */
  refreshAt: number;
}

/** One token request and the callers waiting for it. */
interface Flight {
  readonly promise: Promise<CachedToken>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
}

// RFC 6750 b64token, loosened to any visible ASCII: anything else (CR, LF, spaces, non-ASCII)
// cannot travel in a header and would end up quoted in the transport's error message.
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]+$/;
// An OAuth2 error code (RFC 6749 5.2) is a short word; anything else is not repeated.
const ERROR_CODE = /^[\w.-]{1,64}$/;

// A token answer is a few hundred bytes (a JWT of a few kB at most): more is not read.
const MAX_TOKEN_BODY_BYTES = 64 * 1024;

/** A short, secret-free word for why a fetch failed: its `code` (ECONNREFUSED) or its name. */
function causeCode(cause: unknown): string {
  const inner = (cause as { cause?: unknown } | undefined)?.cause;
  const code =
    (inner as { code?: unknown } | undefined)?.code ?? (cause as { code?: unknown })?.code;
  if (typeof code === 'string' && ERROR_CODE.test(code)) return code;
  return cause instanceof Error && ERROR_CODE.test(cause.name) ? cause.name : 'unknown error';
}

/** Rejects with the signal's reason when it aborts before `promise` settles. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
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
  const { tokenUrl, shownUrl, marginMs, timeoutMs } = tokenSettings(options);
  const now = options.now ?? Date.now;
  const credentials = basicAuthorization(options);
  let cached: CachedToken | undefined;
  let flight: Flight | undefined;

  const fail = (
    message: string,
    failure: OAuth2TokenFailure,
    status?: number,
    cause?: unknown,
  ): OAuth2TokenError =>
    new OAuth2TokenError(
      `token endpoint ${shownUrl} ${message}`,
      { tokenUrl: shownUrl, failure, status },
      cause === undefined ? undefined : { cause },
    );

  async function requestToken(signal: AbortSignal): Promise<CachedToken> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const request = new Request(tokenUrl, {
      method: 'POST',
      headers: {
        Authorization: credentials,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
      signal,
    });
    const issuedAt = now();
    let response: Response;
    let text: string;
    try {
      response = await doFetch(request);
      text = await readBodyText(response, MAX_TOKEN_BODY_BYTES);
    } catch (cause) {
      if (signal.aborted) throw signal.reason;
      if (cause instanceof BodyTooLargeError) {
        throw fail(
          `answered with more than ${MAX_TOKEN_BODY_BYTES} bytes`,
          'invalid',
          cause.status,
        );
      }
      throw fail(`could not be reached (${causeCode(cause)})`, 'unreachable', undefined, cause);
    }
    let body: { access_token?: unknown; expires_in?: unknown; error?: unknown } | undefined;
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null) body = parsed;
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const code =
        typeof body?.error === 'string' && ERROR_CODE.test(body.error) ? `: ${body.error}` : '';
      throw fail(`answered ${response.status}${code}`, 'refused', response.status);
    }
    if (!body) {
      throw fail(`answered ${response.status} without a JSON object`, 'invalid', response.status);
    }
    const token = body.access_token;
    if (typeof token !== 'string' || !HEADER_SAFE_TOKEN.test(token)) {
      const problem =
        typeof token !== 'string' || token === ''
          ? 'without an access_token'
          : 'with an access_token that cannot be sent in a header';
      throw fail(`answered ${response.status} ${problem}`, 'invalid', response.status);
    }
    const expiresIn =
      typeof body.expires_in === 'string' && body.expires_in.trim() !== ''
        ? Number(body.expires_in)
        : body.expires_in;
    if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      // A token without a usable lifetime would be fetched again for every call.
      throw fail(
        `answered ${response.status} without a positive expires_in`,
        'invalid',
        response.status,
      );
    }
    const lifetimeMs = expiresIn * 1000;
    // Short-lived tokens would be refreshed before use with a fixed margin; cap it at half the lifetime.
    const margin = Math.min(marginMs, lifetimeMs / 2);
    return { value: token, refreshAt: issuedAt + lifetimeMs - margin };
  }

  function startFlight(): Flight {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(fail(`did not answer within ${timeoutMs} ms`, 'timeout')),
      timeoutMs,
    );
    const current: Flight = {
      controller,
      waiters: 0,
      settled: false,
      promise: requestToken(controller.signal)
        .then((token) => {
          cached = token;
          return token;
        })
        .finally(() => {
          clearTimeout(timer);
          current.settled = true;
          if (flight === current) flight = undefined;
        }),
    };
    // Callers may all have left before it settles; the rejection is theirs, not unhandled.
    current.promise.catch(() => {});
    return current;
  }

  return {
    readyToken() {
      return cached && now() < cached.refreshAt ? cached.value : undefined;
    },
    async getToken(callOptions) {
      if (cached && now() < cached.refreshAt) return cached.value;
      const signal = callOptions?.signal;
      if (signal?.aborted) throw signal.reason;
      flight ??= startFlight();
      const current = flight;
      current.waiters++;
      try {
        return (await untilAborted(current.promise, signal)).value;
      } finally {
        current.waiters--;
        if (current.waiters === 0 && !current.settled) {
          // Nobody waits any more: stop the request, and let the next caller start afresh.
          if (flight === current) flight = undefined;
          current.controller.abort(
            fail('request abandoned: every caller stopped waiting', 'timeout'),
          );
        }
      }
    },
    invalidate(rejectedToken) {
      if (rejectedToken === undefined || cached?.value === rejectedToken) cached = undefined;
    },
  };
}

const BEARER = 'Bearer ';

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
  // The headers of the last token handed out, reused while the token is: no object and no
  // string built per request. Frozen, since every request with that token shares them.
  let last: { token: string; headers: Readonly<Record<string, string>> } | undefined;
  const headersFor = (token: string): Record<string, string> => {
    if (last?.token !== token) {
      last = { token, headers: Object.freeze({ Authorization: `${BEARER}${token}` }) };
    }
    return last.headers as Record<string, string>;
  };
  return {
    async onRequest({ request }) {
      request.headers.set(
        'Authorization',
        `${BEARER}${await tokens.getToken({ signal: request.signal })}`,
      );
      return request;
    },
    authorize(input) {
      // A valid cached token answers at once, without a promise.
      const ready = tokens.readyToken?.();
      if (ready !== undefined) return headersFor(ready);
      // `input` as the options: its signal is read only when a token has to be waited for
      // (the request primitive creates it on that first read).
      return tokens.getToken(input).then(headersFor);
    },
    invalidate(rejected) {
      const sent = rejected?.Authorization;
      tokens.invalidate(sent?.startsWith(BEARER) ? sent.slice(BEARER.length) : undefined);
    },
  };
}
