/**
 * The one walk over an OpenAPI document that the generator (`meta.ts`) and the spec diff
 * (`spec-diff/model.ts`) share: local `$ref` resolution with a cycle guard, the operations of
 * a set of path items, and the component names reachable from some roots.
 */

/** A JSON object of a parsed document. */
export type Json = Record<string, unknown>;

/** Every HTTP method a path item may hold an operation under. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** True for a plain JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The component name a reference points at: `#/components/schemas/Money` → `Money`. */
export const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

/**
 * Follows local references (`#/components/...`) until a node that is not one. Throws on a
 * reference to another file, one that points nowhere, and a cycle of references.
 */
export function resolveRef(doc: Json, node: unknown): Json {
  let current = node;
  const followed = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (followed.has(ref)) throw new Error(`reference cycle at ${ref}`);
    followed.add(ref);
    if (!ref.startsWith('#/')) throw new Error(`only local references are supported: ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (at, part) => (isObject(at) ? at[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
        doc,
      );
    if (current === undefined) throw new Error(`unresolved reference ${ref}`);
  }
  return isObject(current) ? current : {};
}

/** One operation of a path item, with the parameters its path item declares for all. */
export interface OperationEntry {
  path: string;
  method: string;
  operation: Json;
  /** The path item's own `parameters`, unresolved, to merge before the operation's. */
  pathParameters: unknown[];
}

/** The operations of `pathItems` (`doc.paths`, or `webhooks`; nothing when absent), in order. */
export function operationsOf(doc: Json, pathItems: unknown): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, rawItem] of Object.entries(isObject(pathItems) ? pathItems : {})) {
    const item = resolveRef(doc, rawItem);
    const pathParameters = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) entries.push({ path, method, operation, pathParameters });
    }
  }
  return entries;
}

/**
 * The names reachable from `roots` by following `childrenOf`, roots included. Each name is
 * visited once, so recursive schemas end.
 */
export function reachableNames(
  roots: Iterable<string>,
  childrenOf: (name: string) => Iterable<string>,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...childrenOf(name));
  }
  return seen;
}
