/**
 * The official SDK (`@sinch/sdk-core`) nests request bodies under one key
 * (`rent({ phoneNumber, rentNumberRequestBody: { smsConfiguration } })`); this client takes them
 * flat (`rent({ phoneNumber, smsConfiguration })`). Methods with a body accept both: the nested
 * form is unwrapped into the flat one before the arguments are checked, so validation, retries
 * and errors are the same whichever form a caller uses.
 */
import { ValidationError } from './errors.js';
import type { Simplify } from './operation-types.js';

/**
 * The official SDK's argument shape for a method whose flat arguments are `Args`: the parameters
 * named in `Params` beside a `Key` that holds the body fields.
 */
export type NestedBody<Args, Params extends keyof Args, Key extends string> = Simplify<
  Pick<Args, Params> & { [K in Key]?: Simplify<Omit<Args, Params>> }
>;

/**
 * The flat arguments of a call given in either form. A body given both nested and beside it is
 * refused, naming the field, rather than silently preferring one.
 */
export function unwrapBody(args: object, key: string, label: string): object {
  if (args === null || typeof args !== 'object' || !(key in args)) return args;
  const { [key]: body, ...rest } = args as Record<string, unknown>;
  if (body === undefined) return rest;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError(label, [{ field: key, expected: 'must be an object' }]);
  }
  const twice = Object.keys(body).find((name) => name in rest);
  if (twice !== undefined) {
    throw new ValidationError(label, [
      { field: twice, expected: `is given both in ${key} and beside it: use one form` },
    ]);
  }
  return { ...rest, ...body };
}
