import type { AuthMiddleware } from './auth/types.js';
import type { paths } from './generated/numbers.js';
import { numbersTarget } from './numbers-endpoint.js';
import type { NumbersClientOptions } from './numbers-servers.js';
import { createClient } from './openapi-fetch.js';
import { serializePath } from './path.js';
import type { ProjectScoped } from './project-scope.js';
import type { StrictClient } from './strict-client.js';

/** The generated Numbers paths, with `projectId` filled in by the client. */
export type NumbersPaths = ProjectScoped<paths>;

/**
 * A typed openapi-fetch client for the Numbers API, scoped to one project.
 *
 * @typeParam Paths - the generated `paths` it is typed by: ours by default, or those a user
 * generated from a newer document (`npx @sinch-numbers/fetch generate`).
 */
export interface NumbersClient<Paths extends {} = paths>
  extends StrictClient<ProjectScoped<Paths>> {
  /** The project filled into every path. */
  readonly projectId: string;
  /** The auth middleware in use; `auth.invalidate()` forces a new token on the next call. */
  readonly auth: AuthMiddleware;
}

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'] as const;

type AnyInit = { params?: { path?: Record<string, unknown> } } & Record<string, unknown>;
type AnyMethod = (path: string, init?: AnyInit) => Promise<unknown>;

/**
 * Creates a typed client for the Numbers API on top of openapi-fetch. Paths, parameters, bodies
 * and responses are checked against `spec/numbers.yaml`, or against the `paths` you generated
 * from a newer document and pass as the type parameter; `projectId` is filled in for you.
 *
 * @typeParam Paths - the generated `paths` to type the client by. @defaultValue ours
 *
 * @example
 * ```ts
 * const numbers = createNumbersClient({
 *   projectId: 'my-project-id',
 *   auth: { type: 'oauth2', keyId: 'key-id', keySecret: 'key-secret' },
 * });
 * const { data, error } = await numbers.GET('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', {
 *   params: { path: { phoneNumber: '+12025550134' } },
 * });
 *
 * // Typed by types generated from a newer document:
 * import type { paths } from './sinch/numbers.js';
 * const next = createNumbersClient<paths>({ projectId: 'my-project-id', auth });
 * ```
 */
export function createNumbersClient<Paths extends {} = paths>(
  options: NumbersClientOptions,
): NumbersClient<Paths> {
  const endpoint = numbersTarget(options);
  const { projectId } = endpoint.pathDefaults as { projectId: string };
  const inner = createClient<NumbersPaths>({
    baseUrl: endpoint.baseUrl,
    fetch: options.fetch,
    headers: endpoint.headers,
    pathSerializer: serializePath,
  });
  inner.use(endpoint.auth);

  const withProject = (init: AnyInit | undefined): AnyInit => ({
    ...init,
    params: { ...init?.params, path: { projectId, ...init?.params?.path } },
  });
  const scoped: Record<string, unknown> = {
    use: inner.use,
    eject: inner.eject,
    projectId,
    auth: endpoint.auth,
  };
  for (const method of METHODS) {
    const call = inner[method] as unknown as AnyMethod;
    scoped[method] = (path: string, init?: AnyInit) => call(path, withProject(init));
  }
  const request = inner.request as unknown as (m: string, p: string, i?: AnyInit) => unknown;
  scoped.request = (method: string, path: string, init?: AnyInit) =>
    request(method, path, withProject(init));
  return scoped as unknown as NumbersClient<Paths>;
}
