/**
 * Checks request arguments against the spec's schemas (from the generated metadata) before
 * anything is sent, and says, per field, what was expected. Only what a wrong request would break
 * is checked: types, enums, patterns, bounds, required and unknown fields, and which branch of a
 * union (`oneOf`) applies.
 */

import { unknownFieldHint } from './field-hint.js';
import type { MetaSchema } from './types.js';

/** One problem found in an argument. */
export interface Issue {
  field: string;
  expected: string;
}

type Schemas = Readonly<Record<string, MetaSchema>>;
type Obj = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !isBinary(v);

function isBinary(v: unknown): boolean {
  return typeof Blob !== 'undefined' && v instanceof Blob;
}

const E164 = '^\\+[1-9]\\d{1,14}$';

/** The spec's integers are int32; a larger number would be sent as `1e+21` or lose digits. */
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Keys that would change an object's prototype instead of naming a field. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A lone UTF-16 surrogate: no UTF-8 encoding exists for it, so no request can carry it. */
const LONE_SURROGATE = /\p{Cs}/u;

/** The value of an own property: inherited ones are never arguments. */
const own = (value: Obj, name: string): unknown =>
  Object.hasOwn(value, name) ? value[name] : undefined;

/** Follows `$ref` names to the schema they point at. */
export function deref(schema: MetaSchema, schemas: Schemas): MetaSchema {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined && hops < 32; hops++) {
    const next = schemas[current.$ref];
    if (!next) return {};
    current = next;
  }
  return current;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const list = (values: readonly unknown[]) => values.map(String).join(', ');

/** Picks the branch of a `oneOf` a value belongs to, or reports why none does. */
function chooseBranch(
  value: Obj,
  schema: MetaSchema,
  branches: readonly MetaSchema[],
  path: string,
  schemas: Schemas,
  issues: Issue[],
): MetaSchema | undefined {
  const discriminator = schema.discriminator;
  if (discriminator?.mapping) {
    const tag = own(value, discriminator.propertyName);
    const target = typeof tag === 'string' ? discriminator.mapping[tag] : undefined;
    if (!target) {
      issues.push({
        field: join(path, discriminator.propertyName),
        expected: `must be one of ${list(Object.keys(discriminator.mapping))}${tag === undefined ? '' : `; got ${shortValue(tag)}`}`,
      });
      return undefined;
    }
    return { $ref: target };
  }
  const fitting = branches.filter((b) => checkValue(value, b, path, schemas, [], false));
  if (fitting.length === 1) return fitting[0];
  if (fitting.length === 0) {
    // One branch whose required fields are all there is the one meant; its own check then
    // names the field at fault instead of the whole union.
    const meant = branches.filter((b) =>
      (deref(b, schemas).required ?? []).every((name) => own(value, name) !== undefined),
    );
    if (meant.length === 1) return meant[0];
  }
  const describe = branches
    .map((b) => deref(b, schemas).required?.join(' + ') ?? 'other shape')
    .join(' | ');
  issues.push({
    field: path || '(body)',
    expected:
      fitting.length === 0
        ? `must match one of: ${describe}`
        : `must match exactly one of: ${describe} (it matches ${fitting.length})`,
  });
  return undefined;
}

/**
 * The field names an object may have under `schema`, across `allOf` members and the chosen
 * `oneOf` branch, or `'any'` when the schema leaves them open.
 */
function allowedKeys(
  value: Obj,
  schema: MetaSchema,
  schemas: Schemas,
  readOnly: Set<string> = new Set(),
): Set<string> | 'any' {
  const s = deref(schema, schemas);
  if (s.additionalProperties !== undefined && s.additionalProperties !== false) return 'any';
  const hasShape = s.properties || s.allOf || s.oneOf || s.anyOf;
  if (!hasShape) return 'any';
  const keys = new Set(Object.keys(s.properties ?? {}));
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    if (deref(prop, schemas).readOnly) readOnly.add(name);
  }
  const members = [...(s.allOf ?? [])];
  if (s.oneOf) {
    const branch = chooseBranch(value, s, s.oneOf, '', schemas, []);
    if (branch) members.push(branch);
    else members.push(...s.oneOf);
  }
  if (s.anyOf) members.push(...s.anyOf);
  for (const member of members) {
    const more = allowedKeys(value, member, schemas, readOnly);
    if (more === 'any') return 'any';
    for (const key of more) keys.add(key);
  }
  return keys;
}

function checkType(value: unknown, s: MetaSchema): string | undefined {
  switch (s.type) {
    case 'string':
      if (typeof value === 'string') return undefined;
      if (value instanceof Date && s.format)
        return Number.isNaN(value.getTime()) ? 'must be a valid Date' : undefined;
      if (isBinary(value)) return undefined;
      return `must be a string${s.format === 'date-time' ? ' or a Date' : ''}`;
    case 'integer':
      if (!Number.isInteger(value)) return 'must be an integer';
      return (value as number) < INT32_MIN || (value as number) > INT32_MAX
        ? `must be an integer from ${INT32_MIN} to ${INT32_MAX}`
        : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'array':
      return Array.isArray(value) ? undefined : 'must be an array';
    case 'object':
      return isPlainObject(value) ? undefined : 'must be an object';
    default:
      return undefined;
  }
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
  return text && text.length > 40 ? `${text.slice(0, 37)}...` : String(text);
}

function checkConstraints(value: unknown, s: MetaSchema, field: string, issues: Issue[]) {
  if (s.enum && !s.enum.includes(value)) {
    issues.push({ field, expected: `must be one of ${list(s.enum)}; got ${shortValue(value)}` });
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) {
      issues.push({
        field,
        expected: 'must be valid Unicode text (it holds a lone surrogate, which cannot be sent)',
      });
      return;
    }
    if (s.pattern !== undefined && !new RegExp(s.pattern).test(value)) {
      // Never echo the value: patterns guard secrets too (the callback HMAC secret).
      issues.push({
        field,
        expected:
          s.pattern === E164
            ? 'must be an E.164 phone number: +, country code and number, up to 15 digits, e.g. +12025550134'
            : `must match ${s.pattern}`,
      });
    }
    if (s.minLength !== undefined && value.length < s.minLength) {
      issues.push({ field, expected: `must be at least ${s.minLength} characters long` });
    }
    if (s.maxLength !== undefined && value.length > s.maxLength) {
      issues.push({ field, expected: `must be at most ${s.maxLength} characters long` });
    }
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) {
      issues.push({ field, expected: `must be at least ${s.minimum}; got ${value}` });
    }
    if (s.maximum !== undefined && value > s.maximum) {
      issues.push({ field, expected: `must be at most ${s.maximum}; got ${value}` });
    }
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) {
      issues.push({ field, expected: `must have at least ${s.minItems} item(s)` });
    }
    if (s.maxItems !== undefined && value.length > s.maxItems) {
      issues.push({ field, expected: `must have at most ${s.maxItems} item(s)` });
    }
  }
}

/**
 * Checks `value` against `schema` as a request value (read-only fields are not required) and
 * appends what is wrong to `issues`. Returns true when nothing was wrong.
 *
 * @param checkUnknown - whether to reject fields the schema does not define at this level; false
 *   while checking one member of a composition, whose siblings may define them.
 */
export function checkValue(
  value: unknown,
  schema: MetaSchema,
  path: string,
  schemas: Schemas,
  issues: Issue[],
  checkUnknown = true,
): boolean {
  const before = issues.length;
  const s = deref(schema, schemas);
  const field = path || '(body)';
  if (value === undefined) return true;
  if (value === null) {
    if (!s.nullable) issues.push({ field, expected: 'must not be null' });
    return issues.length === before;
  }
  const typeProblem = checkType(value, s);
  if (typeProblem) {
    issues.push({ field, expected: typeProblem });
    return false;
  }
  checkConstraints(value, s, field, issues);
  for (const member of s.allOf ?? []) checkValue(value, member, path, schemas, issues, false);
  if (s.oneOf && isPlainObject(value)) {
    const branch = chooseBranch(value, s, s.oneOf, path, schemas, issues);
    if (branch) checkValue(value, branch, path, schemas, issues, false);
  }
  if (isPlainObject(value)) {
    for (const name of Object.keys(value)) {
      if (PROTOTYPE_KEYS.has(name)) {
        issues.push({ field: join(path, name), expected: 'is not allowed (a prototype key)' });
      }
    }
    for (const name of s.required ?? []) {
      const prop = s.properties?.[name];
      const readOnly = prop && deref(prop, schemas).readOnly;
      if (own(value, name) === undefined && !readOnly) {
        issues.push({ field: join(path, name), expected: 'is required' });
      }
    }
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      const item = own(value, name);
      if (item !== undefined && !deref(prop, schemas).readOnly) {
        checkValue(item, prop, join(path, name), schemas, issues);
      }
    }
    if (typeof s.additionalProperties === 'object') {
      for (const [name, item] of Object.entries(value)) {
        if (!s.properties?.[name] && !PROTOTYPE_KEYS.has(name))
          checkValue(item, s.additionalProperties, join(path, name), schemas, issues);
      }
    }
    if (checkUnknown) {
      const readOnly = new Set<string>();
      const allowed = allowedKeys(value, s, schemas, readOnly);
      if (allowed !== 'any') {
        const writable = [...allowed].filter((name) => !readOnly.has(name));
        for (const name of Object.keys(value)) {
          if (!allowed.has(name) && value[name] !== undefined && !PROTOTYPE_KEYS.has(name)) {
            issues.push({ field: join(path, name), expected: unknownFieldHint(name, writable) });
          }
        }
      }
    }
  }
  if (Array.isArray(value) && s.items) {
    value.forEach((item, i) => {
      checkValue(item, s.items as MetaSchema, `${path}[${i}]`, schemas, issues);
    });
  }
  return issues.length === before;
}
