import type { RequiredKeysOf } from 'openapi-typescript-helpers';

/**
 * Rewrites generated `paths` so that the `projectId` path parameter becomes optional:
 * the client fills it in from its configuration, and a call may still pass one to override it.
 */
export type ProjectScoped<Paths> = {
  [Path in keyof Paths]: {
    [Key in keyof Paths[Path]]: Key extends 'parameters'
      ? ScopeParameters<Paths[Path][Key]>
      : ScopeOperation<Paths[Path][Key]>;
  };
};

type ScopeOperation<Operation> = Operation extends { parameters: infer Parameters }
  ? Omit<Operation, 'parameters'> & { parameters: ScopeParameters<Parameters> }
  : Operation;

type ScopeParameters<Parameters> = Parameters extends { path: infer PathParameters }
  ? Omit<Parameters, 'path'> & ScopePath<Omit<PathParameters, 'projectId'>>
  : Parameters;

// When projectId was the only required path parameter, `path` itself becomes optional, so
// openapi-fetch lets callers omit `params` altogether.
type ScopePath<Rest> = [RequiredKeysOf<Rest>] extends [never]
  ? { path?: Rest & { projectId?: string } }
  : { path: Rest & { projectId?: string } };
