/**
 * The two builds of the in-process mock: the default one (MSW handlers) and the one for runtimes
 * where MSW cannot start (`index-no-msw.ts`, picked by the `workerd`, `worker` and `edge-light`
 * conditions). Both answer through the same path; only the handlers differ.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotFoundError } from '@sinch-numbers/client';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import * as withMsw from '../src/in-process/index.js';
import * as withoutMsw from '../src/in-process/index-no-msw.js';
import { createMockClient as mockClientWithoutMsw } from '../src/ready-client-no-msw.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const getUrl = `https://x.test/v1/projects/${withMsw.SANDBOX_PROJECT_ID}/activeNumbers/%2B12025550134`;
const auth = { authorization: 'Basic eDp5' };

/** Every module a source file loads at runtime (type-only imports and re-exports left out). */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(
    /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/gm,
  )) {
    const specifier = match[1] ?? '';
    // `export { type A, type B } from` carries nothing at runtime either.
    if (/^export\s+\{(?:\s*type\s+\w+\s*,?)+\}/.test(match[0])) continue;
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      if (seen.has(target)) continue;
      seen.add(target);
      runtimeImports(target, seen);
    } else {
      seen.add(specifier);
    }
  }
  return seen;
}

describe('the build without MSW', () => {
  it('loads no MSW module at all (the default build loads only msw/core/http)', () => {
    const without = [...runtimeImports(join(SRC, 'ready-client-no-msw.ts'))];
    expect(without.filter((name) => name.startsWith('msw'))).toEqual([]);
    const withIt = [...runtimeImports(join(SRC, 'ready-client.ts'))];
    expect(withIt.filter((name) => name.startsWith('msw'))).toEqual(['msw/core/http']);
    // The walk does see what it should: the answering path is in both.
    expect(without.some((name) => name.endsWith('answer.ts'))).toBe(true);
  });

  it('has the same exports as the default build', () => {
    expect(Object.keys(withoutMsw).sort()).toEqual(Object.keys(withMsw).sort());
  });

  it('answers through mock.fetch; reading mock.handlers says what to use instead', async () => {
    const sandbox = withoutMsw.createSandbox();
    const response = await sandbox.fetch(getUrl, { headers: auth });
    expect(response.status).toBe(200);
    expect(() => sandbox.handlers).toThrow(/not available in this runtime.*mock\.fetch/s);
    expect(() => withoutMsw.createExamplesMock().handlers).toThrow(/mock\.fetch/);
  });

  it('runs the sandbox story through the ready client', async () => {
    const { client } = mockClientWithoutMsw();
    const { numbers } = client;
    await numbers.availableNumber.rent({ phoneNumber: '+12025550191' });
    const listed: string[] = [];
    for await (const n of numbers.activeNumber.list({ type: 'LOCAL', pageSize: 1 })) {
      listed.push(n.phoneNumber ?? '');
    }
    expect(listed).toEqual(['+12025550134', '+12025550178', '+12025550191']);
    await numbers.activeNumber.release({ phoneNumber: '+12025550191' });
    await expect(numbers.activeNumber.get({ phoneNumber: '+12025550191' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('fetchFromHandlers', () => {
  it('answers as mock.fetch does, state included (one path behind both)', async () => {
    const sandbox = withMsw.createSandbox();
    const viaHandlers = withMsw.fetchFromHandlers(sandbox.handlers);
    const release = `${getUrl}:release`;
    const first = await viaHandlers(release, { method: 'POST', headers: auth });
    expect(first.status).toBe(200);
    // Released through the handlers, so gone for mock.fetch too.
    expect((await sandbox.fetch(getUrl, { headers: auth })).status).toBe(404);
    expect((await viaHandlers(getUrl, { headers: auth })).status).toBe(404);
  });

  it("puts a test's own handlers first and falls through to the mock's", async () => {
    const sandbox = withMsw.createSandbox();
    const fetch = withMsw.fetchFromHandlers([
      http.get(/\/availableRegions$/, () => HttpResponse.json({ availableRegions: [] })),
      http.get(/\/activeNumbers\/[^/]+$/, () => undefined), // looks, answers nothing
      ...sandbox.handlers,
    ]);
    const regions = await fetch(getUrl.replace(/activeNumbers.*$/, 'availableRegions'), {
      headers: auth,
    });
    expect(await regions.json()).toEqual({ availableRegions: [] });
    const number = await fetch(getUrl, { headers: auth });
    expect(((await number.json()) as { displayName: string }).displayName).toBe('Support line');
    await expect(fetch('https://x.test/nothing-here')).rejects.toThrow(/no handler for GET/);
  });

  it('rejects with a TypeError on a reset fault, as fetch does on a dropped connection', async () => {
    const sandbox = withMsw.createSandbox();
    const fetch = withMsw.fetchFromHandlers(sandbox.handlers);
    await expect(
      fetch(getUrl, { headers: { ...auth, [withMsw.FAULT_HEADER]: 'reset' } }),
    ).rejects.toBeInstanceOf(TypeError);
  });
});
