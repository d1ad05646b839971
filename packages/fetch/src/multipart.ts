/**
 * A `multipart/form-data` body from a plain object: a `Blob` (or `File`) field becomes a file
 * part named after the file (or the field), anything else a text part. Usable as openapi-fetch's
 * `bodySerializer` for the upload operation; the request primitive applies it to every
 * operation whose spec body is multipart.
 */
export function multipartBody(body: Readonly<Record<string, unknown>>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (value instanceof Blob) form.set(name, value, (value as { name?: string }).name || name);
    else form.set(name, String(value));
  }
  return form;
}
