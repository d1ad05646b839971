/**
 * Path parameters, serialized by openapi-fetch's own `defaultPathSerializer` with two rules on
 * top, applied by both clients so they send the same URL:
 * - a value that is empty, `.` or `..` is refused: once in the URL it would drop or climb a
 *   segment and send the request somewhere else (`numberOrderId: '..'` turns
 *   `/numberOrders/{numberOrderId}/submit` into `/submit`);
 * - `+` goes unencoded, as the official SDK sends a phone number (RFC 3986 allows it in a
 *   segment, and the Voice signature covers the path as sent).
 */
import { defaultPathSerializer } from 'openapi-fetch';

const PLACEHOLDER = /\{[^{}]+\}/g;
const ENCODED_PLUS = /%2B/g;

/** A path parameter whose value would change which resource a request goes to. */
export class PathParameterError extends TypeError {
  /** The parameter's name, e.g. `numberOrderId`. */
  readonly field: string;
  /** What is wrong with its value, in words. */
  readonly problem: string;

  /** @param field - the parameter's name. @param problem - what is wrong with its value. */
  constructor(field: string, problem: string) {
    super(`${field} ${problem}`);
    this.name = 'PathParameterError';
    this.field = field;
    this.problem = problem;
  }
}

/**
 * What is wrong with a path parameter value, or undefined when it is fine: empty, `.` and `..`
 * are dot segments (or no segment) once in a URL.
 */
export function pathValueProblem(value: unknown): string | undefined {
  if (value === '') return 'must not be empty (it would drop a path segment)';
  if (value === '.' || value === '..') {
    return `must not be '${value}' (a dot segment would send the request to another path)`;
  }
  return undefined;
}

// `{.name}`, `{;name}` and `{name*}`: openapi-fetch's label, matrix and explode styles.
const STYLED = /^[.;]|\*$/;

/**
 * Fills the `{name}` placeholders of `pathname` (which may start with the base URL, as
 * openapi-fetch passes it) from `params`. Has openapi-fetch's `pathSerializer` signature.
 *
 * @throws PathParameterError when a value is empty, `.` or `..`.
 */
export function serializePath(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(PLACEHOLDER, (placeholder) => {
    const inner = placeholder.slice(1, -1);
    const styled = STYLED.test(inner);
    const name = styled ? inner.replace(/^[.;]/, '').replace(/\*$/, '') : inner;
    const value = params[name];
    if (value === undefined || value === null) return placeholder;
    const problem = pathValueProblem(typeof value === 'string' ? value : String(value));
    if (problem) throw new PathParameterError(name, problem);
    // openapi-fetch's simple style writes a string or number as `encodeURIComponent(value)`;
    // every other case (arrays, objects, label and matrix styles) goes through its serializer.
    const serialized =
      !styled && (typeof value === 'string' || typeof value === 'number')
        ? encodeURIComponent(value)
        : defaultPathSerializer(placeholder, params);
    return serialized.replace(ENCODED_PLUS, '+');
  });
}
