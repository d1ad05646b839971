/**
 * Reads response bodies within a size limit, counted in bytes after decompression (what `fetch`
 * hands over), so a huge error page or a small gzip bomb cannot take the process's memory.
 * Reading stops, and the connection is released, as soon as the limit is passed.
 */

/** The default limit of a response body: many times the largest page the API serves. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** How much of an error body is kept on the error (`error.body`), in characters. */
export const ERROR_BODY_CHARS = 64 * 1024;

/** Thrown when a body is larger than the limit; the request path turns it into a typed error. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  /** The limit that was passed, in bytes. */
  readonly limitBytes: number;
  constructor(limitBytes: number) {
    super(`the body is larger than ${limitBytes} bytes`);
    this.limitBytes = limitBytes;
  }
}

/** The body as text, or a `BodyTooLargeError` once more than `limitBytes` bytes arrived. */
export async function readBodyText(response: Response, limitBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  // A declared length is the compressed size when there is a content-encoding: only a hint.
  if (!response.headers.get('content-encoding') && declared > limitBytes) {
    await response.body?.cancel().catch(() => {});
    throw new BodyTooLargeError(limitBytes);
  }
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limitBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** An error body as kept on the error: at most {@link ERROR_BODY_CHARS} characters of its text. */
export function truncateErrorText(text: string): string {
  return text.length > ERROR_BODY_CHARS ? `${text.slice(0, ERROR_BODY_CHARS)}…` : text;
}
