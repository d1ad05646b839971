/**
 * The promise every method returns: it resolves to the result as before, and `withResponse()`
 * gives the HTTP response and the request id beside it (openai-node's `APIPromise` idea). The
 * request id is also on object results as `_requestId`, not enumerable, so results serialize to
 * the API's JSON unchanged.
 */
import type { TransportResponse } from '@sinch-numbers/fetch/base';
import { requestIdOf } from './logger.js';

/** A result with the HTTP answer it came from. */
export interface WithResponse<T> {
  /** What the method resolves to. */
  data: T;
  /** The final HTTP response: `status`, `headers.get(name)` and the `body` text. */
  response: TransportResponse;
  /** The request id header of the response, for support tickets. */
  requestId: string | undefined;
}

/** A result with the answer it came from, as the request path hands it over. */
export interface Exchange<T = unknown> {
  data: T;
  response: TransportResponse;
}

/** Puts the request id on an object result without making it part of its JSON. */
export function tagRequestId<T>(data: T, response: TransportResponse): T {
  const requestId = requestIdOf(response.headers);
  if (requestId && typeof data === 'object' && data !== null && Object.isExtensible(data)) {
    Object.defineProperty(data, '_requestId', { value: requestId, configurable: true });
  }
  return data;
}

/** A promise of a method's result that can also give the HTTP response. */
export class APIPromise<T> extends Promise<T> {
  readonly #exchange: Promise<Exchange<T>>;
  #data: Promise<T> | undefined;

  /** @internal */
  constructor(exchange: Promise<Exchange<T>>) {
    super((resolve) => resolve(undefined as T));
    this.#exchange = exchange;
  }

  /** Derived promises (from then/catch/finally) are plain promises, not APIPromises. */
  static override get [Symbol.species]() {
    return Promise;
  }

  #result(): Promise<T> {
    this.#data ??= this.#exchange.then(({ data, response }) => tagRequestId(data, response));
    return this.#data;
  }

  /** The result with the raw response and the request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#exchange.then(({ data, response }) => ({
      data: tagRequestId(data, response),
      response,
      requestId: requestIdOf(response.headers),
    }));
  }

  /** The HTTP response alone. */
  asResponse(): Promise<TransportResponse> {
    return this.#exchange.then(({ response }) => response);
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a promise.
  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    // biome-ignore lint/suspicious/noExplicitAny: the signature of Promise.prototype.then.
    onRejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#result().then(onFulfilled, onRejected);
  }

  override catch<B = never>(
    // biome-ignore lint/suspicious/noExplicitAny: the signature of Promise.prototype.catch.
    onRejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<T | B> {
    return this.#result().catch(onRejected);
  }

  override finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#result().finally(onFinally);
  }
}
