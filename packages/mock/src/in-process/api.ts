/**
 * The two APIs the in-process mock serves, described by the same generated metadata the clients
 * use (operations, parameters, schemas, `x-sdk` policy) plus the spec's response examples, which
 * are extracted at build time (see `copy-specs.mjs`).
 */
import type { MetaOperation, MetaSchema } from '@sinch-numbers/fetch/meta';
import * as numbersMeta from '@sinch-numbers/fetch/numbers-meta';
import * as voiceMeta from '@sinch-numbers/fetch/voice-meta';
import specExamples from '../../specs/examples.json' with { type: 'json' };

/** Which of the two APIs a request belongs to. */
export type ApiName = 'numbers' | 'voice';

/** One documented response of an operation, as the spec shows it. */
export interface DocumentedResponse {
  readonly example: unknown;
  readonly examples: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, unknown>>;
}

/** One operation as the mock routes it. */
export interface Route {
  readonly api: ApiName;
  readonly operationId: string;
  readonly operation: MetaOperation;
  readonly schemas: Readonly<Record<string, MetaSchema>>;
  /** Path parameter names, in the order of `pattern`'s groups. */
  readonly pathParams: readonly string[];
  /** Matches the pathname (after any base path) and captures the path parameters. */
  readonly pattern: RegExp;
  /** Documented responses by status (`'200'`, `'404'`...). */
  readonly responses: Readonly<Record<string, DocumentedResponse>>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function routesOf(
  api: ApiName,
  operations: Readonly<Record<string, MetaOperation>>,
  schemas: Readonly<Record<string, MetaSchema>>,
  examples: Readonly<Record<string, Record<string, DocumentedResponse>>>,
): Route[] {
  return Object.entries(operations).map(([operationId, operation]) => {
    const pathParams: string[] = [];
    const source = operation.path
      .split(/(\{[^}]+\})/)
      .map((part) => {
        if (!part.startsWith('{')) return escapeRegExp(part);
        pathParams.push(part.slice(1, -1));
        // No ':' in a value, so `/activeNumbers/{phoneNumber}:release` is not `.../{phoneNumber}`.
        return '([^/:?#]+)';
      })
      .join('');
    return {
      api,
      operationId,
      operation,
      schemas,
      pathParams,
      pattern: new RegExp(`${source}$`),
      responses: examples[operationId] ?? {},
    };
  });
}

/** Every operation of both specs (22 Numbers, 6 Voice). */
export const ROUTES: readonly Route[] = [
  ...routesOf('numbers', numbersMeta.operations, numbersMeta.schemas, specExamples.numbers),
  ...routesOf(
    'voice',
    voiceMeta.operations,
    voiceMeta.schemas,
    specExamples.voice as Record<string, Record<string, DocumentedResponse>>,
  ),
];

/** The spec's example callback events, by example name (`campaignLinked`, `orderCompleted`...). */
export const CALLBACK_EXAMPLES = specExamples.callbacks as Readonly<Record<string, unknown>>;

/** Finds the route of a method and pathname, with its decoded path parameters. */
export function findRoute(
  method: string,
  pathname: string,
): { route: Route; path: Record<string, string> } | undefined {
  const verb = method.toLowerCase();
  for (const route of ROUTES) {
    if (route.operation.method !== verb) continue;
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const path: Record<string, string> = {};
    route.pathParams.forEach((name, i) => {
      path[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { route, path };
  }
  return undefined;
}

/** Looks an operation up by operationId or by its high-level name (`activeNumber.get`). */
export function routeNamed(name: string): Route | undefined {
  return ROUTES.find((route) => route.operationId === name || route.operation.name === name);
}
