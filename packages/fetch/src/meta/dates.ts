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
}

function toDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new DateFieldError(`'${value.slice(0, 40)}' is not a date`);
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
            if (record[key] !== undefined) record[key] = revive(record[key]);
          }
        }
        return value;
      });
    }
    const items = schema.items ? compile(schema.items) : undefined;
    if (items) {
      steps.push((value) => {
        if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = items(value[i]);
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
            if (!schema.properties?.[key]) record[key] = extra(record[key]);
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
