/**
 * A `fetch` on the Node transport's exchange, for the openapi-fetch clients in Node. openapi-fetch
 * builds a `Request` and reads a `Response`; undici's `Response` (its body stream, the stream's
 * consumption by `json()`) costs more than the rest of the exchange on loopback, so the answer is
 * a {@link NodeFetchResponse}: the same interface over the bytes already read, which builds a
 * real body stream only when `body` is read.
 */
import type { IncomingMessage } from 'node:http';
import { BodyTooLargeError, DEFAULT_MAX_BODY_BYTES } from './limits.js';
import { createNodeExchange, type NodeTransportOptions } from './node.js';
import type { FetchLike } from './types.js';

/** Options of {@link createNodeFetch}. */
export interface NodeFetchOptions extends NodeTransportOptions {
  /**
   * Most bytes of one response body, counted after decoding a compressed answer. A larger one
   * rejects the `fetch` with a `BodyTooLargeError` and the connection is dropped.
   * @defaultValue `DEFAULT_MAX_BODY_BYTES` (16 MiB)
   */
  maxBodyBytes?: number;
}

/** Statuses whose responses have no body, whatever they send. */
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/**
 * Response headers read from the raw message: names compared without case, repeated fields
 * joined with `, `, as `Headers` does. Read-only, as a fetch response's headers are.
 */
export class NodeFetchHeaders {
  readonly #raw: readonly string[];
  #fields: Map<string, string[]> | undefined;

  /** @param raw - the message's `rawHeaders`: name, value, name, value... */
  constructor(raw: readonly string[]) {
    this.#raw = raw;
  }

  #all(): Map<string, string[]> {
    if (this.#fields) return this.#fields;
    const fields = new Map<string, string[]>();
    const raw = this.#raw;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = (raw[i] as string).toLowerCase();
      const values = fields.get(name);
      if (values) values.push(raw[i + 1] as string);
      else fields.set(name, [raw[i + 1] as string]);
    }
    this.#fields = fields;
    return fields;
  }

  /** The field's values joined with `, `, or null when absent. */
  get(name: string): string | null {
    return this.#all().get(String(name).toLowerCase())?.join(', ') ?? null;
  }

  /** Whether the field is present. */
  has(name: string): boolean {
    return this.#all().has(String(name).toLowerCase());
  }

  /** Each `Set-Cookie` value on its own. */
  getSetCookie(): string[] {
    return [...(this.#all().get('set-cookie') ?? [])];
  }

  /** Name-value pairs sorted by lower-case name; each `Set-Cookie` on its own, as `Headers`. */
  *entries(): IterableIterator<[string, string]> {
    const fields = this.#all();
    for (const name of [...fields.keys()].sort()) {
      const values = fields.get(name) as string[];
      if (name === 'set-cookie') for (const value of values) yield [name, value];
      else yield [name, values.join(', ')];
    }
  }

  /** The names, as {@link entries} lists them. */
  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  /** The values, as {@link entries} lists them. */
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  /** Calls `callback(value, name, this)` for each of {@link entries}. */
  forEach(
    callback: (value: string, name: string, parent: NodeFetchHeaders) => void,
    thisArg?: unknown,
  ): void {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }

  /** Same as {@link entries}. */
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  /** A response's headers cannot be changed. @throws TypeError */
  append(_name: string, _value: string): never {
    throw new TypeError('immutable: response headers cannot be changed');
  }

  /** A response's headers cannot be changed. @throws TypeError */
  set(_name: string, _value: string): never {
    throw new TypeError('immutable: response headers cannot be changed');
  }

  /** A response's headers cannot be changed. @throws TypeError */
  delete(_name: string): never {
    throw new TypeError('immutable: response headers cannot be changed');
  }

  get [Symbol.toStringTag](): string {
    return 'Headers';
  }
}

const UTF8_BOM = 0xfeff;

/**
 * The answer of {@link createNodeFetch}: a `Response` (it passes `instanceof Response`, every
 * member of the interface is its own) whose body was read in full before the `fetch` resolved.
 * `text()`, `json()`, `arrayBuffer()`, `bytes()` and `blob()` read those bytes directly;
 * `body`, `formData()` and `clone()` after `body` go through a real `Response` made on first use.
 * A body can be read once, as with `fetch`.
 */
export class NodeFetchResponse {
  readonly #bytes: Buffer | null;
  readonly #status: number;
  readonly #statusText: string;
  readonly #headers: NodeFetchHeaders;
  readonly #url: string;
  #used = false;
  #real: Response | undefined;

  /**
   * @param bytes - the whole body, or null for a response without one (HEAD, 204, 304)
   */
  constructor(
    status: number,
    statusText: string,
    headers: NodeFetchHeaders,
    bytes: Buffer | null,
    url: string,
  ) {
    this.#status = status;
    this.#statusText = statusText;
    this.#headers = headers;
    this.#bytes = bytes;
    this.#url = url;
  }

  /** The HTTP status. */
  get status(): number {
    return this.#status;
  }
  /** The reason phrase the server sent. */
  get statusText(): string {
    return this.#statusText;
  }
  /** Whether the status is 200-299. */
  get ok(): boolean {
    return this.#status >= 200 && this.#status <= 299;
  }
  /** The response headers, read-only. */
  get headers(): NodeFetchHeaders {
    return this.#headers;
  }
  /** The URL requested (redirects are not followed). */
  get url(): string {
    return this.#url;
  }
  /** Always false: redirects are not followed. */
  get redirected(): boolean {
    return false;
  }
  /** `basic`, as for a same-origin `fetch` in Node. */
  get type(): ResponseType {
    return 'basic';
  }
  /** Whether the body was read. */
  get bodyUsed(): boolean {
    return this.#real ? this.#real.bodyUsed : this.#used;
  }
  /** The body as a stream, made on first read; null when there is no body. */
  get body(): ReadableStream<Uint8Array> | null {
    if (this.#bytes === null) return null;
    return this.#stream().body;
  }

  /** The body as text (UTF-8, a leading byte order mark dropped, as `fetch` does). */
  async text(): Promise<string> {
    if (this.#real) return this.#real.text();
    const bytes = this.#take();
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === UTF8_BOM ? text.slice(1) : text;
  }
  /** The body parsed as JSON. */
  async json(): Promise<unknown> {
    if (this.#real) return this.#real.json();
    return JSON.parse(await this.text());
  }
  /** A copy of the body's bytes. */
  async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.#real) return this.#real.arrayBuffer();
    const bytes = this.#take();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  /** A copy of the body's bytes. */
  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }
  /** The body as a `Blob` typed with the response's `Content-Type`. */
  async blob(): Promise<Blob> {
    const type = this.#headers.get('content-type') ?? '';
    return new Blob([await this.arrayBuffer()], { type });
  }
  /** The body parsed as form data, by a real `Response`. */
  async formData(): Promise<FormData> {
    return this.#stream().formData();
  }
  /**
   * A second response with the same body. Before `body` was read it is another of these; after,
   * the real `Response`'s clone. @throws TypeError once the body was read.
   */
  clone(): Response {
    if (this.#real) return this.#real.clone();
    if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new NodeFetchResponse(
      this.#status,
      this.#statusText,
      this.#headers,
      this.#bytes,
      this.#url,
    ) as unknown as Response;
  }

  #take(): Buffer {
    if (this.#bytes === null) return Buffer.alloc(0);
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#bytes;
  }

  /** The real `Response` everything goes through once a stream is wanted. */
  #stream(): Response {
    if (this.#real) return this.#real;
    const body = this.#bytes === null ? null : this.#used ? new Uint8Array(0) : this.#bytes;
    const real = new Response(body as Uint8Array<ArrayBuffer> | null, {
      status: this.#status,
      statusText: this.#statusText,
      headers: [...this.#headers],
    });
    if (this.#used) {
      // Read already: a stream that is locked and ends at once, as fetch's is then.
      void real.text();
    }
    this.#real = real;
    return real;
  }
}

/**
 * Every Response member is an own one of the class above (a test holds it to that), so the
 * prototype chain only serves `instanceof Response`, which openapi-fetch's middleware checks.
 * Linked on first use, not at import: reading the global `Response` makes Node load undici.
 */
function linkToResponse(): void {
  if (Object.getPrototypeOf(NodeFetchResponse.prototype) !== Response.prototype) {
    Object.setPrototypeOf(NodeFetchResponse.prototype, Response.prototype);
  }
}

/**
 * A `fetch` over `node:http`/`node:https` with keep-alive pools, for the openapi-fetch clients
 * (`createNumbersClient`, `createVoiceClient`) in Node: their requests skip undici, and the
 * answer, a Response-compatible object, is read from bytes instead of a web stream. The Node
 * transport's exchange underneath: an idempotent request that meets a keep-alive socket the
 * server had just closed is sent again once; gzip, deflate and brotli answers are decoded;
 * bodies are bounded by `maxBodyBytes`; the request's `signal` aborts the exchange.
 *
 * Unlike `fetch`, it does not follow redirects (a 3xx is returned as it is; the Sinch APIs send
 * none) and ignores `fetch`'s browser options (`mode`, `credentials`, `cache`...). Share one per
 * process: it owns the connection pools.
 *
 * @example
 * ```ts
 * import { createNumbersClient } from '@sinch-numbers/fetch';
 * import { createNodeFetch } from '@sinch-numbers/fetch/node';
 *
 * const numbers = createNumbersClient({ projectId, auth, fetch: createNodeFetch() });
 * ```
 * @throws TypeError when `maxBodyBytes` is not an integer from 1.
 */
export function createNodeFetch(options: NodeFetchOptions = {}): FetchLike {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes >= 1)) {
    throw new TypeError('maxBodyBytes must be an integer number of bytes from 1');
  }
  linkToResponse();
  const exchange = createNodeExchange(
    options,
    (status: number, incoming: IncomingMessage, bytes: Buffer) => ({ status, incoming, bytes }),
  );
  return async (input, init) => {
    // openapi-fetch passes a Request and no init: it is read as it is.
    const request =
      input instanceof Request && init === undefined ? input : new Request(input, init);
    const headers: Record<string, string> = {};
    for (const [name, value] of request.headers) headers[name] = value;
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const { method, url, signal } = request;
    let answer: { status: number; incoming: IncomingMessage; bytes: Buffer };
    try {
      answer = await exchange({ method, url, headers, body, signal, maxBodyBytes });
    } catch (error) {
      if (error instanceof BodyTooLargeError || signal.aborted) throw error;
      // fetch rejects with a TypeError whose cause is the network error.
      throw new TypeError('fetch failed', { cause: error });
    }
    const { status, incoming, bytes } = answer;
    const nullBody = method === 'HEAD' || NULL_BODY_STATUS.has(status);
    return new NodeFetchResponse(
      status,
      incoming.statusMessage ?? '',
      new NodeFetchHeaders(incoming.rawHeaders),
      nullBody ? null : bytes,
      url,
    ) as unknown as Response;
  };
}
