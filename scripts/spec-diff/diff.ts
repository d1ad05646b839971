/**
 * Compares two structural models and classifies every difference by what it means for a client
 * of the API: `breaking` (client code or behaviour may break), `addition` (new capability, safe),
 * `notice` (safe for most clients, worth reading: a new response enum value can break an
 * exhaustive switch), or `docs` (prose and examples only).
 */
import type { OperationShape, SchemaShape, SpecModel } from './model.js';

/** What a difference means for a client. */
export type Severity = 'breaking' | 'addition' | 'notice' | 'docs';

/** The direction data flows in where a difference sits. */
export type Direction = 'request' | 'response' | 'both' | 'none';

/** The kinds of difference the diff reports. */
export type ChangeKind =
  | 'operation-added'
  | 'operation-removed'
  | 'operation-moved'
  | 'operation-deprecated'
  | 'parameter-added'
  | 'parameter-removed'
  | 'parameter-renamed'
  | 'parameter-required'
  | 'parameter-style'
  | 'request-body-added'
  | 'request-body-removed'
  | 'request-body-required'
  | 'response-added'
  | 'response-removed'
  | 'response-header-added'
  | 'response-header-removed'
  | 'media-type-added'
  | 'media-type-removed'
  | 'schema-added'
  | 'schema-removed'
  | 'property-added'
  | 'property-removed'
  | 'required-added'
  | 'required-removed'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'type-changed'
  | 'format-changed'
  | 'ref-changed'
  | 'composition-changed'
  | 'discriminator-changed'
  | 'constraint-changed'
  | 'security-scheme-added'
  | 'security-scheme-removed'
  | 'security-scheme-changed'
  | 'security-changed'
  | 'server-changed'
  | 'webhook-added'
  | 'webhook-removed'
  | 'docs-changed';

/** One difference between two documents. */
export interface Change {
  kind: ChangeKind;
  severity: Severity;
  /** Where the difference is, e.g. `NumberService_ListActiveNumbers query.capability`. */
  location: string;
  direction: Direction;
  message: string;
  before?: unknown;
  after?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Picks a severity by direction: `[request, response]` outcomes, the worse of both when mixed. */
function byDirection(direction: Direction, request: Severity, response: Severity): Severity {
  if (direction === 'request') return request;
  if (direction === 'response') return response;
  const rank: Severity[] = ['docs', 'notice', 'addition', 'breaking'];
  return rank[Math.max(rank.indexOf(request), rank.indexOf(response))] ?? 'breaking';
}

class Collector {
  readonly changes: Change[] = [];
  add(change: Change) {
    this.changes.push(change);
  }
}

function diffSchema(
  out: Collector,
  before: SchemaShape | undefined,
  after: SchemaShape | undefined,
  location: string,
  direction: Direction,
): void {
  if (!before || !after) return;
  const add = (kind: ChangeKind, severity: Severity, message: string, b?: unknown, a?: unknown) =>
    out.add({ kind, severity, location, direction, message, before: b, after: a });

  if (!same(before.docs, after.docs))
    add('docs-changed', 'docs', 'description or example changed', before.docs, after.docs);
  if (before.ref !== after.ref) {
    add(
      'ref-changed',
      'breaking',
      `schema reference ${before.ref ?? '(inline)'} → ${after.ref ?? '(inline)'}`,
      before.ref,
      after.ref,
    );
    if (before.ref || after.ref) return;
  }
  if (before.type !== after.type) {
    add(
      'type-changed',
      'breaking',
      `type ${before.type ?? 'any'} → ${after.type ?? 'any'}`,
      before.type,
      after.type,
    );
  }
  if (before.format !== after.format) {
    add(
      'format-changed',
      'notice',
      `format ${before.format ?? 'none'} → ${after.format ?? 'none'}`,
      before.format,
      after.format,
    );
  }
  if (before.enum || after.enum) {
    const was = new Set((before.enum ?? []).map(String));
    const now = new Set((after.enum ?? []).map(String));
    for (const value of now) {
      if (!was.has(value) && before.enum) {
        add(
          'enum-value-added',
          byDirection(direction, 'addition', 'notice'),
          `enum value ${value} added${direction === 'request' ? '' : ' (exhaustive switches over it need a new case)'}`,
          undefined,
          value,
        );
      }
    }
    for (const value of was) {
      if (!now.has(value))
        add(
          'enum-value-removed',
          byDirection(direction, 'breaking', 'notice'),
          `enum value ${value} removed`,
          value,
        );
    }
    if (!before.enum && after.enum)
      add(
        'constraint-changed',
        byDirection(direction, 'breaking', 'addition'),
        'values restricted to an enum',
        undefined,
        after.enum,
      );
    if (before.enum && !after.enum)
      add(
        'constraint-changed',
        byDirection(direction, 'addition', 'notice'),
        'enum restriction lifted',
        before.enum,
      );
  }
  const requiredBefore = new Set(before.required ?? []);
  const requiredAfter = new Set(after.required ?? []);
  for (const name of requiredAfter) {
    if (!requiredBefore.has(name))
      add(
        'required-added',
        byDirection(direction, 'breaking', 'addition'),
        `property ${name} became required`,
        undefined,
        name,
      );
  }
  for (const name of requiredBefore) {
    if (!requiredAfter.has(name))
      add(
        'required-removed',
        byDirection(direction, 'addition', 'breaking'),
        `property ${name} became optional`,
        name,
      );
  }
  const propsBefore = before.properties ?? {};
  const propsAfter = after.properties ?? {};
  for (const [name, shape] of Object.entries(propsAfter)) {
    if (!(name in propsBefore)) {
      const severity = requiredAfter.has(name)
        ? byDirection(direction, 'breaking', 'addition')
        : 'addition';
      out.add({
        kind: 'property-added',
        severity,
        location: `${location}.${name}`,
        direction,
        message: `property ${name} added${requiredAfter.has(name) ? ' (required)' : ''}`,
        after: shape,
      });
    } else {
      diffSchema(out, propsBefore[name], shape, `${location}.${name}`, direction);
    }
  }
  for (const name of Object.keys(propsBefore)) {
    if (!(name in propsAfter))
      out.add({
        kind: 'property-removed',
        severity: 'breaking',
        location: `${location}.${name}`,
        direction,
        message: `property ${name} removed`,
      });
  }
  diffSchema(out, before.items, after.items, `${location}[]`, direction);
  if (
    typeof before.additionalProperties === 'object' &&
    typeof after.additionalProperties === 'object'
  ) {
    diffSchema(
      out,
      before.additionalProperties,
      after.additionalProperties,
      `${location}{}`,
      direction,
    );
  } else if (!same(before.additionalProperties, after.additionalProperties)) {
    add(
      'constraint-changed',
      'notice',
      'additionalProperties changed',
      before.additionalProperties,
      after.additionalProperties,
    );
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const a = before[key] ?? [];
    const b = after[key] ?? [];
    if (a.length !== b.length || a.some((m, i) => (m.ref ?? '') !== (b[i]?.ref ?? ''))) {
      const grew = b.length > a.length;
      const severity =
        key === 'allOf'
          ? 'breaking'
          : grew
            ? byDirection(direction, 'addition', 'notice')
            : byDirection(direction, 'breaking', 'notice');
      add(
        'composition-changed',
        severity,
        `${key} members ${a.map((m) => m.ref ?? 'inline').join(', ') || 'none'} → ${b.map((m) => m.ref ?? 'inline').join(', ') || 'none'}`,
        a.map((m) => m.ref),
        b.map((m) => m.ref),
      );
    } else {
      for (const [i, member] of a.entries()) {
        diffSchema(out, member, b[i], `${location}.${key}[${i}]`, direction);
      }
    }
  }
  if (!same(before.discriminator, after.discriminator)) {
    add(
      'discriminator-changed',
      'breaking',
      'discriminator changed',
      before.discriminator,
      after.discriminator,
    );
  }
  const keys = new Set([...Object.keys(before.constraints), ...Object.keys(after.constraints)]);
  for (const key of keys) {
    const b = before.constraints[key];
    const a = after.constraints[key];
    if (same(b, a)) continue;
    if (key === 'deprecated') {
      add('constraint-changed', 'notice', `deprecated ${Boolean(b)} → ${Boolean(a)}`, b, a);
    } else {
      add(
        'constraint-changed',
        key === 'nullable' && a === true
          ? byDirection(direction, 'addition', 'breaking')
          : 'notice',
        `${key} ${JSON.stringify(b) ?? 'unset'} → ${JSON.stringify(a) ?? 'unset'}`,
        b,
        a,
      );
    }
  }
}

function diffContent(
  out: Collector,
  before: Record<string, SchemaShape>,
  after: Record<string, SchemaShape>,
  location: string,
  direction: 'request' | 'response',
) {
  for (const [type, shape] of Object.entries(after)) {
    if (!(type in before)) {
      out.add({
        kind: 'media-type-added',
        severity: direction === 'request' ? 'addition' : 'notice',
        location,
        direction,
        message: `media type ${type} added`,
        after: type,
      });
    } else {
      diffSchema(out, before[type], shape, `${location} ${type}`, direction);
    }
  }
  for (const type of Object.keys(before)) {
    if (!(type in after))
      out.add({
        kind: 'media-type-removed',
        severity: 'breaking',
        location,
        direction,
        message: `media type ${type} removed`,
        before: type,
      });
  }
}

function diffOperation(out: Collector, before: OperationShape, after: OperationShape) {
  const id = after.operationId;
  if (before.method !== after.method || before.path !== after.path) {
    out.add({
      kind: 'operation-moved',
      severity: 'breaking',
      location: id,
      direction: 'request',
      message: `${before.method.toUpperCase()} ${before.path} → ${after.method.toUpperCase()} ${after.path}`,
      before: `${before.method} ${before.path}`,
      after: `${after.method} ${after.path}`,
    });
  }
  if (before.deprecated !== after.deprecated) {
    out.add({
      kind: 'operation-deprecated',
      severity: 'notice',
      location: id,
      direction: 'none',
      message: after.deprecated ? 'operation deprecated' : 'operation no longer deprecated',
    });
  }
  if (!same(before.docs, after.docs)) {
    out.add({
      kind: 'docs-changed',
      severity: 'docs',
      location: id,
      direction: 'none',
      message: 'summary or description changed',
    });
  }
  const added = Object.keys(after.parameters).filter((k) => !(k in before.parameters));
  const removed = Object.keys(before.parameters).filter((k) => !(k in after.parameters));
  // A removed and an added parameter in the same place with the same schema is a rename.
  for (const oldKey of [...removed]) {
    const old = before.parameters[oldKey];
    const match = added.find((k) => {
      const p = after.parameters[k];
      return (
        p && old && p.in === old.in && same({ ...p.schema, docs: {} }, { ...old.schema, docs: {} })
      );
    });
    if (old && match) {
      const renamed = after.parameters[match];
      out.add({
        kind: 'parameter-renamed',
        severity: 'breaking',
        location: `${id} ${old.in}.${old.name}`,
        direction: 'request',
        message: `${old.in} parameter ${old.name} renamed to ${renamed?.name}`,
        before: old.name,
        after: renamed?.name,
      });
      removed.splice(removed.indexOf(oldKey), 1);
      added.splice(added.indexOf(match), 1);
    }
  }
  for (const key of added) {
    const p = after.parameters[key];
    if (!p) continue;
    out.add({
      kind: 'parameter-added',
      severity: p.required ? 'breaking' : 'addition',
      location: `${id} ${p.in}.${p.name}`,
      direction: 'request',
      message: `${p.required ? 'required' : 'optional'} ${p.in} parameter ${p.name} added`,
    });
  }
  for (const key of removed) {
    const p = before.parameters[key];
    if (!p) continue;
    out.add({
      kind: 'parameter-removed',
      severity: 'breaking',
      location: `${id} ${p.in}.${p.name}`,
      direction: 'request',
      message: `${p.in} parameter ${p.name} removed`,
    });
  }
  for (const [key, now] of Object.entries(after.parameters)) {
    const was = before.parameters[key];
    if (!was) continue;
    const location = `${id} ${now.in}.${now.name}`;
    if (was.required !== now.required) {
      out.add({
        kind: 'parameter-required',
        severity: now.required ? 'breaking' : 'addition',
        location,
        direction: 'request',
        message: now.required
          ? `parameter ${now.name} became required`
          : `parameter ${now.name} became optional`,
      });
    }
    if (was.style !== now.style || was.explode !== now.explode) {
      out.add({
        kind: 'parameter-style',
        severity: 'breaking',
        location,
        direction: 'request',
        message: `serialization changed (style ${was.style ?? 'default'} → ${now.style ?? 'default'}, explode ${was.explode ?? 'default'} → ${now.explode ?? 'default'})`,
      });
    }
    if (was.deprecated !== now.deprecated) {
      out.add({
        kind: 'constraint-changed',
        severity: 'notice',
        location,
        direction: 'request',
        message: now.deprecated ? 'parameter deprecated' : 'parameter no longer deprecated',
      });
    }
    if (!same(was.docs, now.docs)) {
      out.add({
        kind: 'docs-changed',
        severity: 'docs',
        location,
        direction: 'none',
        message: 'parameter description changed',
      });
    }
    diffSchema(out, was.schema, now.schema, location, 'request');
  }
  const bodyLocation = `${id} requestBody`;
  if (!before.requestBody && after.requestBody) {
    out.add({
      kind: 'request-body-added',
      severity: after.requestBody.required ? 'breaking' : 'addition',
      location: bodyLocation,
      direction: 'request',
      message: `${after.requestBody.required ? 'required' : 'optional'} request body added`,
    });
  } else if (before.requestBody && !after.requestBody) {
    out.add({
      kind: 'request-body-removed',
      severity: 'breaking',
      location: bodyLocation,
      direction: 'request',
      message: 'request body removed',
    });
  } else if (before.requestBody && after.requestBody) {
    if (before.requestBody.required !== after.requestBody.required) {
      out.add({
        kind: 'request-body-required',
        severity: after.requestBody.required ? 'breaking' : 'addition',
        location: bodyLocation,
        direction: 'request',
        message: after.requestBody.required
          ? 'request body became required'
          : 'request body became optional',
      });
    }
    diffContent(
      out,
      before.requestBody.content,
      after.requestBody.content,
      bodyLocation,
      'request',
    );
  }
  for (const [status, now] of Object.entries(after.responses)) {
    const location = `${id} response ${status}`;
    const was = before.responses[status];
    if (!was) {
      out.add({
        kind: 'response-added',
        severity: status.startsWith('2') ? 'notice' : 'addition',
        location,
        direction: 'response',
        message: `response ${status} added`,
      });
      continue;
    }
    if (!same(was.docs, now.docs))
      out.add({
        kind: 'docs-changed',
        severity: 'docs',
        location,
        direction: 'none',
        message: 'response description changed',
      });
    for (const header of now.headers) {
      if (!was.headers.includes(header))
        out.add({
          kind: 'response-header-added',
          severity: 'addition',
          location,
          direction: 'response',
          message: `response header ${header} documented`,
        });
    }
    for (const header of was.headers) {
      if (!now.headers.includes(header))
        out.add({
          kind: 'response-header-removed',
          severity: 'notice',
          location,
          direction: 'response',
          message: `response header ${header} no longer documented`,
        });
    }
    diffContent(out, was.content, now.content, location, 'response');
  }
  for (const status of Object.keys(before.responses)) {
    if (!(status in after.responses)) {
      out.add({
        kind: 'response-removed',
        severity: status.startsWith('2') ? 'breaking' : 'notice',
        location: `${id} response ${status}`,
        direction: 'response',
        message: `response ${status} removed`,
      });
    }
  }
  const schemesBefore = before.security.map((s) => s.join('+')).sort();
  const schemesAfter = after.security.map((s) => s.join('+')).sort();
  if (!same(schemesBefore, schemesAfter)) {
    const lost = schemesBefore.some((s) => !schemesAfter.includes(s));
    out.add({
      kind: 'security-changed',
      severity: lost ? 'breaking' : 'addition',
      location: id,
      direction: 'request',
      message: `accepted credentials ${schemesBefore.join(' | ') || 'none'} → ${schemesAfter.join(' | ') || 'none'}`,
      before: schemesBefore,
      after: schemesAfter,
    });
  }
}

function diffOperations(
  out: Collector,
  before: Record<string, OperationShape>,
  after: Record<string, OperationShape>,
  what: 'operation' | 'webhook',
) {
  for (const [id, op] of Object.entries(after)) {
    const was = before[id];
    if (was) diffOperation(out, was, op);
    else
      out.add({
        kind: `${what}-added`,
        severity: 'addition',
        location: id,
        direction: 'none',
        message: `${what} ${id} added (${op.method.toUpperCase()} ${op.path})`,
      });
  }
  for (const [id, op] of Object.entries(before)) {
    if (!(id in after))
      out.add({
        kind: `${what}-removed`,
        severity: what === 'operation' ? 'breaking' : 'notice',
        location: id,
        direction: 'none',
        message: `${what} ${id} removed (${op.method.toUpperCase()} ${op.path})`,
      });
  }
}

function schemaDirection(model: SpecModel, name: string): Direction {
  const usage = model.usage[name];
  if (!usage) return 'none';
  if (usage.request && usage.response) return 'both';
  return usage.request ? 'request' : usage.response ? 'response' : 'none';
}

/** Compares two models; the result is ordered operations, webhooks, schemas, security, servers. */
export function diffModels(before: SpecModel, after: SpecModel): Change[] {
  const out = new Collector();
  diffOperations(out, before.operations, after.operations, 'operation');
  diffOperations(out, before.webhooks, after.webhooks, 'webhook');
  for (const [name, shape] of Object.entries(after.schemas)) {
    const was = before.schemas[name];
    if (!was) {
      out.add({
        kind: 'schema-added',
        severity: 'addition',
        location: `#/components/schemas/${name}`,
        direction: schemaDirection(after, name),
        message: `schema ${name} added`,
      });
    } else {
      // Judge a schema by how the new document uses it; fall back to the old use if now unused.
      const direction =
        schemaDirection(after, name) === 'none'
          ? schemaDirection(before, name)
          : schemaDirection(after, name);
      diffSchema(out, was, shape, name, direction === 'none' ? 'both' : direction);
    }
  }
  for (const name of Object.keys(before.schemas)) {
    if (!(name in after.schemas)) {
      out.add({
        kind: 'schema-removed',
        severity: 'breaking',
        location: `#/components/schemas/${name}`,
        direction: schemaDirection(before, name),
        message: `schema ${name} removed (its exported type disappears)`,
      });
    }
  }
  for (const [name, scheme] of Object.entries(after.securitySchemes)) {
    const was = before.securitySchemes[name];
    if (!was)
      out.add({
        kind: 'security-scheme-added',
        severity: 'addition',
        location: `securitySchemes.${name}`,
        direction: 'request',
        message: `security scheme ${name} added`,
      });
    else if (!same(was, scheme))
      out.add({
        kind: 'security-scheme-changed',
        severity: 'breaking',
        location: `securitySchemes.${name}`,
        direction: 'request',
        message: `security scheme ${name} changed`,
        before: was,
        after: scheme,
      });
  }
  for (const name of Object.keys(before.securitySchemes)) {
    if (!(name in after.securitySchemes))
      out.add({
        kind: 'security-scheme-removed',
        severity: 'breaking',
        location: `securitySchemes.${name}`,
        direction: 'request',
        message: `security scheme ${name} removed`,
      });
  }
  if (!same(before.servers, after.servers)) {
    const lost = before.servers.some((s) => !after.servers.includes(s));
    out.add({
      kind: 'server-changed',
      severity: lost ? 'breaking' : 'addition',
      location: 'servers',
      direction: 'none',
      message: `servers ${before.servers.join(', ')} → ${after.servers.join(', ')}`,
      before: before.servers,
      after: after.servers,
    });
  }
  return out.changes;
}

/** The release bump a set of changes calls for, following semver for a client package. */
export function bumpFor(changes: readonly Change[]): 'major' | 'minor' | 'patch' | 'none' {
  if (changes.some((c) => c.severity === 'breaking')) return 'major';
  if (changes.some((c) => c.severity === 'addition' || c.severity === 'notice')) return 'minor';
  return changes.length ? 'patch' : 'none';
}
