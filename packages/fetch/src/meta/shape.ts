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

/** A compiled check of one schema: the problem and the path below `value` where it is, if any. */
type Node = (value: unknown) => Problem | undefined;

/** A problem, with the path segments from the innermost value outwards (joined only on failure). */
interface Problem {
  readonly segments: string[];
  readonly message: string;
}

const fail = (message: string): Problem => ({ segments: [], message });

function render(problem: Problem): string {
  let path = '';
  for (let i = problem.segments.length - 1; i >= 0; i--) {
    const segment = problem.segments[i] as string;
    path += segment.startsWith('[') || path === '' ? segment : `.${segment}`;
  }
  return at(path, problem.message);
}

/**
 * Compiles shape checks for the schemas of one spec, once per schema: each object or array
 * schema becomes a function that knows its kind and the properties worth visiting, so checking
 * a page allocates nothing unless something is wrong (a list of 100,000 numbers is checked page
 * by page without adding garbage).
 */
export function createShapeChecker(
  schemas: Schemas,
): (schema: MetaSchema | undefined) => ShapeCheck | undefined {
  const compiledRoots = new WeakMap<MetaSchema, ShapeCheck | undefined>();
  const byRef = new Map<string, Node | undefined>();

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

  /** The compiled node of a schema; references are compiled once and may be recursive. */
  function compile(schema: MetaSchema, depth: number): Node | undefined {
    if (schema.$ref !== undefined) {
      const name = schema.$ref;
      if (byRef.has(name)) return byRef.get(name);
      // Recursive schemas see a forwarder while their own node is being compiled.
      let self: Node | undefined;
      byRef.set(name, (value) => self?.(value));
      self = compileResolved(deref(schema, schemas), depth);
      byRef.set(name, self);
      return self;
    }
    return compileResolved(schema, depth);
  }

  function compileResolved(s: MetaSchema, depth: number): Node | undefined {
    // Deep enough for any real answer, and never endless.
    if (depth > 32) return undefined;
    const kind = expects(s, new Set());
    if (kind === undefined) return undefined;
    const nullable = s.nullable === true;
    const nullProblem = `expected ${kind === 'array' ? 'an array' : 'an object'}, got null`;
    if (kind === 'array') {
      const item = s.items ? compile(s.items, depth + 1) : undefined;
      return (value) => {
        if (value === undefined) return undefined;
        if (value === null) return nullable ? undefined : fail(nullProblem);
        if (!Array.isArray(value)) return fail(`expected an array, got ${kindOf(value)}`);
        if (item === undefined) return undefined;
        for (let i = 0; i < value.length; i++) {
          const problem = item(value[i]);
          if (problem) {
            problem.segments.push(`[${i}]`);
            return problem;
          }
        }
        return undefined;
      };
    }
    const children: Array<[string, Node]> = [];
    for (const [name, child] of propertiesOf(s)) {
      const node = compile(child, depth + 1);
      if (node) children.push([name, node]);
    }
    return (value) => {
      if (value === undefined) return undefined;
      if (value === null) return nullable ? undefined : fail(nullProblem);
      if (typeof value !== 'object' || Array.isArray(value)) {
        return fail(`expected an object, got ${kindOf(value)}`);
      }
      const record = value as Record<string, unknown>;
      for (const [name, node] of children) {
        if (!Object.hasOwn(record, name)) continue;
        const problem = node(record[name]);
        if (problem) {
          problem.segments.push(name);
          return problem;
        }
      }
      return undefined;
    };
  }

  return (schema) => {
    if (!schema) return undefined;
    if (!compiledRoots.has(schema)) {
      const node = compile(schema, 0);
      compiledRoots.set(
        schema,
        node === undefined
          ? undefined
          : (value) => {
              const problem = node(value);
              return problem ? render(problem) : undefined;
            },
      );
    }
    return compiledRoots.get(schema);
  };
}
