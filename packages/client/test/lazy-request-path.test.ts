/**
 * The request path (argument checks, the checker and reviver of `@sinch-numbers/fetch/meta`,
 * our Numbers metadata) loads on the first call, not with the client: importing the client and
 * building one must not load it, and the first call must, before anything is sent.
 */
import { describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => new Set<string>());

vi.mock('@sinch-numbers/fetch/meta', async (original) => {
  loaded.add('meta');
  return original();
});
vi.mock('@sinch-numbers/fetch/numbers-meta', async (original) => {
  loaded.add('numbers-meta');
  return original();
});

vi.mock('@sinch-numbers/fetch/node', async (original) => {
  loaded.add('node');
  return original();
});

describe('the request path loads on the first call', () => {
  it('is not loaded by the import or the constructor, and is by the first call', async () => {
    const { SinchClient, ValidationError } = await import('../src/index.js');
    const sent: Request[] = [];
    const sinch = new SinchClient({
      projectId: 'p',
      keyId: 'k',
      keySecret: 's',
      authentication: 'basic',
      numbersBaseUrl: 'http://api.test',
      fetch: async (input, init) => {
        sent.push(new Request(input, init));
        return new Response('{}', { headers: { 'Content-Type': 'application/json' } });
      },
      env: false,
    });
    expect([...loaded]).toEqual([]);
    // Checked against the metadata before anything is sent, as before the split.
    const bad = sinch.numbers.activeNumber.get({ phoneNumber: 'not a number' });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(0);
    expect([...loaded].sort()).toEqual(['meta', 'numbers-meta']);
  });

  it('loads the default transport with the first request, not with the client', async () => {
    loaded.clear();
    const { SinchClient } = await import('../src/index.js');
    const sinch = new SinchClient({
      projectId: 'p',
      keyId: 'k',
      keySecret: 's',
      authentication: 'basic',
      // Nothing listens there: the request fails, after the transport was loaded for it.
      numbersBaseUrl: 'http://127.0.0.1:9',
      env: false,
    });
    expect(loaded.has('node')).toBe(false);
    await expect(
      sinch.numbers.activeNumber.get({ phoneNumber: '+12025550134' }, { maxRetries: 0 }),
    ).rejects.toThrow();
    expect(loaded.has('node')).toBe(true);
  });
});
