/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted only when they contain a comma,
 * a quote or a line break (quotes doubled). Values are written as the API sent them (no
 * spreadsheet-formula escaping: phone numbers start with `+` and must survive unchanged).
 */

/** One field, quoted when needed. `undefined` and `null` become empty fields. */
export function csvField(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  const textValue = String(value);
  return /[",\r\n]/.test(textValue) ? `"${textValue.replace(/"/g, '""')}"` : textValue;
}

/** One record, CRLF-terminated. */
export function csvLine(fields: readonly (string | number | boolean | undefined | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
