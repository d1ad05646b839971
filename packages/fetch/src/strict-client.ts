import type { FetchResponse, MaybeOptionalInit, Middleware } from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod } from 'openapi-typescript-helpers';

type InitFor<Paths, Path extends keyof Paths, Method extends HttpMethod> = MaybeOptionalInit<
  Paths[Path],
  Method & keyof Paths[Path]
>;

type InitArgs<Init> = undefined extends Init ? [init?: NonNullable<Init>] : [init: Init];

type OperationOf<Paths, Path extends keyof Paths, Method extends HttpMethod> = Paths[Path][Method &
  keyof Paths[Path]] extends infer Operation extends Record<string | number, unknown>
  ? Operation
  : never;

/**
 * One HTTP method of a {@link StrictClient}. Unlike openapi-fetch's own method type, the options
 * are not inferred from the call, so TypeScript's excess-property check rejects misspelled
 * parameter names (`capabilities` where the operation takes `capability`) at compile time.
 */
export type StrictClientMethod<Paths extends {}, Method extends HttpMethod> = <
  Path extends PathsWithMethod<Paths, Method>,
>(
  url: Path,
  ...init: InitArgs<InitFor<Paths, Path, Method>>
) => Promise<
  FetchResponse<OperationOf<Paths, Path, Method>, InitFor<Paths, Path, Method>, MediaType>
>;

/** An openapi-fetch client whose calls reject unknown parameter and body property names. */
export interface StrictClient<Paths extends {}> {
  /** Calls an operation by HTTP method name. */
  request<Method extends HttpMethod, Path extends PathsWithMethod<Paths, Method>>(
    method: Method,
    url: Path,
    ...init: InitArgs<InitFor<Paths, Path, Method>>
  ): Promise<
    FetchResponse<OperationOf<Paths, Path, Method>, InitFor<Paths, Path, Method>, MediaType>
  >;
  /** Calls a GET operation. */
  GET: StrictClientMethod<Paths, 'get'>;
  /** Calls a PUT operation. */
  PUT: StrictClientMethod<Paths, 'put'>;
  /** Calls a POST operation. */
  POST: StrictClientMethod<Paths, 'post'>;
  /** Calls a DELETE operation. */
  DELETE: StrictClientMethod<Paths, 'delete'>;
  /** Calls a PATCH operation. */
  PATCH: StrictClientMethod<Paths, 'patch'>;
  /** Registers middleware (logging, tracing, retries) on every request. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware registered with `use`. */
  eject(...middleware: Middleware[]): void;
}
