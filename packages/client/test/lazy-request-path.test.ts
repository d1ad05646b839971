/**
 * The request path (argument checks, the checker and reviver of `@sinch-numbers/fetch/meta`,
 * our Numbers metadata, the request builder of `@sinch-numbers/fetch/core` with openapi-fetch)
 * loads on the first call, not with the client: importing the client and
 * building one must not load it, and the first call must, before anything is sent.
 */
import { describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../src/index.js';
import { jsonResponse, stubClient } from './support/client.js';

const loaded = vi.hoisted(() => new Set<string>());

vi.mock('@sinch-numbers/fetch/meta', async (original) => {
  loaded.add('meta');
  return original();
});
vi.mock('@sinch-numbers/fetch/numbers-meta', async (original) => {
  loaded.add('numbers-meta');
  return original();
});

vi.mock('@sinch-numbers/fetch/core', async (original) => {
  loaded.add('core');
  return original();
});
vi.mock('@sinch-numbers/fetch/node', async (original) => {
  loaded.add('node');
  return original();
});

describe('the request path loads on the first call', () => {
  it('is not loaded by the import or the constructor, and is by the first call', async () => {
    const sent: Request[] = [];
    const sinch = stubClient((request) => {
      sent.push(request);
      return jsonResponse({});
    });
    expect([...loaded]).toEqual([]);
    // Checked against the metadata before anything is sent, as before the split.
    const bad = sinch.numbers.activeNumber.get({ phoneNumber: 'not a number' });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(0);
    // The request builder (`fetch/core`, with openapi-fetch) loads with the rest of the path.
    expect([...loaded].sort()).toEqual(['core', 'meta', 'numbers-meta']);
  });

  it('loads the default transport with the first request, not with the client', async () => {
    loaded.clear();
    // No fetch: the default transport. Nothing listens there, so the request fails, after the
    // transport was loaded for it.
    const sinch = stubClient(() => jsonResponse({}), {
      fetch: undefined,
      numbersBaseUrl: 'http://127.0.0.1:9',
    });
    expect(loaded.has('node')).toBe(false);
    await expect(
      sinch.numbers.activeNumber.get({ phoneNumber: '+12025550134' }, { maxRetries: 0 }),
    ).rejects.toThrow();
    expect(loaded.has('node')).toBe(true);
  });
});
