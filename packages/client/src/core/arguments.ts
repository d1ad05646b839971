/**
 * Flat arguments → path, query and body, checked against the spec before any request is sent.
 */
import { pathValueProblem, type RequestParts } from '@sinch-numbers/fetch/core';
import {
  checkValue,
  type Issue,
  type MetaOperation,
  unknownFieldHint,
} from '@sinch-numbers/fetch/meta';
import type { operations as numbersOperations } from '@sinch-numbers/fetch/numbers-meta';
import type { operations as voiceOperations } from '@sinch-numbers/fetch/voice-meta';
import type { ApiMeta, ValidationMode } from './context.js';
import { ValidationError } from './errors.js';

/** An operationId of one of our specs. */
export type OperationId = keyof typeof numbersOperations | keyof typeof voiceOperations;

/**
 * Splits flat arguments into path, query and body by the spec's parameter names, and checks all
 * of them (a path value that would climb or drop a segment included). The operation's method
 * name (such as `activeNumber.get`) starts every message. `'warn'` hands the problems to
 * `report` and sends anyway, `'off'` does not check; either way an argument the spec does not
 * name goes in the body, or in the query of a call without one, so a field Sinch adds can be
 * sent before this client knows it. Path parameters are required and checked in every mode:
 * without them there is no URL.
 *
 * @throws ValidationError listing every problem found.
 */
export function prepareArguments(
  api: ApiMeta,
  operationId: OperationId,
  args: object,
  mode: ValidationMode = 'strict',
  report?: (issues: readonly Issue[]) => void,
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
  for (const name of Object.keys(args)) {
    const value = (args as Record<string, unknown>)[name];
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
  const checking = mode !== 'off';
  // Listed with the others when strict; thrown alone otherwise, as nothing can be sent.
  const pathIssue = (field: string, expected: string) => {
    if (mode === 'strict') issues.push({ field, expected });
    else throw new ValidationError(meta.name, [{ field, expected }]);
  };
  for (const name of Object.keys(parameters)) {
    const parameter = parameters[name] as (typeof parameters)[string];
    const value = parameter.in === 'path' ? path[name] : query[name];
    if (value === undefined) {
      if (parameter.in === 'path') pathIssue(name, 'is required');
      else if (parameter.required) issues.push({ field: name, expected: 'is required' });
      continue;
    }
    const problem = parameter.in === 'path' ? pathValueProblem(value) : undefined;
    if (problem) pathIssue(name, problem);
    else if (checking) checkValue(value, parameter.schema, name, schemas, issues);
  }
  let body: unknown;
  if (meta.body) {
    body = bodyFields;
    if (checking) checkValue(bodyFields, meta.body.schema, '', schemas, issues);
  } else {
    const allowed = Object.keys(parameters);
    for (const name of Object.keys(bodyFields)) {
      issues.push({ field: name, expected: unknownFieldHint(name, allowed) });
    }
    if (mode !== 'strict') Object.assign(query, bodyFields);
  }
  if (issues.length && mode === 'strict') throw new ValidationError(meta.name, issues);
  if (issues.length && mode === 'warn') report?.(issues);
  return { path, query, body };
}
