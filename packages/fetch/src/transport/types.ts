/**
 * The transport contract under the request primitive: a plain request in, a status, headers and
 * the body text out. Small on purpose, so an adapter need not build WHATWG `Request`/`Response`
 * objects (the Node adapter builds none).
 *
 * An adapter bounds every exchange in time and in size itself, where that is cheap: the Node
 * adapter with one timer on its request, instead of an `AbortSignal` per request (creating one
 * costs more on Node 20 than the rest of a request's client-side work).
 */

/**
 * Starts a timer: `expire` runs after `ms` milliseconds unless the returned function is called
 * first. Tests inject one that runs out when they say so.
 */
export type StartTimer = (ms: number, expire: () => void) => () => void;

/** One request, fully built: URL serialized, headers authorized, body serialized. */
export interface TransportRequest {
  /** Upper-case HTTP method. */
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, or `FormData` for a multipart upload (the adapter writes its boundary). */
  readonly body?: string | FormData | undefined;
  /** Aborts the exchange, body reading included; the adapter rejects with its reason. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Time limit of the whole exchange (request, answer, body), in milliseconds. When it runs out
   * the adapter releases the connection and rejects with a `TransportTimeoutError`.
   * Without it the exchange is not timed.
   */
  readonly timeoutMs?: number | undefined;
  /** The clock that times `timeoutMs`. @defaultValue `setTimeout` */
  readonly startTimer?: StartTimer | undefined;
  /**
   * Most bytes of body read, counted after any decompression. Once more have arrived the adapter
   * stops reading, releases the connection and rejects with a `BodyTooLargeError`.
   * @defaultValue `DEFAULT_MAX_BODY_BYTES` (16 MiB)
   */
  readonly maxBodyBytes?: number | undefined;
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

/**
 * Sends one request and reads its whole answer; rejects when no answer arrives. An adapter
 * honours `signal`, `timeoutMs` and `maxBodyBytes`: the clients count on it to bound every call.
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** The standard `fetch(input, init)` signature: global fetch, undici's, MSW's, a wrapper's. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
