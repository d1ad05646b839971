/**
 * HMAC-SHA1 over WebCrypto, as the Numbers API signs its callbacks (`x-sinch-signature`): one
 * implementation for the client, which checks signatures, and the mock, which makes them.
 */

/**
 * The HMAC-SHA1 digest of `body` keyed with the UTF-8 bytes of `secret`.
 *
 * @throws Error when the runtime has no WebCrypto (`globalThis.crypto.subtle`).
 */
export async function hmacSha1(body: Uint8Array<ArrayBuffer>, secret: string): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    // Node 18 only exposes WebCrypto globally behind --experimental-global-webcrypto.
    throw new Error(
      'WebCrypto (globalThis.crypto.subtle) is not available; on Node 18 run with ' +
        '--experimental-global-webcrypto or upgrade to Node 20+',
    );
  }
  const key = await subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  return new Uint8Array(await subtle.sign('HMAC', key, body));
}

/** Bytes as lower-case hex, the form the callback signature header carries. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
