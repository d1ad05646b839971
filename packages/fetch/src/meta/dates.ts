/**
 * Turns the spec's `date-time` and `date` strings in responses into `Date` objects. Which fields
 * are dates comes from the spec (the generated metadata), never from what a string looks like.
 * Each schema is compiled once into a function that visits only the branches holding dates, so
 * paging through thousands of numbers costs little more than parsing them.
 */

import { deref } from './check.js';
import type { MetaSchema } from './types.js';

/** Converts the dates inside a parsed response in place and returns it. */
export type Reviver = (value: unknown) => unknown;

type Schemas = Readonly<Record<string, MetaSchema>>;

/** Thrown when a field the spec types as a date holds something that is not one. */
export class DateFieldError extends TypeError {
  override name = 'DateFieldError';
  /** Where the value was, e.g. `activeNumbers[3].nextChargeDate`; empty at the top level. */
  readonly field: string;
  /** What is wrong with it. */
  readonly problem: string;

  constructor(problem: string, field = '') {
    super(field ? `${field}: ${problem}` : problem);
    this.problem = problem;
    this.field = field;
  }
}

/** Runs `revive` on a child value, naming the child in a date error raised inside it. */
function within(key: string | number, revive: Reviver, value: unknown): unknown {
  try {
    return revive(value);
  } catch (error) {
    if (!(error instanceof DateFieldError)) throw error;
    const here = typeof key === 'number' ? `[${key}]` : key;
    const field = !error.field
      ? here
      : error.field.startsWith('[')
        ? `${here}${error.field}`
        : `${here}.${error.field}`;
    throw new DateFieldError(error.problem, field);
  }
}

// RFC 3339 date-time (and full-date), also with a space for `T`, without seconds, or with a
// short `+HH` offset. Anything else is refused rather than left to `Date`'s own parser, whose
// reading of a time without an offset depends on the machine's time zone.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

/**
 * Reads an ISO 8601 / RFC 3339 date or date-time as an instant. A date-time without an offset
 * is UTC (as the official SDK reads the vendor's offset-less callback times), a date alone is
 * midnight UTC, and `+HH` is read as `+HH:00`; so the result never depends on the machine's time
 * zone. Returns undefined for anything else, including impossible dates such as February 30.
 */
export function parseIsoDate(text: string): Date | undefined {
  const canonical = canonicalUtcTime(text);
  if (canonical !== undefined) return new Date(canonical);
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
  const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
  if (month > 11 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return undefined;
  }
  const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  // Date.UTC reads years 0-99 as 1900-1999: count from 400 years (one Gregorian cycle) later.
  const shifted = year < 100;
  const time = Date.UTC(shifted ? year + 400 : year, month, day, hour, minute - offset, second, ms);
  return new Date(shifted ? time - GREGORIAN_CYCLE_MS : time);
}

// What `Date#toISOString` writes, and servers send nearly always.
const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{3})?Z$/;

/**
 * The instant of the canonical form `YYYY-MM-DDTHH:MM:SS[.fff]Z`, its numbers read by character
 * codes (no match array, no substrings); undefined for any other form, for impossible values
 * and for years before 100, which the general pattern then reads. Both give the same instant
 * for the texts this one accepts, as the date tests check.
 */
function canonicalUtcTime(text: string): number | undefined {
  if (!CANONICAL.test(text)) return undefined;
  const int = (at: number, count: number) => {
    let value = 0;
    for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
    return value;
  };
  const year = int(0, 4);
  const month = int(5, 2) - 1;
  const day = int(8, 2);
  const hour = int(11, 2);
  const minute = int(14, 2);
  const second = int(17, 2);
  if (year < 100 || month > 11 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return Date.UTC(year, month, day, hour, minute, second, text.length === 24 ? int(20, 3) : 0);
}

const GREGORIAN_CYCLE_MS = 146_097 * 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 1 && leap ? 29 : (DAYS_IN_MONTH[month] ?? 0);
}

function toDate(value: unknown): unknown {
  // null is what an API sends for "no date"; it is kept, as absent fields are.
  // A Date was converted already, by another member of a composition (JSON has no Dates).
  if (value === null || value instanceof Date) return value;
  if (typeof value !== 'string') {
    const kind = Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;
    throw new DateFieldError(`expected a date string, got ${kind}`);
  }
  const date = parseIsoDate(value);
  if (!date) throw new DateFieldError(`'${value.slice(0, 40)}' is not a date`);
  return date;
}

/** Compiles revivers for the schemas of one spec, memoized per referenced schema name. */
export function createReviverCompiler(
  schemas: Schemas,
): (schema: MetaSchema | undefined) => Reviver | undefined {
  const byName = new Map<string, Reviver | undefined>();
  const inProgress = new Set<string>();

  function holdsDates(schema: MetaSchema, seen: Set<string>): boolean {
    if (schema.$ref !== undefined) {
      if (seen.has(schema.$ref)) return false;
      seen.add(schema.$ref);
      const target = schemas[schema.$ref];
      return target ? holdsDates(target, seen) : false;
    }
    if (schema.format === 'date-time' || schema.format === 'date') return true;
    const children = [
      ...Object.values(schema.properties ?? {}),
      ...(schema.items ? [schema.items] : []),
      ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
      ...(schema.allOf ?? []),
      ...(schema.oneOf ?? []),
      ...(schema.anyOf ?? []),
    ];
    return children.some((child) => holdsDates(child, seen));
  }

  function compile(schema: MetaSchema): Reviver | undefined {
    if (!holdsDates(schema, new Set())) return undefined;
    if (schema.$ref !== undefined) {
      const name = schema.$ref;
      if (byName.has(name)) return byName.get(name);
      if (inProgress.has(name)) {
        // A recursive schema: look the finished reviver up when it runs.
        return (value) => byName.get(name)?.(value) ?? value;
      }
      inProgress.add(name);
      const reviver = compile(deref(schema, schemas));
      inProgress.delete(name);
      byName.set(name, reviver);
      return reviver;
    }
    if (schema.format === 'date-time' || schema.format === 'date') return toDate;
    const steps: Reviver[] = [];
    const props = Object.entries(schema.properties ?? {})
      .map(([key, child]) => [key, compile(child)] as const)
      .filter((entry): entry is readonly [string, Reviver] => entry[1] !== undefined);
    if (props.length) {
      steps.push((value) => {
        if (typeof value === 'object' && value !== null) {
          const record = value as Record<string, unknown>;
          for (const [key, revive] of props) {
            if (record[key] !== undefined) record[key] = within(key, revive, record[key]);
          }
        }
        return value;
      });
    }
    const items = schema.items ? compile(schema.items) : undefined;
    if (items) {
      steps.push((value) => {
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) value[i] = within(i, items, value[i]);
        }
        return value;
      });
    }
    const extra =
      typeof schema.additionalProperties === 'object'
        ? compile(schema.additionalProperties)
        : undefined;
    if (extra) {
      steps.push((value) => {
        if (typeof value === 'object' && value !== null) {
          const record = value as Record<string, unknown>;
          for (const key of Object.keys(record)) {
            if (!schema.properties?.[key]) record[key] = within(key, extra, record[key]);
          }
        }
        return value;
      });
    }
    // Every member of a composition may hold dates; a value only has the fields of its branch,
    // and converted fields are skipped because they are no longer strings.
    for (const member of [
      ...(schema.allOf ?? []),
      ...(schema.oneOf ?? []),
      ...(schema.anyOf ?? []),
    ]) {
      const revive = compile(member);
      if (revive) steps.push(revive);
    }
    if (steps.length === 0) return undefined;
    if (steps.length === 1) return steps[0];
    return (value) => {
      for (const step of steps) step(value);
      return value;
    };
  }

  // Operations ask for the same response schema on every call: compile it once.
  const compiled = new WeakMap<MetaSchema, Reviver | undefined>();
  return (schema) => {
    if (!schema) return undefined;
    if (!compiled.has(schema)) compiled.set(schema, compile(schema));
    return compiled.get(schema);
  };
}
