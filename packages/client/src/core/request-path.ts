/**
 * What a call runs, loaded on the first call (`loadRequestPath`): argument checks, the request
 * and retry loop, the billing checks, date revival, response shape checks, our Numbers metadata
 * and the Numbers endpoint with its auth (the OAuth2 token provider). Importing the client parses
 * none of it, and a bundle downloads it on first use.
 */
import { createReviverCompiler, createShapeChecker } from '@sinch-numbers/fetch/meta';
import type { ApiMeta, ClientContext } from './context.js';

// Its options were checked when the client was constructed (`checkNumbersEndpointOptions`).
export { createNumbersEndpoint } from '@sinch-numbers/fetch/core';
export { rentWithRecovery } from '../numbers/billing.js';
export { callByOperationId } from './by-operation-id.js';
export { listPage, listSummary } from './list-page.js';
export { numbersApi } from './numbers-api.js';
export { pageItems, walkPages, withPageResponse } from './page-walk.js';
export { callOperation, callRaw, operationMeta } from './request.js';
export { unwrapBody } from './unwrap-body.js';

/** The client-wide part of every API's context. */
export type SharedSettings = Omit<
  ClientContext,
  'api' | 'endpoint' | 'canRefreshAuth' | 'tokenUrl' | 'metaOption' | 'reviverFor' | 'shapeCheckFor'
>;

/** What one API adds to the shared settings. */
export type ApiSetup = Pick<
  ClientContext,
  'endpoint' | 'canRefreshAuth' | 'tokenUrl' | 'metaOption'
>;

/** The context of one API: the shared settings, its setup, and the checks its schemas compile to. */
export function createContext(
  shared: SharedSettings,
  api: ApiMeta,
  setup: ApiSetup,
): ClientContext {
  return {
    ...shared,
    ...setup,
    api,
    reviverFor: createReviverCompiler(api.schemas),
    shapeCheckFor: createShapeChecker(api.schemas),
  };
}
