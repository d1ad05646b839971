/**
 * A callback body exactly as received. Prefer bytes: a string only verifies if it decodes back to
 * the same bytes, which holds for UTF-8 bodies read with a UTF-8 decoder.
 */
export type RawCallbackBody = string | Uint8Array | ArrayBuffer;

/**
 * Copies the body into a fresh `Uint8Array` backed by a plain `ArrayBuffer`: WebCrypto's typings
 * refuse views over a possibly shared buffer, and a private copy cannot change while it is hashed.
 */
export function bodyToBytes(rawBody: RawCallbackBody): Uint8Array<ArrayBuffer> {
  if (typeof rawBody === 'string') return new TextEncoder().encode(rawBody);
  const view = asByteView(rawBody);
  if (view !== undefined) return view.slice();
  throw new TypeError(
    `rawBody must be a string, Uint8Array or ArrayBuffer, got ${describeType(rawBody)}`,
  );
}

/**
 * Decodes the body as UTF-8, refusing invalid sequences instead of replacing them: a body that is
 * not UTF-8 is not the JSON Sinch sends. Returns `undefined` for such bytes.
 */
export function bodyToText(rawBody: RawCallbackBody): string | undefined {
  if (typeof rawBody === 'string') return rawBody;
  const view = asByteView(rawBody);
  if (view === undefined) {
    throw new TypeError(
      `rawBody must be a string, Uint8Array or ArrayBuffer, got ${describeType(rawBody)}`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    return undefined;
  }
}

function asByteView(rawBody: unknown): Uint8Array | undefined {
  // `ArrayBuffer.isView` and the tag check also work across realms (iframes, vm contexts, test
  // environments), where `instanceof` does not. Node's `Buffer` is a view and is covered here.
  if (ArrayBuffer.isView(rawBody)) {
    return new Uint8Array(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  }
  if (Object.prototype.toString.call(rawBody) === '[object ArrayBuffer]') {
    return new Uint8Array(rawBody as ArrayBuffer);
  }
  return undefined;
}

/** Short, value-free description of what a caller passed, for error messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
