/**
 * Removes our own credentials from text a server sent back: a server (or a proxy) that echoes
 * the request's `Authorization` header in an error page must not put the token into an error
 * message, a log or a stack.
 */

/** What replaces a credential. */
export const REDACTED = '[redacted]';

/** The credential parts of authorization headers (`Bearer <token>` gives `<token>`). */
function credentialsIn(headers: Readonly<Record<string, string>>): string[] {
  return Object.values(headers)
    .map((value) => value.slice(value.indexOf(' ') + 1))
    .filter((credential) => credential.length >= 8);
}

/** `text` with every occurrence of the credentials in `headers` replaced by `[redacted]`. */
export function redactEchoedCredentials(
  text: string,
  headers: Readonly<Record<string, string>> | undefined,
): string {
  if (!headers || text === '') return text;
  let out = text;
  for (const credential of credentialsIn(headers)) {
    if (out.includes(credential)) out = out.split(credential).join(REDACTED);
  }
  return out;
}
