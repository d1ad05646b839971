/**
 * Metadata a user generated from a newer document keeps this release's policy for the
 * operations both know, where that document declares none: the vendor's own document has no
 * `x-sdk`, and without this a regenerated `rentAny` would lose its billable flag (an ambiguous
 * failure would no longer be reported as one), reads their retries and lists their pages.
 */
import type { ApiMeta, MetaOperation } from '@sinch-numbers/fetch/meta';

/** The fields of an operation that are policy, not wire shape. */
type Policy = Pick<MetaOperation, 'name' | 'retry' | 'billable' | 'pagination'>;

function policyOf(operation: MetaOperation): Policy {
  const { name, retry, billable, pagination } = operation;
  return {
    name,
    retry,
    ...(billable ? { billable } : {}),
    ...(pagination ? { pagination } : {}),
  };
}

/**
 * `given` with each operation that declares no policy of its own (`defaultPolicy`) and that
 * `known` also has taking `known`'s policy; its parameters, body and response stay `given`'s.
 */
export function withKnownPolicies(given: ApiMeta, known: ApiMeta): ApiMeta {
  let operations: Record<string, MetaOperation> | undefined;
  for (const [id, operation] of Object.entries(given.operations)) {
    const ours = Object.hasOwn(known.operations, id) ? known.operations[id] : undefined;
    if (!operation.defaultPolicy || !ours) continue;
    const {
      name: _,
      retry: __,
      billable: ___,
      pagination: ____,
      defaultPolicy: _____,
      ...shape
    } = operation;
    operations ??= { ...given.operations };
    operations[id] = { ...shape, ...policyOf(ours) };
  }
  return operations ? { operations, schemas: given.schemas } : given;
}
