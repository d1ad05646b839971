/**
 * Compares two structural models and reports every difference with the rule it falls under;
 * what each rule means for a client (its kind and severity) is the table in `severity.ts`.
 */
import type { OperationShape, SchemaShape, SpecModel } from './model.js';
import {
  type ChangeKind,
  classify,
  type Direction,
  type RuleName,
  type Severity,
} from './severity.js';

export type { ChangeKind, Direction, Severity } from './severity.js';

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

/** Where a difference is and what it says; the rule supplies its kind and severity. */
interface Finding {
  location: string;
  direction: Direction;
  message: string;
  before?: unknown;
  after?: unknown;
}

class Collector {
  readonly changes: Change[] = [];
  add(rule: RuleName, finding: Finding) {
    const { kind, severity } = classify(rule, finding.direction);
    this.changes.push({ kind, severity, ...finding });
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
  const add = (rule: RuleName, message: string, b?: unknown, a?: unknown) =>
    out.add(rule, { location, direction, message, before: b, after: a });

  if (!same(before.docs, after.docs))
    add('docs changed', 'description or example changed', before.docs, after.docs);
  if (before.ref !== after.ref) {
    add(
      'schema reference changed',
      `schema reference ${before.ref ?? '(inline)'} → ${after.ref ?? '(inline)'}`,
      before.ref,
      after.ref,
    );
    if (before.ref || after.ref) return;
  }
  if (before.type !== after.type) {
    add(
      'type changed',
      `type ${before.type ?? 'any'} → ${after.type ?? 'any'}`,
      before.type,
      after.type,
    );
  }
  if (before.format !== after.format) {
    add(
      'format changed',
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
          'enum value added',
          `enum value ${value} added${direction === 'request' ? '' : ' (exhaustive switches over it need a new case)'}`,
          undefined,
          value,
        );
      }
    }
    for (const value of was) {
      if (!now.has(value)) add('enum value removed', `enum value ${value} removed`, value);
    }
    if (!before.enum && after.enum)
      add('values restricted to an enum', 'values restricted to an enum', undefined, after.enum);
    if (before.enum && !after.enum)
      add('enum restriction lifted', 'enum restriction lifted', before.enum);
  }
  const requiredBefore = new Set(before.required ?? []);
  const requiredAfter = new Set(after.required ?? []);
  for (const name of requiredAfter) {
    if (!requiredBefore.has(name))
      add('property became required', `property ${name} became required`, undefined, name);
  }
  for (const name of requiredBefore) {
    if (!requiredAfter.has(name))
      add('property became optional', `property ${name} became optional`, name);
  }
  const propsBefore = before.properties ?? {};
  const propsAfter = after.properties ?? {};
  for (const [name, shape] of Object.entries(propsAfter)) {
    if (!(name in propsBefore)) {
      const required = requiredAfter.has(name);
      out.add(required ? 'required property added' : 'optional property added', {
        location: `${location}.${name}`,
        direction,
        message: `property ${name} added${required ? ' (required)' : ''}`,
        after: shape,
      });
    } else {
      diffSchema(out, propsBefore[name], shape, `${location}.${name}`, direction);
    }
  }
  for (const name of Object.keys(propsBefore)) {
    if (!(name in propsAfter))
      out.add('property removed', {
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
      'additionalProperties changed',
      'additionalProperties changed',
      before.additionalProperties,
      after.additionalProperties,
    );
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const a = before[key] ?? [];
    const b = after[key] ?? [];
    if (a.length !== b.length || a.some((m, i) => (m.ref ?? '') !== (b[i]?.ref ?? ''))) {
      const rule: RuleName =
        key === 'allOf'
          ? 'allOf members changed'
          : b.length > a.length
            ? 'union member added'
            : 'union member removed';
      add(
        rule,
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
      'discriminator changed',
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
      add('schema deprecation changed', `deprecated ${Boolean(b)} → ${Boolean(a)}`, b, a);
    } else {
      add(
        key === 'nullable' && a === true ? 'became nullable' : 'constraint changed',
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
      out.add('media type added', {
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
      out.add('media type removed', {
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
    out.add('operation moved', {
      location: id,
      direction: 'request',
      message: `${before.method.toUpperCase()} ${before.path} → ${after.method.toUpperCase()} ${after.path}`,
      before: `${before.method} ${before.path}`,
      after: `${after.method} ${after.path}`,
    });
  }
  if (before.deprecated !== after.deprecated) {
    out.add('operation deprecation changed', {
      location: id,
      direction: 'none',
      message: after.deprecated ? 'operation deprecated' : 'operation no longer deprecated',
    });
  }
  if (!same(before.docs, after.docs)) {
    out.add('docs changed', {
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
      out.add('parameter renamed', {
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
    out.add(p.required ? 'required parameter added' : 'optional parameter added', {
      location: `${id} ${p.in}.${p.name}`,
      direction: 'request',
      message: `${p.required ? 'required' : 'optional'} ${p.in} parameter ${p.name} added`,
    });
  }
  for (const key of removed) {
    const p = before.parameters[key];
    if (!p) continue;
    out.add('parameter removed', {
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
      out.add(now.required ? 'parameter became required' : 'parameter became optional', {
        location,
        direction: 'request',
        message: now.required
          ? `parameter ${now.name} became required`
          : `parameter ${now.name} became optional`,
      });
    }
    if (was.style !== now.style || was.explode !== now.explode) {
      out.add('parameter serialization changed', {
        location,
        direction: 'request',
        message: `serialization changed (style ${was.style ?? 'default'} → ${now.style ?? 'default'}, explode ${was.explode ?? 'default'} → ${now.explode ?? 'default'})`,
      });
    }
    if (was.deprecated !== now.deprecated) {
      out.add('parameter deprecation changed', {
        location,
        direction: 'request',
        message: now.deprecated ? 'parameter deprecated' : 'parameter no longer deprecated',
      });
    }
    if (!same(was.docs, now.docs)) {
      out.add('docs changed', {
        location,
        direction: 'none',
        message: 'parameter description changed',
      });
    }
    diffSchema(out, was.schema, now.schema, location, 'request');
  }
  const bodyLocation = `${id} requestBody`;
  if (!before.requestBody && after.requestBody) {
    out.add(
      after.requestBody.required ? 'required request body added' : 'optional request body added',
      {
        location: bodyLocation,
        direction: 'request',
        message: `${after.requestBody.required ? 'required' : 'optional'} request body added`,
      },
    );
  } else if (before.requestBody && !after.requestBody) {
    out.add('request body removed', {
      location: bodyLocation,
      direction: 'request',
      message: 'request body removed',
    });
  } else if (before.requestBody && after.requestBody) {
    if (before.requestBody.required !== after.requestBody.required) {
      out.add(
        after.requestBody.required
          ? 'request body became required'
          : 'request body became optional',
        {
          location: bodyLocation,
          direction: 'request',
          message: after.requestBody.required
            ? 'request body became required'
            : 'request body became optional',
        },
      );
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
      out.add(status.startsWith('2') ? 'success response added' : 'error response added', {
        location,
        direction: 'response',
        message: `response ${status} added`,
      });
      continue;
    }
    if (!same(was.docs, now.docs))
      out.add('docs changed', {
        location,
        direction: 'none',
        message: 'response description changed',
      });
    for (const header of now.headers) {
      if (!was.headers.includes(header))
        out.add('response header documented', {
          location,
          direction: 'response',
          message: `response header ${header} documented`,
        });
    }
    for (const header of was.headers) {
      if (!now.headers.includes(header))
        out.add('response header undocumented', {
          location,
          direction: 'response',
          message: `response header ${header} no longer documented`,
        });
    }
    diffContent(out, was.content, now.content, location, 'response');
  }
  for (const status of Object.keys(before.responses)) {
    if (!(status in after.responses)) {
      out.add(status.startsWith('2') ? 'success response removed' : 'error response removed', {
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
    out.add(lost ? 'accepted credentials lost' : 'accepted credentials added', {
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
      out.add(`${what} added`, {
        location: id,
        direction: 'none',
        message: `${what} ${id} added (${op.method.toUpperCase()} ${op.path})`,
      });
  }
  for (const [id, op] of Object.entries(before)) {
    if (!(id in after))
      out.add(`${what} removed`, {
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
      out.add('schema added', {
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
      out.add('schema removed', {
        location: `#/components/schemas/${name}`,
        direction: schemaDirection(before, name),
        message: `schema ${name} removed (its exported type disappears)`,
      });
    }
  }
  for (const [name, scheme] of Object.entries(after.securitySchemes)) {
    const was = before.securitySchemes[name];
    if (!was)
      out.add('security scheme added', {
        location: `securitySchemes.${name}`,
        direction: 'request',
        message: `security scheme ${name} added`,
      });
    else if (!same(was, scheme))
      out.add('security scheme changed', {
        location: `securitySchemes.${name}`,
        direction: 'request',
        message: `security scheme ${name} changed`,
        before: was,
        after: scheme,
      });
  }
  for (const name of Object.keys(before.securitySchemes)) {
    if (!(name in after.securitySchemes))
      out.add('security scheme removed', {
        location: `securitySchemes.${name}`,
        direction: 'request',
        message: `security scheme ${name} removed`,
      });
  }
  if (!same(before.servers, after.servers)) {
    const lost = before.servers.some((s) => !after.servers.includes(s));
    out.add(lost ? 'server lost' : 'server added', {
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
