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
});
