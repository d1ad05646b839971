/** Base64 of a string's UTF-8 bytes; `btoa` alone throws on characters beyond Latin-1. */
export function encodeBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
