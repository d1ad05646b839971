import * as openapiFetch from 'openapi-fetch';

type CreateClient = typeof openapiFetch.default;

/**
 * openapi-fetch's `createClient`, from either of its builds. Its CommonJS build sets
 * `exports.default` without an `__esModule` marker, so in our CommonJS output (which imports it
 * the way Node does) the default import is the whole exports object, and `createClient` is its
 * `default`. Picking the function here keeps both builds working.
 */
export const createClient: CreateClient = (() => {
  const imported = openapiFetch.default as CreateClient | { default: CreateClient };
  return typeof imported === 'function' ? imported : imported.default;
})();
