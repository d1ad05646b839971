/**
 * Signed requests for the Voice API: instead of sending the application secret, each request
 * carries an HMAC-SHA256 signature of its verb, body, content type, timestamp and path, keyed
 * with the Base64-decoded secret. WebCrypto only, so it runs on every runtime. What is signed
 * follows the official SDK (`@sinch/sdk-client`), which runs against the live API daily: the
 * content type is signed whether or not there is a body, the timestamp is a full ISO 8601
 * instant with milliseconds, and the path is signed as sent (a phone number's `+` literal).
 */
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { md5 } from './md5.js';
import type { AuthMiddleware, AuthorizationInput } from './types.js';

/** A voice application's credentials, from the Sinch dashboard. */
export interface ApplicationKey {
  /** The application key (a UUID). */
  applicationKey: string;
  /** The application secret, Base64 as shown in the dashboard. Never logged or in errors. */
  applicationSecret: string;
}

/** What is signed: one request, as it will be sent. */
export interface SignableRequest {
  method: string;
  /** The path of the resource, e.g. `/v1/configuration/numbers` (no host, no query). */
  path: string;
  /** The exact body bytes or text sent; empty or absent for a request without a body. */
  body?: string | Uint8Array;
  /** The `Content-Type` header sent (signed even without a body); empty when none is sent. */
  contentType?: string;
  /** The `x-timestamp` header value, ISO 8601 UTC. */
  timestamp: string;
}

/**
 * The string the signature covers: verb, Base64 MD5 of the body, content type,
 * `x-timestamp:<value>` and the path, joined with `\n`. Without a body, the MD5 line is empty;
 * the content-type line is the header as sent.
 */
export function stringToSign(request: SignableRequest): string {
  const body =
    typeof request.body === 'string'
      ? new TextEncoder().encode(request.body)
      : (request.body ?? new Uint8Array());
  const hasBody = body.length > 0;
  return [
    request.method.toUpperCase(),
    hasBody ? bytesToBase64(md5(body)) : '',
    request.contentType ?? '',
    `x-timestamp:${request.timestamp}`,
    request.path,
  ].join('\n');
}

/** The Base64 HMAC-SHA256 signature of a request, keyed with the decoded application secret. */
export async function signVoiceRequest(
  request: SignableRequest,
  key: ApplicationKey,
): Promise<string> {
  const secret = base64ToBytes(key.applicationSecret, 'applicationSecret');
  const hmacKey = await crypto.subtle.importKey(
    'raw',
    secret,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = await crypto.subtle.sign(
    'HMAC',
    hmacKey,
    new TextEncoder().encode(stringToSign(request)),
  );
  return bytesToBase64(new Uint8Array(signature));
}

/**
 * Middleware that signs every request: sets `x-timestamp` and
 * `Authorization: Application {applicationKey}:{signature}`.
 *
 * @param now - clock, injectable for tests. @defaultValue `() => new Date()`
 * @example
 * ```ts
 * voice.use(voiceSignedAuth({ applicationKey, applicationSecret }));
 * ```
 */
export function voiceSignedAuth(
  key: ApplicationKey,
  now: () => Date = () => new Date(),
): AuthMiddleware {
  // Fail at construction, not on the first request, when the secret is not Base64.
  base64ToBytes(key.applicationSecret, 'applicationSecret');
  async function authorize(input: AuthorizationInput): Promise<Record<string, string>> {
    // As the official SDK sends it: 2026-01-15T10:30:00.000Z.
    const timestamp = now().toISOString();
    const signature = await signVoiceRequest(
      {
        method: input.method,
        path: new URL(input.url).pathname,
        ...(input.body !== undefined ? { body: input.body } : {}),
        contentType: input.contentType ?? '',
        timestamp,
      },
      key,
    );
    return {
      'x-timestamp': timestamp,
      Authorization: `Application ${key.applicationKey}:${signature}`,
    };
  }
  return {
    async onRequest({ request }) {
      const body = request.body ? new Uint8Array(await request.clone().arrayBuffer()) : undefined;
      const headers = await authorize({
        method: request.method,
        url: request.url,
        body,
        contentType: request.headers.get('content-type') ?? '',
      });
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
      return request;
    },
    authorize,
    invalidate() {},
  };
}
