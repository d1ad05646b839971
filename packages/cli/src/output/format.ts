/**
 * How single values read in tables and detail views. Missing values show as `-` so columns
 * never collapse and a blank is never mistaken for an empty string from the API.
 */

/** Shown for a missing value. */
export const NONE = '-';

/** `USD 2.00`, or `-`. */
export function formatMoney(money: { currencyCode?: string; amount?: string } | undefined): string {
  if (!money || money.amount === undefined) return NONE;
  return money.currencyCode ? `${money.currencyCode} ${money.amount}` : money.amount;
}

/** `2026-02-15` (tables: the day is what matters for a charge date). */
export function formatDay(date: Date | undefined): string {
  return date instanceof Date && !Number.isNaN(date.getTime())
    ? date.toISOString().slice(0, 10)
    : NONE;
}

/** `2026-02-15T10:30:00.000Z` (detail views). */
export function formatDateTime(date: Date | undefined): string {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : NONE;
}

/** `1 month`, `12 months`. */
export function formatMonths(months: number | undefined): string {
  if (months === undefined) return NONE;
  return `${months} month${months === 1 ? '' : 's'}`;
}

/** `SMS,VOICE`. */
export function formatList(values: readonly string[] | undefined): string {
  return values && values.length > 0 ? values.join(',') : NONE;
}

/** The text itself, or `-` when missing or empty. */
export function text(value: string | number | boolean | undefined | null): string {
  return value === undefined || value === null || value === '' ? NONE : String(value);
}

/** A secret as `abcd…(36 chars)`: enough to recognise it, not enough to use it. */
export function maskSecret(secret: string | undefined): string {
  if (!secret) return NONE;
  return `${secret.slice(0, 4)}…(${secret.length} chars)`;
}
