/**
 * The one request primitive both clients share. URL, query and body are built by openapi-fetch's
 * own exported serializers (the same functions its client runs), so a request made through the
 * high-level client goes out exactly as the same request made through `createNumbersClient` or
 * `createVoiceClient`. Then the auth headers (or the Voice signature) are added and the request
 * is handed to a {@link Transport}.
 */
import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  mergeHeaders,
} from 'openapi-fetch';
import type { AuthMiddleware, AuthorizationInput } from './auth/types.js';
import { multipartBody } from './multipart.js';
import { serializePath } from './path.js';
import { type Deadline, startDeadline } from './transport/limits.js';
import type { StartTimer, Transport, TransportResponse } from './transport/types.js';

/** Where the requests of one API go and how they are authorized. */
export interface Endpoint {
  /** Host, and base path if any, without a trailing slash. */
  readonly baseUrl: string;
  /** Path parameters filled in unless a call gives them (the Numbers `projectId`). */
  readonly pathDefaults: Readonly<Record<string, string>>;
  /** Headers every request carries, lowest priority. */
  readonly headers: Readonly<Record<string, string>>;
  readonly auth: AuthMiddleware;
  readonly transport: Transport;
}

/** What the primitive needs to know of an operation; the generated metadata has it. */
export interface Route {
  /** HTTP method, any case. */
  readonly method: string;
  /** The spec's path template, e.g. `/v1/projects/{projectId}/activeNumbers/{phoneNumber}`. */
  readonly path: string;
  /** The request body's media type, when the operation takes a body. */
  readonly body?: { readonly mediaType: string } | undefined;
}

/** The arguments of one call, split as openapi-fetch's `params` and `body` split them. */
export interface RequestParts {
  readonly path?: Readonly<Record<string, unknown>> | undefined;
  readonly query?: Readonly<Record<string, unknown>> | undefined;
  readonly body?: unknown;
}

/** A request ready to be authorized and sent. */
export interface HttpRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | FormData | undefined;
}

// The `.d.ts` lags the JS: at run time the body serializer reads the content type from the
// headers it is given (a `Headers` or, as here, a record with lower-case names), URL-encodes a
// form body and passes FormData through.
const serializeBody = defaultBodySerializer as unknown as (
  body: unknown,
  headers: Readonly<Record<string, string>>,
) => string | FormData;

const serializeQuery = createQuerySerializer();

const JSON_CONTENT_TYPE = { 'Content-Type': 'application/json' } as const;

/**
 * Builds a request as openapi-fetch would: path through {@link serializePath} (openapi-fetch's
 * path serializer with the dot-segment guard and a literal `+`), query through its default
 * query serializer (arrays repeated, objects as deepObject, names such as
 * `numberPattern.pattern` kept), body through its default body serializer, and headers merged
 * with a JSON content type lowest, none for FormData.
 *
 * @throws PathParameterError when a path value is empty, `.` or `..`.
 */
export function buildRequest(endpoint: Endpoint, route: Route, parts: RequestParts): HttpRequest {
  const url = createFinalURL(route.path, {
    baseUrl: endpoint.baseUrl,
    params: { path: { ...endpoint.pathDefaults, ...parts.path }, query: parts.query ?? {} },
    querySerializer: serializeQuery,
    pathSerializer: serializePath,
  });
  const merged = mergedHeaders(endpoint.headers);
  let body: string | FormData | undefined;
  if (parts.body !== undefined) {
    const value =
      route.body?.mediaType === 'multipart/form-data'
        ? multipartBody(parts.body as Record<string, unknown>)
        : parts.body;
    body = serializeBody(value, merged.plain);
  }
  const headers = body === undefined || body instanceof FormData ? merged.plain : merged.json;
  return { method: route.method.toUpperCase(), url, headers, body };
}

/** An endpoint's headers as openapi-fetch merges them, for each kind of body. */
interface MergedHeaders {
  /**
   * For a request without a body, or with a FormData body (its boundary comes later). Also what
   * the body serializer reads: the endpoint's headers alone, names in lower case.
   */
  readonly plain: Readonly<Record<string, string>>;
  /** For a JSON body: a JSON content type unless the endpoint's headers name another. */
  readonly json: Readonly<Record<string, string>>;
}

// An endpoint's headers are fixed when it is made, and merging them builds WHATWG `Headers`
// (about 3 µs a request): merged once per endpoint. The records are frozen because every
// request of the endpoint shares them.
const mergedByEndpoint = new WeakMap<object, MergedHeaders>();

function mergedHeaders(headers: Endpoint['headers']): MergedHeaders {
  let merged = mergedByEndpoint.get(headers);
  if (!merged) {
    merged = {
      plain: headerRecord(mergeHeaders({}, headers)),
      json: headerRecord(mergeHeaders(JSON_CONTENT_TYPE, headers)),
    };
    mergedByEndpoint.set(headers, merged);
  }
  return merged;
}

function headerRecord(headers: Headers): Readonly<Record<string, string>> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return Object.freeze(record);
}

/**
 * Called once the request is authorized, with the auth headers it will carry: a caller can tell
 * a failure of the authorization (a token request) from one of the exchange, and name the
 * credentials a 401 refused.
 */
export type OnAuthorized = (authHeaders: Readonly<Record<string, string>>) => void;

/** How one request is bounded and observed. */
export interface SendOptions {
  /** Ends the call, a token request it waits for included, with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Time limit of the call in milliseconds: the wait for credentials (a token request) and the
   * exchange together. When it runs out the promise rejects with a `TransportTimeoutError`;
   * `onAuthorized` tells whether the credentials had arrived by then.
   */
  readonly timeoutMs?: number | undefined;
  /** The clock that times `timeoutMs`. @defaultValue `setTimeout` */
  readonly startTimer?: StartTimer | undefined;
  /** Reads the time, to give the exchange what a token wait left of `timeoutMs`. @defaultValue `Date.now` */
  readonly now?: (() => number) | undefined;
  /** Most bytes of response body read (after decompression). @defaultValue 16 MiB */
  readonly maxBodyBytes?: number | undefined;
  readonly onAuthorized?: OnAuthorized | undefined;
}

/**
 * Authorizes a built request (auth headers, or the Voice signature over exactly what is sent)
 * and hands it to the endpoint's transport, with the time and size limits.
 *
 * Cheap when nothing has to wait: with a cached token no `AbortSignal` is made (creating one
 * costs about 11 µs on Node 20, more than the rest of this function). The auth step gets a
 * signal only when it asks for one, that is when it has to wait for a token; that wait is then
 * timed here, and the exchange gets the rest of the time limit, which the transport enforces.
 */
export async function sendRequest(
  endpoint: Endpoint,
  request: HttpRequest,
  options: SendOptions = {},
): Promise<TransportResponse> {
  const { method, url, body } = request;
  const { signal, timeoutMs } = options;
  const input = new AuthWait(request, options);
  let auth: Record<string, string>;
  try {
    const authorized = endpoint.auth.authorize(input);
    // Basic auth and a cached token answer at once: no promise to wait for.
    auth = isPromiseLike(authorized) ? await authorized : authorized;
  } finally {
    input.release();
  }
  const waited = input.waited;
  // An auth step that ignored the signal and answered after the time ran out.
  if (waited?.deadline.signal.aborted) throw waited.deadline.signal.reason;
  options.onAuthorized?.(auth);
  const exchangeMs =
    timeoutMs === undefined || !waited
      ? timeoutMs
      : Math.max(1, timeoutMs - ((options.now ?? Date.now)() - waited.startedAt));
  return endpoint.transport({
    method,
    url,
    headers: { ...request.headers, ...auth },
    body,
    signal,
    timeoutMs: exchangeMs,
    startTimer: options.startTimer,
    maxBodyBytes: options.maxBodyBytes,
  });
}

/**
 * What the auth step sees of a request. Its `signal` is made on first read, that is only by an
 * auth step about to wait (a token request): the wait is then timed with the call's limit.
 */
class AuthWait implements AuthorizationInput {
  readonly method: string;
  readonly url: string;
  readonly body: string | undefined;
  readonly contentType: string | undefined;
  /** Set once the auth step asked for a signal: the wait's deadline and when it started. */
  waited: { deadline: Deadline; startedAt: number } | undefined;
  readonly #options: SendOptions;

  constructor(request: HttpRequest, options: SendOptions) {
    this.method = request.method;
    this.url = request.url;
    this.body = typeof request.body === 'string' ? request.body : undefined;
    this.contentType = request.headers['content-type'];
    this.waited = undefined;
    this.#options = options;
  }

  get signal(): AbortSignal | undefined {
    const { signal, timeoutMs, startTimer, now } = this.#options;
    if (timeoutMs === undefined) return signal;
    this.waited ??= {
      deadline: startDeadline(timeoutMs, signal, startTimer),
      startedAt: (now ?? Date.now)(),
    };
    return this.waited.deadline.signal;
  }

  /** Stops the wait's timer, if one was started. */
  release(): void {
    this.waited?.deadline.release();
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
