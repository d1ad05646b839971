/**
 * The two APIs the in-process mock serves, described by the same generated metadata the clients
 * use (operations, parameters, schemas, `x-sdk` policy) plus the spec's response examples, which
 * are extracted at build time (see `copy-specs.ts`); or by a user's metadata and document, for a
 * newer version of an API than this release carries.
 */
import type { ApiMeta, MetaOperation, MetaSchema } from '@sinch-numbers/fetch/meta';
import * as numbersMeta from '@sinch-numbers/fetch/numbers-meta';
import * as voiceMeta from '@sinch-numbers/fetch/voice-meta';
import specExamples from '../../specs/examples.json' with { type: 'json' };
import { type DocumentedResponse, examplesOf } from './spec-examples.js';

export type { DocumentedResponse };

/** Which of the two APIs a request belongs to. */
export type ApiName = 'numbers' | 'voice';

/**
 * A newer version of one API for the mock to serve: the metadata `npx @sinch-numbers/fetch
 * generate` wrote (`import * as numbersMeta from './sinch/numbers-meta.js'`) and the parsed
 * document it was generated from, whose response examples are the answers.
 */
export interface MockSpec {
  /** The generated metadata: requests are routed and checked by it. */
  readonly meta: ApiMeta;
  /**
   * The parsed OpenAPI document (the YAML or JSON file as an object). Without it, operations
   * this release also has answer our examples and new ones an empty `200`.
   */
  readonly document?: unknown;
}

/** The specs a mock serves instead of ours, per API. */
export interface MockSpecs {
  /** The Numbers API's newer metadata and document. */
  readonly numbers?: MockSpec;
  /** The Voice API's newer metadata and document. */
  readonly voice?: MockSpec;
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

const OUR_EXAMPLES = specExamples as unknown as Record<
  ApiName,
  Record<string, Record<string, DocumentedResponse>>
>;

/** The routes of one API: the given spec's, or ours. */
function apiRoutes(api: ApiName, ours: ApiMeta, given: MockSpec | undefined): Route[] {
  if (!given) return routesOf(api, ours.operations, ours.schemas, OUR_EXAMPLES[api]);
  const examples =
    given.document === undefined
      ? OUR_EXAMPLES[api]
      : { ...OUR_EXAMPLES[api], ...examplesOf(given.document) };
  return routesOf(api, given.meta.operations, given.meta.schemas, examples);
}

/** The routes of both APIs, from the given specs where there are some and ours otherwise. */
export function createRoutes(specs: MockSpecs = {}): Route[] {
  return [
    ...apiRoutes('numbers', numbersMeta, specs.numbers),
    ...apiRoutes('voice', voiceMeta, specs.voice),
  ];
}

/** Every operation of both specs (22 Numbers, 6 Voice). */
export const ROUTES: readonly Route[] = createRoutes();

/** The spec's example callback events, by example name (`campaignLinked`, `orderCompleted`...). */
export const CALLBACK_EXAMPLES = specExamples.callbacks as Readonly<Record<string, unknown>>;

/** Finds the route of a method and pathname, with its decoded path parameters. */
export function findRoute(
  method: string,
  pathname: string,
  routes: readonly Route[] = ROUTES,
): { route: Route; path: Record<string, string> } | undefined {
  const verb = method.toLowerCase();
  for (const route of routes) {
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
export function routeNamed(name: string, routes: readonly Route[] = ROUTES): Route | undefined {
  return routes.find((route) => route.operationId === name || route.operation.name === name);
}
