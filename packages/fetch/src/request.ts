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
import type { AuthMiddleware } from './auth/types.js';
import { multipartBody } from './multipart.js';
import { serializePath } from './path.js';
import type { Transport, TransportResponse } from './transport/types.js';

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

// The `.d.ts` lags the JS: at run time the body serializer receives the merged headers (and
// URL-encodes form content types) and passes FormData through.
const serializeBody = defaultBodySerializer as unknown as (
  body: unknown,
  headers: Headers,
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
  let body: string | FormData | undefined;
  if (parts.body !== undefined) {
    const value =
      route.body?.mediaType === 'multipart/form-data'
        ? multipartBody(parts.body as Record<string, unknown>)
        : parts.body;
    body = serializeBody(value, mergeHeaders(endpoint.headers));
  }
  const merged = mergeHeaders(
    body === undefined || body instanceof FormData ? {} : JSON_CONTENT_TYPE,
    endpoint.headers,
  );
  const headers: Record<string, string> = {};
  merged.forEach((value, name) => {
    headers[name] = value;
  });
  return { method: route.method.toUpperCase(), url, headers, body };
}

/**
 * Called once the request is authorized, with the auth headers it will carry: a caller can tell
 * a failure of the authorization (a token request) from one of the exchange, and name the
 * credentials a 401 refused.
 */
export type OnAuthorized = (authHeaders: Readonly<Record<string, string>>) => void;

/**
 * Authorizes a built request (auth headers, or the Voice signature over exactly what is sent)
 * and hands it to the endpoint's transport. The signal bounds both, the token request included.
 */
export async function sendRequest(
  endpoint: Endpoint,
  request: HttpRequest,
  signal?: AbortSignal,
  onAuthorized?: OnAuthorized,
): Promise<TransportResponse> {
  const { method, url, body } = request;
  const auth = await endpoint.auth.authorize({
    method,
    url,
    body: typeof body === 'string' ? body : undefined,
    contentType: request.headers['content-type'],
    signal,
  });
  onAuthorized?.(auth);
  return endpoint.transport({
    method,
    url,
    headers: { ...request.headers, ...auth },
    body,
    signal,
  });
}
