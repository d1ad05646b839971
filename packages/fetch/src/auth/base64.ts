/** Base64 of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64 of a string's UTF-8 bytes; `btoa` alone throws on characters beyond Latin-1. */
export function encodeBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

/** The bytes of a Base64 string. Throws a `TypeError` naming `field` when it is not Base64. */
export function base64ToBytes(text: string, field: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new TypeError(`${field} must be Base64 (as shown in the Sinch dashboard)`);
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
