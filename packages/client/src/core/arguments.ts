/**
 * Flat arguments → path, query and body, checked against the spec before any request is sent.
 */
import { pathValueProblem, type RequestParts } from '@sinch-numbers/fetch';
import {
  checkValue,
  type Issue,
  type MetaOperation,
  unknownFieldHint,
} from '@sinch-numbers/fetch/meta';
import type { operations as numbersOperations } from '@sinch-numbers/fetch/numbers-meta';
import type { operations as voiceOperations } from '@sinch-numbers/fetch/voice-meta';
import type { ApiMeta } from './context.js';
import { ValidationError } from './errors.js';

/** An operationId of one of our specs. */
export type OperationId = keyof typeof numbersOperations | keyof typeof voiceOperations;

/**
 * Splits flat arguments into path, query and body by the spec's parameter names, and checks all
 * of them (a path value that would climb or drop a segment included). The operation's method
 * name (such as `activeNumber.get`) starts every message.
 *
 * @throws ValidationError listing every problem found.
 */
export function prepareArguments(
  api: ApiMeta,
  operationId: OperationId,
  args: object,
): RequestParts {
  const meta = api.operations[operationId] as MetaOperation;
  const { schemas } = api;
  const issues: Issue[] = [];
  if (typeof args !== 'object' || args === null || Array.isArray(args)) {
    throw new ValidationError(meta.name, [
      { field: '(arguments)', expected: 'must be an object of named arguments' },
    ]);
  }
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const bodyFields: Record<string, unknown> = {};
  const parameters = meta.parameters;
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    if (name === '__proto__') {
      // Assigned below it would replace the prototype and smuggle fields past the checks.
      issues.push({ field: name, expected: 'is not allowed (a prototype key)' });
      continue;
    }
    const parameter = parameters[name];
    if (parameter?.in === 'path') path[name] = value;
    else if (parameter?.in === 'query') query[name] = value;
    else bodyFields[name] = value;
  }
  for (const [name, parameter] of Object.entries(parameters)) {
    const value = parameter.in === 'path' ? path[name] : query[name];
    if (value === undefined) {
      if (parameter.required || parameter.in === 'path') {
        issues.push({ field: name, expected: 'is required' });
      }
      continue;
    }
    const problem = parameter.in === 'path' ? pathValueProblem(value) : undefined;
    if (problem) issues.push({ field: name, expected: problem });
    else checkValue(value, parameter.schema, name, schemas, issues);
  }
  let body: unknown;
  if (meta.body) {
    body = bodyFields;
    checkValue(bodyFields, meta.body.schema, '', schemas, issues);
  } else {
    const allowed = Object.keys(parameters);
    for (const name of Object.keys(bodyFields)) {
      issues.push({ field: name, expected: unknownFieldHint(name, allowed) });
    }
  }
  if (issues.length) throw new ValidationError(meta.name, issues);
  return { path, query, body };
}
