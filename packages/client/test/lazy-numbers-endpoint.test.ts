/**
 * The Numbers endpoint, with its auth (the OAuth2 token provider: token requests, caching, their
 * errors), is built with the request path on the first call, not by the constructor; the
 * constructor checks its options, so a bad configuration still throws from it. One client builds
 * one endpoint, so its calls share one token however many start at once.
 */
import { describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../src/index.js';
import { jsonResponse, stubClient } from './support/client.js';

const built = vi.hoisted(() => ({ core: false, endpoints: 0 }));

vi.mock('@sinch-numbers/fetch/core', async (original) => {
  built.core = true;
  const core = await original<typeof import('@sinch-numbers/fetch/core')>();
  return {
    ...core,
    createNumbersEndpoint: (...args: Parameters<typeof core.createNumbersEndpoint>) => {
      built.endpoints += 1;
      return core.createNumbersEndpoint(...args);
    },
  };
});

const TOKEN_URL = 'http://auth.test/oauth2/token';
const oauth2 = { authentication: 'oauth2', tokenUrl: TOKEN_URL } as const;

describe('the Numbers endpoint and its token provider', () => {
  it('refuse an OAuth2 misconfiguration in the constructor, with nothing loaded', () => {
    // User info the URL parser drops (`https://@host`): only the token provider's own check,
    // which the constructor runs without building the provider, refuses it.
    const construct = () =>
      stubClient(() => jsonResponse({}), {
        ...oauth2,
        tokenUrl: 'https://@auth.example.com/oauth2/token',
      });
    expect(construct).toThrow(ConfigurationError);
    expect(construct).toThrow(/tokenUrl must be an absolute http\(s\) URL without user info/);
    expect(built).toEqual({ core: false, endpoints: 0 });
  });

  it('are built once, with the first call: 1,000 concurrent cold calls fetch one token', async () => {
    const tokenRequests: Request[] = [];
    const apiRequests: Request[] = [];
    const sinch = stubClient(
      (request) => {
        if (request.url === TOKEN_URL) {
          tokenRequests.push(request);
          return jsonResponse({ access_token: 'token-1', expires_in: 3600 });
        }
        apiRequests.push(request);
        return jsonResponse({ phoneNumber: '+12025550134' });
      },
      { ...oauth2 },
    );
    expect(built).toEqual({ core: false, endpoints: 0 });
    // Through three groups and the raw escape hatch, which share the client's one endpoint.
    const { activeNumber, availableNumber } = sinch.numbers;
    const phoneNumber = '+12025550134';
    const calls = Array.from({ length: 1_000 }, (_, i) =>
      [
        () => activeNumber.get({ phoneNumber }),
        () => availableNumber.checkAvailability({ phoneNumber }),
        () => sinch.numbers.emergencyAddress.get({ phoneNumber }),
        () => sinch.request({ method: 'GET', path: `/v1/projects/{projectId}/activeNumbers` }),
      ][i % 4]?.(),
    );
    await Promise.all(calls);
    expect(built).toEqual({ core: true, endpoints: 1 });
    expect(tokenRequests).toHaveLength(1);
    expect(apiRequests).toHaveLength(1_000);
    expect(new Set(apiRequests.map((r) => r.headers.get('authorization')))).toEqual(
      new Set(['Bearer token-1']),
    );
    await sinch.numbers.activeNumber.get({ phoneNumber: '+12025550134' });
    expect(built.endpoints).toBe(1);
    expect(tokenRequests).toHaveLength(1);
  });
});
