/**
 * JSON for scripts. The shape is the client's own result objects: `JSON.stringify` turns their
 * `Date` fields into ISO 8601 strings and drops functions (a page's `nextPage`), which is exactly
 * the stable, documented form.
 */

/** Pretty JSON (two spaces), as printed by `--json`. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? 'null';
}

/** One-line JSON, for NDJSON records. */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}
