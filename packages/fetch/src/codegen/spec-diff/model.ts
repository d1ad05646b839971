/**
 * Normalizes an OpenAPI 3 document into a structural model that two versions can be compared on:
 * operations by operationId (with path-level parameters merged and component references to
 * parameters, bodies and responses resolved), and schemas by component name (schema references
 * kept as names, so recursive schemas stay finite). Prose is kept apart from structure so a
 * description-only change can be told from a structural one.
 */

import {
  isObject,
  type Json,
  operationsOf,
  reachableNames,
  refName,
  resolveRef as resolve,
} from '../openapi-walker.js';

/** The structural content of one schema. Component references are kept as `ref` names. */
export interface SchemaShape {
  ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaShape>;
  items?: SchemaShape;
  additionalProperties?: boolean | SchemaShape;
  allOf?: SchemaShape[];
  oneOf?: SchemaShape[];
  anyOf?: SchemaShape[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  /** Flags and constraints: readOnly, writeOnly, nullable, deprecated, pattern, bounds, default. */
  constraints: Record<string, unknown>;
  /** Prose and examples: description, title, example. */
  docs: Record<string, unknown>;
}

/** One parameter of an operation. */
export interface ParameterShape {
  name: string;
  in: string;
  required: boolean;
  schema: SchemaShape;
  style?: string;
  explode?: boolean;
  deprecated: boolean;
  docs: Record<string, unknown>;
}

/** One response of an operation. */
export interface ResponseShape {
  content: Record<string, SchemaShape>;
  headers: string[];
  docs: Record<string, unknown>;
}

/** One operation, keyed in the model by its operationId. */
export interface OperationShape {
  operationId: string;
  method: string;
  path: string;
  /** Keyed by `${in}:${name}`. */
  parameters: Record<string, ParameterShape>;
  requestBody?: { required: boolean; content: Record<string, SchemaShape> };
  responses: Record<string, ResponseShape>;
  /** Names of the security schemes accepted, one list per alternative. */
  security: string[][];
  deprecated: boolean;
  tags: string[];
  docs: Record<string, unknown>;
}

/** A security scheme, without its prose. */
export interface SecuritySchemeShape {
  type: string;
  scheme?: string;
  tokenUrls: string[];
  in?: string;
  name?: string;
}

/** Where a component schema is reachable from: what the client sends, receives, or both. */
export interface SchemaUsage {
  request: boolean;
  response: boolean;
}

/** The structural model of a whole document. */
export interface SpecModel {
  version: string;
  servers: string[];
  operations: Record<string, OperationShape>;
  /** Callback events (OpenAPI 3.1 `webhooks` or the 3.0 `x-webhooks` extension). */
  webhooks: Record<string, OperationShape>;
  schemas: Record<string, SchemaShape>;
  securitySchemes: Record<string, SecuritySchemeShape>;
  usage: Record<string, SchemaUsage>;
}

const DOC_KEYS = ['description', 'summary', 'title', 'example', 'examples', 'x-enumDescriptions'];
const STRUCTURE_KEYS = new Set([
  '$ref',
  'type',
  'format',
  'enum',
  'required',
  'properties',
  'items',
  'additionalProperties',
  'allOf',
  'oneOf',
  'anyOf',
  'discriminator',
  ...DOC_KEYS,
]);

function pickDocs(node: Json): Record<string, unknown> {
  const docs: Record<string, unknown> = {};
  for (const key of DOC_KEYS) if (node[key] !== undefined) docs[key] = node[key];
  return docs;
}

/** Normalizes one schema node. */
export function shapeSchema(node: unknown): SchemaShape {
  if (!isObject(node)) return { constraints: {}, docs: {} };
  if (typeof node.$ref === 'string') {
    return { ref: refName(node.$ref), constraints: {}, docs: pickDocs(node) };
  }
  const shape: SchemaShape = { constraints: {}, docs: pickDocs(node) };
  if (typeof node.type === 'string') shape.type = node.type;
  if (Array.isArray(node.type)) shape.type = [...node.type].sort().join('|');
  if (typeof node.format === 'string') shape.format = node.format;
  if (Array.isArray(node.enum)) shape.enum = node.enum;
  if (Array.isArray(node.required)) shape.required = [...(node.required as string[])].sort();
  if (isObject(node.properties)) {
    shape.properties = Object.fromEntries(
      Object.entries(node.properties).map(([name, value]) => [name, shapeSchema(value)]),
    );
  }
  if (node.items !== undefined) shape.items = shapeSchema(node.items);
  if (typeof node.additionalProperties === 'boolean') {
    shape.additionalProperties = node.additionalProperties;
  } else if (isObject(node.additionalProperties)) {
    shape.additionalProperties = shapeSchema(node.additionalProperties);
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const members = node[key];
    if (Array.isArray(members)) shape[key] = members.map(shapeSchema);
  }
  if (isObject(node.discriminator) && typeof node.discriminator.propertyName === 'string') {
    const mapping = isObject(node.discriminator.mapping)
      ? Object.fromEntries(
          Object.entries(node.discriminator.mapping).map(([k, v]) => [k, refName(String(v))]),
        )
      : undefined;
    shape.discriminator = {
      propertyName: node.discriminator.propertyName,
      ...(mapping ? { mapping } : {}),
    };
  }
  for (const [key, value] of Object.entries(node)) {
    if (!STRUCTURE_KEYS.has(key) && !key.startsWith('x-')) shape.constraints[key] = value;
  }
  return shape;
}

function shapeContent(doc: Json, content: unknown): Record<string, SchemaShape> {
  if (!isObject(content)) return {};
  return Object.fromEntries(
    Object.entries(content).map(([type, media]) => [type, shapeSchema(resolve(doc, media).schema)]),
  );
}

function shapeOperation(
  doc: Json,
  path: string,
  method: string,
  operation: Json,
  pathParameters: unknown[],
  fallbackId: string,
): OperationShape {
  const globalSecurity = Array.isArray(doc.security) ? doc.security : [];
  const parameters: Record<string, ParameterShape> = {};
  for (const raw of [...pathParameters, ...((operation.parameters as unknown[]) ?? [])]) {
    const p = resolve(doc, raw);
    const name = String(p.name);
    const location = String(p.in);
    parameters[`${location}:${name}`] = {
      name,
      in: location,
      required: p.required === true,
      schema: shapeSchema(p.schema),
      ...(typeof p.style === 'string' ? { style: p.style } : {}),
      ...(typeof p.explode === 'boolean' ? { explode: p.explode } : {}),
      deprecated: p.deprecated === true,
      docs: pickDocs(p),
    };
  }
  const responses: Record<string, ResponseShape> = {};
  for (const [status, raw] of Object.entries(
    isObject(operation.responses) ? operation.responses : {},
  )) {
    const response = resolve(doc, raw);
    responses[status] = {
      content: shapeContent(doc, response.content),
      headers: Object.keys(isObject(response.headers) ? response.headers : {}).sort(),
      docs: pickDocs(response),
    };
  }
  const body =
    operation.requestBody === undefined ? undefined : resolve(doc, operation.requestBody);
  const security = (Array.isArray(operation.security) ? operation.security : globalSecurity).map(
    (requirement) => Object.keys(isObject(requirement) ? requirement : {}).sort(),
  );
  return {
    operationId: typeof operation.operationId === 'string' ? operation.operationId : fallbackId,
    method,
    path,
    parameters,
    ...(body
      ? {
          requestBody: {
            required: body.required === true,
            content: shapeContent(doc, body.content),
          },
        }
      : {}),
    responses,
    security,
    deprecated: operation.deprecated === true,
    tags: Array.isArray(operation.tags) ? operation.tags.map(String) : [],
    docs: pickDocs(operation),
  };
}

function shapeOperations(doc: Json, pathItems: unknown): Record<string, OperationShape> {
  const operations: Record<string, OperationShape> = {};
  for (const { path, method, operation, pathParameters } of operationsOf(doc, pathItems)) {
    const shape = shapeOperation(doc, path, method, operation, pathParameters, `${method} ${path}`);
    operations[shape.operationId] = shape;
  }
  return operations;
}

function collectRefs(shape: SchemaShape | undefined, into: Set<string> = new Set()): Set<string> {
  if (!shape) return into;
  if (shape.ref) into.add(shape.ref);
  for (const child of Object.values(shape.properties ?? {})) collectRefs(child, into);
  collectRefs(shape.items, into);
  if (typeof shape.additionalProperties === 'object') collectRefs(shape.additionalProperties, into);
  for (const member of [...(shape.allOf ?? []), ...(shape.oneOf ?? []), ...(shape.anyOf ?? [])]) {
    collectRefs(member, into);
  }
  for (const target of Object.values(shape.discriminator?.mapping ?? {})) into.add(target);
  return into;
}

/** The component schemas the roots refer to, directly or through other schemas. */
function reachable(roots: SchemaShape[], schemas: Record<string, SchemaShape>): Set<string> {
  const direct = new Set<string>();
  for (const root of roots) collectRefs(root, direct);
  return reachableNames(direct, (name) => collectRefs(schemas[name]));
}

function computeUsage(model: Omit<SpecModel, 'usage'>): Record<string, SchemaUsage> {
  const sent: SchemaShape[] = [];
  const received: SchemaShape[] = [];
  for (const op of Object.values(model.operations)) {
    for (const p of Object.values(op.parameters)) sent.push(p.schema);
    sent.push(...Object.values(op.requestBody?.content ?? {}));
    for (const r of Object.values(op.responses)) received.push(...Object.values(r.content));
  }
  // A callback event is something the client receives, like a response.
  for (const hook of Object.values(model.webhooks)) {
    received.push(...Object.values(hook.requestBody?.content ?? {}));
  }
  const request = reachable(sent, model.schemas);
  const response = reachable(received, model.schemas);
  return Object.fromEntries(
    Object.keys(model.schemas).map((name) => [
      name,
      { request: request.has(name), response: response.has(name) },
    ]),
  );
}

/** Builds the structural model of a parsed OpenAPI 3.x document. */
export function buildModel(document: unknown): SpecModel {
  if (
    !isObject(document) ||
    (typeof document.openapi !== 'string' && typeof document.swagger !== 'string')
  ) {
    throw new Error('not an OpenAPI document: the `openapi` version field is missing');
  }
  const components = isObject(document.components) ? document.components : {};
  const schemas = Object.fromEntries(
    Object.entries(isObject(components.schemas) ? components.schemas : {}).map(([name, node]) => [
      name,
      shapeSchema(node),
    ]),
  );
  const securitySchemes = Object.fromEntries(
    Object.entries(isObject(components.securitySchemes) ? components.securitySchemes : {}).map(
      ([name, raw]) => {
        const s = resolve(document, raw);
        const flows = isObject(s.flows) ? Object.values(s.flows).filter(isObject) : [];
        return [
          name,
          {
            type: String(s.type),
            ...(typeof s.scheme === 'string' ? { scheme: s.scheme.toLowerCase() } : {}),
            tokenUrls: flows
              .map((f) => String(f.tokenUrl ?? ''))
              .filter(Boolean)
              .sort(),
            ...(typeof s.in === 'string' ? { in: s.in } : {}),
            ...(typeof s.name === 'string' ? { name: s.name } : {}),
          } satisfies SecuritySchemeShape,
        ];
      },
    ),
  );
  const info = isObject(document.info) ? document.info : {};
  const partial = {
    version: String(info.version ?? ''),
    servers: (Array.isArray(document.servers) ? document.servers : [])
      .filter(isObject)
      .map((s) => String(s.url).replace(/\/$/, '')),
    operations: shapeOperations(document, document.paths),
    webhooks: shapeOperations(document, document.webhooks ?? document['x-webhooks']),
    schemas,
    securitySchemes,
  };
  return { ...partial, usage: computeUsage(partial) };
}

/**
 * The part of a model that a set of operations uses: those operations, the schemas they reach
 * and no webhooks. Lets a document that covers part of an API be compared with the whole.
 */
export function restrictModel(model: SpecModel, operationIds: readonly string[]): SpecModel {
  const operations = Object.fromEntries(
    Object.entries(model.operations).filter(([id]) => operationIds.includes(id)),
  );
  const roots = Object.values(operations).flatMap((op) => [
    ...Object.values(op.parameters).map((p) => p.schema),
    ...Object.values(op.requestBody?.content ?? {}),
    ...Object.values(op.responses).flatMap((r) => Object.values(r.content)),
  ]);
  const keep = reachable(roots, model.schemas);
  const schemas = Object.fromEntries(
    Object.entries(model.schemas).filter(([name]) => keep.has(name)),
  );
  const partial = { ...model, operations, webhooks: {}, schemas };
  return { ...partial, usage: computeUsage(partial) };
}
