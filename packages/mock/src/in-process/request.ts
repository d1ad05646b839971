/**
 * Reads a request the way the API would: path, query and body taken apart and checked against the
 * spec with the same metadata and checker the client uses, so a mistake is reported with the field
 * and the rule it broke rather than with a canned example.
 */
import { checkValue, deref, type Issue, unknownFieldHint } from '@sinch-numbers/fetch/meta';
import type { ApiName, Route } from './api.js';

/** A request taken apart and checked. */
export interface OperationCall {
  readonly route: Route;
  readonly request: Request;
  /** The projectId of a Numbers path (empty for Voice). */
  readonly projectId: string;
  /** Path parameters, decoded. */
  readonly path: Readonly<Record<string, string>>;
  /** Query parameters converted to the types the spec gives them. */
  readonly query: Readonly<Record<string, unknown>>;
  /** The parsed body: JSON, or the fields of a multipart form. */
  readonly body: unknown;
}

/** Turns a query value into the type its schema says (so `pageSize=abc` fails as an integer). */
function coerce(values: string[], schema: ReturnType<typeof deref>, route: Route): unknown {
  if (schema.type === 'array') {
    const item = deref(schema.items ?? {}, route.schemas);
    return values.map((value) => coerce([value], item, route));
  }
  const value = values[values.length - 1] ?? '';
  if (schema.type === 'integer' || schema.type === 'number') {
    return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  if (schema.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

async function readBody(route: Route, request: Request, issues: Issue[]): Promise<unknown> {
  const spec = route.operation.body;
  const text = spec?.mediaType === 'multipart/form-data' ? undefined : await request.text();
  if (!spec) return undefined;
  if (spec.mediaType === 'multipart/form-data') {
    try {
      const form = await request.formData();
      return Object.fromEntries(form.entries());
    } catch {
      if (spec.required) issues.push({ field: '(body)', expected: 'must be a multipart form' });
      return undefined;
    }
  }
  if (!text) {
    if (spec.required) issues.push({ field: '(body)', expected: 'is required' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    issues.push({ field: '(body)', expected: 'must be JSON' });
    return undefined;
  }
}

/** Whether the request carries credentials of the kind `api` accepts. */
export function hasCredentials(api: ApiName, request: Request): boolean {
  const authorization = request.headers.get('authorization') ?? '';
  if (api === 'numbers') return /^(Basic|Bearer) \S+/i.test(authorization);
  return /^(Basic|Application|Instance) \S+/i.test(authorization);
}

/**
 * Takes `request` apart along `route` and checks every part. Returns the call, or the issues that
 * would make the API answer `400`.
 */
export async function readCall(
  route: Route,
  request: Request,
  path: Readonly<Record<string, string>>,
): Promise<{ call: OperationCall; issues: Issue[] }> {
  const issues: Issue[] = [];
  const url = new URL(request.url);
  const parameters = route.operation.parameters;
  for (const [name, value] of Object.entries(path)) {
    const parameter = parameters[name];
    if (parameter) checkValue(value, parameter.schema, name, route.schemas, issues);
  }
  const query: Record<string, unknown> = {};
  const known = Object.entries(parameters)
    .filter(([, p]) => p.in === 'query')
    .map(([name]) => name);
  for (const name of new Set(url.searchParams.keys())) {
    const parameter = parameters[name];
    if (parameter?.in !== 'query') {
      issues.push({ field: name, expected: unknownFieldHint(name, known) });
      continue;
    }
    const schema = deref(parameter.schema, route.schemas);
    query[name] = coerce(url.searchParams.getAll(name), schema, route);
    checkValue(query[name], parameter.schema, name, route.schemas, issues);
  }
  for (const [name, parameter] of Object.entries(parameters)) {
    if (parameter.in === 'query' && parameter.required && query[name] === undefined) {
      issues.push({ field: name, expected: 'is required' });
    }
  }
  const body = await readBody(route, request, issues);
  if (body !== undefined && route.operation.body) {
    checkValue(body, route.operation.body.schema, '', route.schemas, issues);
  }
  const call: OperationCall = {
    route,
    request,
    projectId: path.projectId ?? '',
    path,
    query,
    body,
  };
  return { call, issues };
}
