import * as openapiFetch from 'openapi-fetch';

type CreateClient = typeof openapiFetch.default;

/**
 * openapi-fetch's `createClient`, from either of its builds. Its CommonJS build sets
 * `exports.default` without an `__esModule` marker, so in our CommonJS output (which imports it
 * the way Node does) the default import is the whole exports object, and `createClient` is its
 * `default`. A plain function (not a value computed at load time) keeps it tree-shakable for
 * bundles that never create a low-level client.
 */
export const createClient: CreateClient = (options) => {
  const imported = openapiFetch.default as CreateClient | { default: CreateClient };
  return (typeof imported === 'function' ? imported : imported.default)(options);
};
