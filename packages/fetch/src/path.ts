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

/** One `{...}` placeholder of a template: its text, the parameter it names and its style. */
interface Placeholder {
  readonly text: string;
  readonly name: string;
  /** `{name}`: a primitive value is just percent-encoded (openapi-fetch's simple style). */
  readonly simple: boolean;
}

/** A template cut once into literal text and placeholders: `literals` has one more entry. */
interface CompiledPath {
  readonly literals: readonly string[];
  readonly placeholders: readonly Placeholder[];
}

// Templates are few (the spec's paths, each with a base URL in front): bounded in practice,
// and capped so a caller passing ever-new paths to the raw request cannot grow it forever.
const compiledPaths = new Map<string, CompiledPath>();
const MAX_COMPILED_PATHS = 500;

function compilePath(pathname: string): CompiledPath {
  const cached = compiledPaths.get(pathname);
  if (cached) return cached;
  const literals: string[] = [];
  const placeholders: Placeholder[] = [];
  let from = 0;
  for (const match of pathname.matchAll(PLACEHOLDER)) {
    literals.push(pathname.slice(from, match.index));
    const text = match[0];
    const name = text.slice(1, -1).replace(/^[.;]/, '').replace(/\*$/, '');
    placeholders.push({ text, name, simple: text === `{${name}}` });
    from = match.index + text.length;
  }
  literals.push(pathname.slice(from));
  const compiled = { literals, placeholders };
  if (compiledPaths.size >= MAX_COMPILED_PATHS) compiledPaths.clear();
  compiledPaths.set(pathname, compiled);
  return compiled;
}

/** One placeholder filled as openapi-fetch fills it, with `+` left literal. */
function fill(placeholder: Placeholder, params: Record<string, unknown>): string {
  const value = params[placeholder.name];
  if (value === undefined || value === null) return placeholder.text;
  const problem = pathValueProblem(typeof value === 'string' ? value : String(value));
  if (problem) throw new PathParameterError(placeholder.name, problem);
  // openapi-fetch's simple style writes a string or number as `encodeURIComponent(value)`;
  // every other case (arrays, objects, label and matrix styles) goes through its serializer.
  const serialized =
    placeholder.simple && (typeof value === 'string' || typeof value === 'number')
      ? encodeURIComponent(value)
      : defaultPathSerializer(placeholder.text, params);
  return serialized.includes('%2B') ? serialized.replace(ENCODED_PLUS, '+') : serialized;
}

/**
 * Fills the `{name}` placeholders of `pathname` (which may start with the base URL, as
 * openapi-fetch passes it) from `params`. Has openapi-fetch's `pathSerializer` signature.
 * Each template is cut into pieces once and remembered, so a call only fills them in.
 *
 * @throws PathParameterError when a value is empty, `.` or `..`.
 */
export function serializePath(pathname: string, params: Record<string, unknown>): string {
  const { literals, placeholders } = compilePath(pathname);
  let url = literals[0] as string;
  for (let i = 0; i < placeholders.length; i++) {
    url += fill(placeholders[i] as Placeholder, params) + literals[i + 1];
  }
  return url;
}
