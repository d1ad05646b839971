/**
 * The transport contract under the request primitive: a plain request in, a status, headers and
 * the body text out. Small on purpose, so an adapter need not build WHATWG `Request`/`Response`
 * objects (the Node adapter builds none).
 */

/** One request, fully built: URL serialized, headers authorized, body serialized. */
export interface TransportRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, or `FormData` for a multipart upload (the adapter writes its boundary). */
  readonly body?: string | FormData | undefined;
  /** Aborts the exchange, body reading included. */
  readonly signal?: AbortSignal | undefined;
}

/** Response headers, looked up case-insensitively. `Headers` satisfies it. */
export interface TransportHeaders {
  /** The value of a header, or null when it is absent. */
  get(name: string): string | null;
}

/** One response, its body read in full. */
export interface TransportResponse {
  readonly status: number;
  readonly headers: TransportHeaders;
  /** The body as text (empty when there is none). */
  readonly body: string;
}

/** Sends one request and reads its whole answer; rejects when no answer arrives. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** The standard `fetch(input, init)` signature: global fetch, undici's, MSW's, a wrapper's. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
