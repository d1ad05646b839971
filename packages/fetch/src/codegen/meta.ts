/**
 * Builds the runtime metadata the high-level client validates requests and revives dates with:
 * a compact copy of each operation's parameters and bodies and of every component schema, with
 * prose, examples and formats that change nothing at run time left out. Generated from the spec
 * so validation can never drift from it.
 */

import {
  isObject,
  type Json,
  operationsOf,
  reachableNames,
  refName,
  resolveRef,
} from './openapi-walker.js';

const KEEP = [
  'type',
  'enum',
  'required',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'readOnly',
  'nullable',
] as const;
const resolve = resolveRef;

/** The compact form of one schema node: component references stay references by name. */
export function compactSchema(node: unknown): Json {
  if (!isObject(node)) return {};
  if (typeof node.$ref === 'string') return { $ref: refName(node.$ref) };
  const out: Json = {};
  for (const key of KEEP) if (node[key] !== undefined) out[key] = node[key];
  if (node.format === 'date-time' || node.format === 'date') out.format = node.format;
  if (isObject(node.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties).map(([k, v]) => [k, compactSchema(v)]),
    );
  }
  if (node.items !== undefined) out.items = compactSchema(node.items);
  if (node.additionalProperties !== undefined) {
    out.additionalProperties =
      typeof node.additionalProperties === 'boolean'
        ? node.additionalProperties
        : compactSchema(node.additionalProperties);
  }
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(node[key])) out[key] = (node[key] as unknown[]).map(compactSchema);
  }
  if (isObject(node.discriminator)) {
    const { propertyName, mapping } = node.discriminator;
    out.discriminator = {
      propertyName,
      ...(isObject(mapping)
        ? {
            mapping: Object.fromEntries(
              Object.entries(mapping).map(([k, v]) => [k, refName(String(v))]),
            ),
          }
        : {}),
    };
  }
  return out;
}

const RETRY_MODES = ['safe', 'never'];

/**
 * The client policy an operation declares in its `x-sdk` extension: the high-level method name,
 * whether a failed attempt may be sent again, whether it costs money, and where a list keeps its
 * items and page tokens. An operation without one is never retried, the safe default, and is
 * marked `defaultPolicy`.
 */
export function sdkPolicy(op: Json): Json {
  const declared = isObject(op['x-sdk']);
  const sdk = declared ? (op['x-sdk'] as Json) : {};
  const id = String(op.operationId);
  const retry = sdk.retry ?? 'never';
  if (!RETRY_MODES.includes(String(retry))) {
    throw new Error(`${id}: x-sdk.retry must be one of ${RETRY_MODES.join(', ')}; got ${retry}`);
  }
  const policy: Json = { name: typeof sdk.method === 'string' ? sdk.method : id, retry };
  // A document without our extension (the vendor's own, say) gets the safe defaults, marked so
  // a client that knows the operation can keep the policy it already has for it.
  if (!declared) policy.defaultPolicy = true;
  if (sdk.billable === true) policy.billable = true;
  if (isObject(sdk.pagination)) {
    if (typeof sdk.pagination.items !== 'string') {
      throw new Error(`${id}: x-sdk.pagination.items must name the array of the page`);
    }
    policy.pagination = sdk.pagination;
  }
  return policy;
}

/** Compact metadata of every operation, keyed by operationId, and of every component schema. */
export function buildMeta(doc: Json): { operations: Json; schemas: Json } {
  const operations: Json = {};
  for (const { path, method, operation: op, pathParameters } of operationsOf(doc, doc.paths)) {
    if (typeof op.operationId !== 'string') continue;
    const parameters: Json = {};
    const raw = [...pathParameters, ...(Array.isArray(op.parameters) ? op.parameters : [])];
    for (const p of raw.map((r) => resolve(doc, r))) {
      // The client fills projectId in itself and never checks it; leave it out of the bundle.
      if (p.name === 'projectId') continue;
      parameters[String(p.name)] = {
        in: p.in,
        // Path parameters are always required (OpenAPI says so); say it only for the others.
        ...(p.required && p.in !== 'path' ? { required: true } : {}),
        schema: compactSchema(p.schema),
      };
    }
    const meta: Json = { method, path, ...sdkPolicy(op), parameters };
    if (op.requestBody) {
      const body = resolve(doc, op.requestBody);
      const [mediaType, media] =
        Object.entries(isObject(body.content) ? body.content : {})[0] ?? [];
      if (mediaType) {
        meta.body = {
          mediaType,
          ...(body.required ? { required: true } : {}),
          schema: compactSchema(resolve(doc, media).schema),
        };
      }
    }
    const ok = resolve(doc, isObject(op.responses) ? op.responses['200'] : undefined);
    const json = isObject(ok.content) ? resolve(doc, ok.content['application/json']) : {};
    if (json.schema) meta.response = compactSchema(json.schema);
    operations[op.operationId] = meta;
  }
  const components = isObject(doc.components) ? doc.components : {};
  const all = Object.fromEntries(
    Object.entries(isObject(components.schemas) ? components.schemas : {}).map(([name, node]) => [
      name,
      compactSchema(node),
    ]),
  );
  // The client needs a schema at run time only to check what it sends, or to find dates in
  // what it receives; everything else would only add bytes to every user's bundle.
  const refsIn = (name: string) => refsOf(all[name]);
  const sent = reachableNames(
    refsOf(
      Object.values(operations).flatMap((op) => {
        const meta = op as Json;
        return [
          ...Object.values(meta.parameters as Json).map((p) => (p as Json).schema),
          (meta.body as Json | undefined)?.schema,
        ];
      }),
    ),
    refsIn,
  );
  const datesIn = new Set(Object.keys(all).filter((name) => hasOwnDates(all[name])));
  // Every success body gets a shape check, so a schema that is only answered keeps its skeleton:
  // object or array, and the objects and arrays inside (what code iterates or reads into).
  const answered = reachableNames(
    refsOf(Object.values(operations).map((op) => (op as Json).response)),
    refsIn,
  );
  const schemas: Json = {};
  for (const [name, node] of Object.entries(all)) {
    if (sent.has(name) || [...reachableNames([name], refsIn)].some((n) => datesIn.has(n))) {
      schemas[name] = node;
    } else if (answered.has(name)) {
      const shape = shapeOf(node, all);
      if (shape) schemas[name] = shape;
    }
  }
  return { operations, schemas };
}

function refsOf(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsOf(item, into);
  else if (isObject(node)) {
    if (typeof node.$ref === 'string') into.push(node.$ref);
    for (const value of Object.values(node)) refsOf(value, into);
  }
  return into;
}

/** Whether a compact schema has a date field of its own (references not followed). */
function hasOwnDates(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasOwnDates);
  if (!isObject(node)) return false;
  if (node.format === 'date-time' || node.format === 'date') return true;
  return Object.entries(node).some(([key, value]) => key !== '$ref' && hasOwnDates(value));
}

/**
 * The part of a compact schema a response shape check reads: its kind (object or array) and the
 * properties and items that are objects or arrays themselves. Undefined for a scalar, whose
 * check is left to the date reviver and the caller.
 */
function shapeOf(
  node: unknown,
  all: Json,
  seen: ReadonlySet<string> = new Set(),
): Json | undefined {
  if (!isObject(node)) return undefined;
  if (typeof node.$ref === 'string') {
    const name = node.$ref;
    if (seen.has(name)) return node;
    return shapeOf(all[name], all, new Set([...seen, name])) ? node : undefined;
  }
  const out: Json = {};
  if (node.type === 'array' || node.items !== undefined) out.type = 'array';
  else if (node.type === 'object' || node.properties !== undefined) out.type = 'object';
  if (node.nullable === true) out.nullable = true;
  const items = shapeOf(node.items, all, seen);
  if (items) out.items = items;
  const properties = Object.entries(isObject(node.properties) ? node.properties : {}).flatMap(
    ([key, value]) => {
      const shape = shapeOf(value, all, seen);
      return shape ? [[key, shape] as const] : [];
    },
  );
  if (properties.length > 0) out.properties = Object.fromEntries(properties);
  const members = (Array.isArray(node.allOf) ? node.allOf : []).flatMap((member) => {
    const shape = shapeOf(member, all, seen);
    return shape ? [shape] : [];
  });
  if (members.length > 0) out.allOf = members;
  return out.type !== undefined || out.allOf !== undefined ? out : undefined;
}
