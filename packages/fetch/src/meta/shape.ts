/**
 * Checks that a successful response has the shape its types promise where code relies on it:
 * an object where the spec says object, an array where it says array (lists are iterated), down
 * through objects and arrays. Scalars are left to the date reviver (dates) and to the caller
 * (strings and numbers are only read, never iterated). Values are never quoted in problems: a
 * response may hold a secret (the callback HMAC secret).
 */
import { deref } from './check.js';
import type { MetaSchema } from './types.js';

type Schemas = Readonly<Record<string, MetaSchema>>;

/** Returns what is wrong with a value (`activeNumbers[2].capability: expected an array, got a string`), or undefined. */
export type ShapeCheck = (value: unknown) => string | undefined;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const at = (path: string, problem: string) => (path ? `${path}: ${problem}` : problem);

/** Compiles shape checks for the schemas of one spec, once per response schema. */
export function createShapeChecker(
  schemas: Schemas,
): (schema: MetaSchema | undefined) => ShapeCheck | undefined {
  const compiled = new WeakMap<MetaSchema, ShapeCheck | undefined>();

  function expects(schema: MetaSchema, seen: Set<string>): 'object' | 'array' | undefined {
    const s = deref(schema, schemas);
    if (s.type === 'array' || s.items) return 'array';
    if (s.type === 'object' || s.properties) return 'object';
    if (s.allOf) {
      for (const member of s.allOf) {
        if (member.$ref && seen.has(member.$ref)) continue;
        const kind = expects(member, new Set([...seen, ...(member.$ref ? [member.$ref] : [])]));
        if (kind) return kind;
      }
    }
    return undefined;
  }

  /** The properties of an object schema, across `allOf` members. */
  function propertiesOf(schema: MetaSchema, depth = 0): Array<[string, MetaSchema]> {
    const s = deref(schema, schemas);
    const own = Object.entries(s.properties ?? {});
    if (depth > 8) return own;
    return [...own, ...(s.allOf ?? []).flatMap((member) => propertiesOf(member, depth + 1))];
  }

  function check(
    value: unknown,
    schema: MetaSchema,
    path: string,
    depth: number,
  ): string | undefined {
    // Recursive schemas: deep enough for any real answer, and never endless.
    if (depth > 32) return undefined;
    const s = deref(schema, schemas);
    const kind = expects(s, new Set());
    if (kind === undefined || value === undefined) return undefined;
    if (value === null)
      return s.nullable
        ? undefined
        : at(path, `expected ${kind === 'array' ? 'an array' : 'an object'}, got null`);
    if (kind === 'array') {
      if (!Array.isArray(value)) return at(path, `expected an array, got ${kindOf(value)}`);
      if (!s.items || expects(s.items, new Set()) === undefined) return undefined;
      for (let i = 0; i < value.length; i++) {
        const problem = check(value[i], s.items, `${path}[${i}]`, depth + 1);
        if (problem) return problem;
      }
      return undefined;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      return at(path, `expected an object, got ${kindOf(value)}`);
    }
    const record = value as Record<string, unknown>;
    for (const [name, child] of propertiesOf(s)) {
      if (!Object.hasOwn(record, name)) continue;
      const problem = check(record[name], child, path ? `${path}.${name}` : name, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }

  return (schema) => {
    if (!schema) return undefined;
    if (!compiled.has(schema)) {
      compiled.set(
        schema,
        expects(schema, new Set()) === undefined
          ? undefined
          : (value) => check(value, schema, '', 0),
      );
    }
    return compiled.get(schema);
  };
}
