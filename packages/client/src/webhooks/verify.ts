import { hmacSha1, toHex } from '@sinch-numbers/fetch/base';
import { bodyToBytes, describeType, type RawCallbackBody } from './raw-body.js';

/**
 * Name of the HTTP header that carries the signature of a Sinch Numbers callback, in lower case
 * so it can be used directly with `Headers#get` and with Node's lower-cased `req.headers`.
 */
export const SIGNATURE_HEADER = 'x-sinch-signature';

const HEX = /^(?:[0-9a-f]{2})+$/i;
// Standard alphabet only; padding optional. `atob` is more forgiving (it skips whitespace), so the
// shape is checked first to keep what counts as a valid header small and predictable.
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Checks that a callback really comes from Sinch: recomputes the HMAC-SHA1 of the raw body with
 * the project's callback secret and compares it, in constant time, with the `X-Sinch-Signature`
 * header. Hex (any case) and standard base64 (padded or not) forms of the header are accepted.
 *
 * Call it on the body bytes before any JSON parsing or re-serialisation: a body that was parsed and
 * stringified again rarely has the same bytes and will not verify.
 *
 * Resolves to `false`, never rejects, for a missing, empty or malformed header and for an empty
 * secret, so a forged request cannot make the handler crash.
 *
 * @param rawBody - The request body exactly as received.
 * @param signatureHeader - Value of the `X-Sinch-Signature` header; `null`/`undefined` if absent.
 * @param hmacSecret - The project's callback secret (see `GetCallbackConfiguration`).
 * @returns Whether the signature matches.
 * @throws {TypeError} If `hmacSecret` is not a string or `rawBody` is not a string or bytes.
 * @throws {Error} If the runtime has no WebCrypto (`globalThis.crypto.subtle`).
 *
 * @example
 * ```ts
 * // Any fetch-style handler (Deno, Bun, Cloudflare Workers, Next.js route handlers, ...).
 * async function handleSinchCallback(request: Request): Promise<Response> {
 *   // Read the bytes first: the signature covers the body exactly as sent.
 *   const rawBody = await request.arrayBuffer();
 *   const signature = request.headers.get(SIGNATURE_HEADER);
 *   if (!(await verifyCallbackSignature(rawBody, signature, hmacSecret))) {
 *     return new Response('invalid signature', { status: 401 });
 *   }
 *   const event = parseCallbackEvent(rawBody);
 *   await jobQueue.push(event); // acknowledge quickly, do the slow work elsewhere
 *   return new Response(null, { status: 200 });
 * }
 * ```
 */
export async function verifyCallbackSignature(
  rawBody: RawCallbackBody,
  signatureHeader: string | null | undefined,
  hmacSecret: string,
): Promise<boolean> {
  assertSecret(hmacSecret);
  const body = bodyToBytes(rawBody);
  if (hmacSecret === '') return false;
  // Plain JavaScript callers may hand over a header array or other non-string values.
  if (typeof signatureHeader !== 'string') return false;
  const received = decodeSignature(signatureHeader);
  if (received === undefined) return false;
  const expected = await hmacSha1(body, hmacSecret);
  return constantTimeEqual(expected, received);
}

/**
 * Computes the signature Sinch would send for a body, as lower-case hex. Meant for tests of your
 * own callback handler: sign a fixture and send it in the `X-Sinch-Signature` header.
 *
 * @param rawBody - The body to sign; strings are signed as their UTF-8 bytes.
 * @param hmacSecret - The callback secret.
 * @returns The 40-character hex HMAC-SHA1 of the body.
 * @throws {TypeError} If `hmacSecret` is not a non-empty string or `rawBody` is not a string or
 *   bytes.
 *
 * @example
 * ```ts
 * const body = JSON.stringify(fixtureEvent);
 * const response = await app.request('/sinch/numbers', {
 *   method: 'POST',
 *   body,
 *   headers: { [SIGNATURE_HEADER]: await signCallbackBody(body, 'test-secret') },
 * });
 * ```
 */
export async function signCallbackBody(
  rawBody: RawCallbackBody,
  hmacSecret: string,
): Promise<string> {
  assertSecret(hmacSecret);
  const body = bodyToBytes(rawBody);
  // WebCrypto refuses zero-length HMAC keys with an opaque DOMException; say what is wrong instead.
  if (hmacSecret === '') throw new TypeError('hmacSecret must not be empty');
  return toHex(await hmacSha1(body, hmacSecret));
}

function assertSecret(hmacSecret: unknown): asserts hmacSecret is string {
  if (typeof hmacSecret !== 'string') {
    throw new TypeError(`hmacSecret must be a string, got ${describeType(hmacSecret)}`);
  }
}

/**
 * Decodes the header to digest bytes, or `undefined` if it is neither hex nor base64. A 20-byte
 * digest is 40 characters in hex but 27 or 28 in base64, so trying hex first never misreads a
 * genuine base64 signature.
 */
function decodeSignature(header: string): Uint8Array | undefined {
  const text = header.trim();
  if (text === '') return undefined;
  if (HEX.test(text)) {
    const bytes = new Uint8Array(text.length / 2);
    for (let i = 0; i < bytes.length; i++) {
      bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
    }
    return bytes;
  }
  if (BASE64.test(text)) {
    const unpadded = text.replace(/=+$/, '');
    // A padded value must have a length that is a multiple of four, and one leftover character
    // cannot encode a whole byte; both mean a corrupted header rather than another encoding.
    if (unpadded.length !== text.length && text.length % 4 !== 0) return undefined;
    if (unpadded.length % 4 === 1) return undefined;
    let binary: string;
    try {
      binary = atob(unpadded);
    } catch {
      return undefined;
    }
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  return undefined;
}

/**
 * Compares without an early exit, so the time taken does not reveal how many leading bytes of a
 * forged signature were right. Only the length may short-cut: it is public (SHA-1 digests are
 * always 20 bytes), so rejecting a header of another length early leaks nothing.
 */
function constantTimeEqual(expected: Uint8Array, received: Uint8Array): boolean {
  if (received.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) {
    diff |= (expected[i] ?? 0) ^ (received[i] ?? 0);
  }
  return diff === 0;
}
