/** Documented error responses reach the caller with their status and parsed, typed body. */
import { describe, expect, it } from 'vitest';
import { NUMBER, numbersFetchClient, prefer } from '../support/fetch-client.js';

const cases = [
  { code: 400, status: 'INVALID_ARGUMENT' },
  { code: 401, status: 'UNAUTHENTICATED' },
  { code: 403, status: 'PERMISSION_DENIED' },
  { code: 404, status: 'NOT_FOUND' },
  { code: 429, status: 'RESOURCE_EXHAUSTED' },
  { code: 500, status: 'INTERNAL' },
] as const;

describe('error responses through the low-level client', () => {
  for (const { code, status } of cases) {
    it(`Prefer: code=${code} gives a ${status} error body`, async () => {
      const { client } = numbersFetchClient();
      const { data, error, response } = await client.POST(
        '/v1/projects/{projectId}/activeNumbers/{phoneNumber}:release',
        { params: { path: { phoneNumber: NUMBER } }, ...prefer(code) },
      );
      expect(data).toBeUndefined();
      expect(response.status).toBe(code);
      expect(error?.error?.code).toBe(code);
      expect(error?.error?.status).toBe(status);
      expect(error?.error?.message).toBeTypeOf('string');
    });
  }

  it('a 429 carries Retry-After', async () => {
    const { client } = numbersFetchClient();
    const { response } = await client.GET('/v1/projects/{projectId}/availableRegions', prefer(429));
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('a request without credentials is refused with 401', async () => {
    const noCredentials = {
      onRequest: ({ request }: { request: Request }) => request,
      authorize: () => ({}),
      invalidate() {},
    };
    // Prism flags the missing credentials as a violation, which is the point here: plain fetch.
    const { client } = numbersFetchClient({ auth: noCredentials, fetch: (r) => fetch(r) });
    const { error, response } = await client.GET('/v1/projects/{projectId}/availableRegions');
    expect(response.status).toBe(401);
    expect(response.headers.get('authorization')).toBeNull();
    expect(error).toBeDefined();
  });
});
