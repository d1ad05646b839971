import { encodeBase64 } from './base64.js';
import type { AccessKey, AuthMiddleware } from './types.js';

/** The `Authorization` header value for HTTP Basic auth with an access key. */
export function basicAuthorization({ keyId, keySecret }: AccessKey): string {
  return `Basic ${encodeBase64(`${keyId}:${keySecret}`)}`;
}

/**
 * Middleware that sends the access key as HTTP Basic credentials on every request.
 *
 * @example
 * ```ts
 * client.use(basicAuth({ keyId: 'key-id', keySecret: 'key-secret' }));
 * ```
 */
export function basicAuth(key: AccessKey): AuthMiddleware {
  const headers = { Authorization: basicAuthorization(key) };
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', headers.Authorization);
      return request;
    },
    authorize: () => headers,
    invalidate() {},
  };
}
