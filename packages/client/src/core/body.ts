/**
 * What an error keeps of the body it came with. Bodies are bounded where they are read (the
 * transport's `maxBodyBytes`, see `@sinch-numbers/fetch`); an error keeps less, so errors held
 * in logs or retry queues stay small.
 */

/** How much of an error body is kept on the error (`error.body`), in characters. */
export const ERROR_BODY_CHARS = 64 * 1024;

/** An error body as kept on the error: at most {@link ERROR_BODY_CHARS} characters of its text. */
export function truncateErrorText(text: string): string {
  return text.length > ERROR_BODY_CHARS ? `${text.slice(0, ERROR_BODY_CHARS)}…` : text;
}
