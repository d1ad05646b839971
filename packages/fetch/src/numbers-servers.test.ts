import { describe, expect, it, vi } from 'vitest';
import { createNumbersEndpoint } from './numbers-endpoint.js';
import { checkNumbersEndpointOptions, type NumbersEndpointOptions } from './numbers-servers.js';

const providers = vi.hoisted(() => ({ created: 0 }));

vi.mock('./auth/oauth2.js', async (original) => {
  const oauth2 = await original<typeof import('./auth/oauth2.js')>();
  return {
    ...oauth2,
    createTokenProvider: (...args: Parameters<typeof oauth2.createTokenProvider>) => {
      providers.created += 1;
      return oauth2.createTokenProvider(...args);
    },
  };
});

const key = { keyId: 'key-id', keySecret: 'key-secret' };
const oauth2 = { type: 'oauth2', ...key } as const;

/** What `fn` throws, or undefined. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('checkNumbersEndpointOptions', () => {
  const bad: { name: string; given: unknown }[] = [
    { name: 'an empty projectId', given: { projectId: ' ', auth: oauth2 } },
    { name: 'an unknown region', given: { projectId: 'p', auth: oauth2, region: 'mars' } },
    { name: 'a missing key id', given: { projectId: 'p', auth: { ...oauth2, keyId: '' } } },
    { name: 'an unknown auth type', given: { projectId: 'p', auth: { ...key, type: 'digest' } } },
    {
      name: 'a token URL that does not parse',
      given: { projectId: 'p', auth: { ...oauth2, tokenUrl: 'not a url' } },
    },
    {
      name: 'a token URL with user info the URL parser drops',
      given: { projectId: 'p', auth: { ...oauth2, tokenUrl: 'https://@auth.example.com/token' } },
    },
  ];
  for (const { name, given } of bad) {
    it(`refuses ${name} as createNumbersEndpoint does`, () => {
      const options = given as NumbersEndpointOptions;
      const fromCheck = thrown(() => checkNumbersEndpointOptions(options));
      expect(fromCheck).toBeInstanceOf(TypeError);
      expect(fromCheck).toEqual(thrown(() => createNumbersEndpoint(options)));
    });
  }

  it('accepts what createNumbersEndpoint accepts, building no token provider', () => {
    providers.created = 0;
    const good: NumbersEndpointOptions[] = [
      { projectId: 'p', auth: oauth2 },
      { projectId: 'p', auth: { ...oauth2, tokenUrl: 'http://127.0.0.1:4010/oauth2/token' } },
      { projectId: 'p', auth: { type: 'basic', ...key }, baseUrl: 'http://127.0.0.1:4010/' },
    ];
    for (const options of good) expect(checkNumbersEndpointOptions(options)).toBeUndefined();
    expect(providers.created).toBe(0);
    for (const options of good) createNumbersEndpoint(options);
    expect(providers.created).toBe(2);
  });
});
