/**
 * Callback events for tests, signed the way the API signs them: `x-sinch-signature` is the
 * HMAC-SHA1 of the raw body, keyed with the project's callback secret, in hex. WebCrypto only, so
 * it runs wherever the handlers do.
 */
import { hmacSha1, toHex } from '@sinch-numbers/fetch';
import { CALLBACK_EXAMPLES } from './api.js';

/** The header that carries the signature. */
export const SIGNATURE_HEADER = 'x-sinch-signature';

/** Names of the spec's example events. */
export type CallbackExampleName = 'campaignLinked' | 'campaignFailed' | 'orderCompleted';

/** The HMAC-SHA1 of `body` keyed with `secret`, as lower-case hex. */
export async function signCallbackBody(body: string, secret: string): Promise<string> {
  return toHex(await hmacSha1(new TextEncoder().encode(body), secret));
}

/** Options of {@link createCallbackRequest}. */
export interface CallbackRequestOptions {
  /** The project's callback secret (the sandbox's is `sandbox.project().hmacSecret`). */
  secret: string;
  /** The event: an object (sent as JSON) or the name of one of the spec's examples. */
  event: CallbackExampleName | Record<string, unknown>;
  /** Where it is sent. @defaultValue `'http://localhost/callbacks/sinch-numbers'` */
  url?: string;
}

/** A signed callback `Request`, to hand to a handler in-process (`await myHandler(request)`). */
export async function createCallbackRequest(options: CallbackRequestOptions): Promise<Request> {
  const event =
    typeof options.event === 'string' ? CALLBACK_EXAMPLES[options.event] : options.event;
  if (event === undefined) throw new Error(`callbacks: no example event named '${options.event}'`);
  const body = JSON.stringify(event);
  return new Request(options.url ?? 'http://localhost/callbacks/sinch-numbers', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: await signCallbackBody(body, options.secret),
    },
    body,
  });
}

/**
 * Sends a signed callback over HTTP to `url` (your running webhook server) and returns its answer.
 * `fetchImpl` defaults to the global `fetch`.
 */
export async function sendCallback(
  options: CallbackRequestOptions & { url: string },
  fetchImpl: (request: Request) => Promise<Response> = (request) => fetch(request),
): Promise<Response> {
  return fetchImpl(await createCallbackRequest(options));
}
