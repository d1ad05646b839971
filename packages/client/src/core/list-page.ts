/**
 * One page of a list operation, loaded with the request path: the call for a page token and the
 * page read from its answer, where the spec's `x-sdk.pagination` says the token, the items and
 * the total are. `OperationGroup.paged` hands it to the `PagePromise` a list call returns.
 */
import type { CallOptions, ClientContext } from './context.js';
import type { RequestSummary } from './errors.js';
import type { RawPage } from './pagination.js';
import { callOperation, type OperationId, operationMeta } from './request.js';

/** The page of a list operation for a page token (`undefined` for the first page). */
export async function listPage<T>(
  ctx: ClientContext,
  operationId: OperationId,
  args: object,
  options: CallOptions | undefined,
  pageToken: string | undefined,
): Promise<RawPage<T>> {
  const pagination = operationMeta(ctx, operationId).pagination;
  if (!pagination) throw new TypeError(`${String(operationId)} is not a list operation`);
  const tokenParameter = pagination.pageToken;
  const request =
    pageToken === undefined || tokenParameter === undefined
      ? args
      : { ...args, [tokenParameter]: pageToken };
  const { data, response } = await callOperation(ctx, operationId, request, options);
  const page = data as Record<string, unknown> | undefined;
  return {
    data: (page?.[pagination.items] as T[] | undefined) ?? [],
    nextPageToken: pagination.nextPageToken
      ? (page?.[pagination.nextPageToken] as string | undefined)
      : undefined,
    totalSize: pagination.totalSize
      ? (page?.[pagination.totalSize] as number | undefined)
      : undefined,
    itemsField: pagination.items,
    response,
  };
}

/** The list operation as errors about its pages name it. */
export function listSummary(ctx: ClientContext, operationId: OperationId): RequestSummary {
  const meta = operationMeta(ctx, operationId);
  return { operationId, name: meta.name, method: meta.method.toUpperCase(), url: meta.path };
}
