/**
 * Size budgets of the client packages as users bundle them: the built ESM entry with its
 * dependencies, minified, code-split and gzipped (esbuild, platform neutral), measured by the
 * bench's own function. Budgets are ceilings that
 * catch regressions; the measured sizes are printed on every run.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// The bench's measurement itself, so a budget here and a figure in packages/bench/README.md are
// the same number: esbuild, minified, code-split, gzip level 9, counting the entry's chunk and
// every chunk it imports statically (a chunk shared with a dynamic import's target included).
import { measureBundle } from '../../bench/src/sections/bundle.js';

/** Min+gz bytes of a code-split bundle whose entry is `source`, as an app bundler would emit it. */
async function bundledSize(id: string, source: string) {
  // The id names the probe's entry file.
  const here = fileURLToPath(new URL('.', import.meta.url));
  const measured = await measureBundle(
    { id: `size-${id}`, label: id, entry: source, platform: 'neutral' },
    here,
  );
  return {
    gzipped: measured.gzipBytes,
    minified: measured.minifiedBytes,
    lazyGzipped: measured.lazyGzipBytes,
  };
}

const cases = [
  {
    id: 'client',
    name: '@sinch-numbers/client (whole entry)',
    source: "export * from '@sinch-numbers/client';",
    // 24.4 kB measured the bench's way (the entry chunk and every chunk it imports statically;
    // counting esbuild's entry-point chunks only, as this test did before, left out the chunk the
    // entry shares with the lazily loaded Voice part and printed 19.4 kB for the same code).
    // Since issue 14's packaging work the Voice endpoint, signing and metadata (2.1 kB) load on
    // first use only. Merged with every exchange's bounds (timeouts and body limits in the
    // transports, +1.5 kB). 25.0 kB with issue 18's user metadata (`numbersMeta`, `voiceMeta`)
    // and `request({ operationId })` (+0.56 kB). A guard against growth, not the target:
    // packages/bench/README.md compares the first download with the 11 kB target and explains the miss.
    // 25.7 kB with the faster request path (+0.6 kB: cached header merging, an auth answer
    // without a promise, the canonical date reader), which halved the client's CPU per call.
    // 15.8 kB since the request path (argument checks, checker, reviver, Numbers metadata, error
    // mapping: 11.6 kB, plus 2.1 kB for the Voice part) loads on the first call. 14.0 kB since
    // the client builds its endpoint from `fetch/endpoint` and the request builder with
    // openapi-fetch's serializers (`fetch/core`) loads with the request path. 11.6 kB since the
    // Numbers endpoint with its OAuth2 token provider (`fetch/endpoint`), a list's walk and page
    // fetch and `request({ operationId })` load with it too (the client imports `fetch/base`);
    // 11.8 kB with `ModuleLoadError`, the typed failure of a part that did not load.
    budget: 12_100,
  },
  {
    id: 'client-class',
    name: '@sinch-numbers/client (SinchClient only)',
    source: "export { SinchClient } from '@sinch-numbers/client';",
    // 22.8 kB measured (see above); 23.4 kB with issue 18; 24.1 kB with the faster request path;
    // 14.0 kB since the request path loads on the first call (see above); 12.2 kB since
    // openapi-fetch and the request builder load with it; 9.8 kB since the token provider, the
    // list walk and `request({ operationId })` do too (see above); 9.9 kB with `ModuleLoadError`.
    // Issue 14's target is 11 kB.
    budget: 10_300,
  },
  {
    id: 'fetch',
    name: '@sinch-numbers/fetch (whole entry)',
    source: "export * from '@sinch-numbers/fetch';",
    // Since the one request primitive (URL, body, auth and signing for both clients) lives here.
    // And the token provider that bounds every wait and checks what the endpoint sends.
    // 7.0 kB before every exchange got its bounds (issue 15 item 3, issue 14's timeout in the
    // transport): 8.0 kB measured with the body limit and its errors, the adapters' timers, the
    // lazily made token-wait signal and boundedFetch (+0.9 kB); 8.2 kB measured the bench's way.
    // 8.5 kB with the faster request path (a cached token without a promise, merged headers);
    // 8.8 kB since `core` also exports the "did you mean" helpers the high-level client's
    // option checks load at import (`editDistance`, `unknownFieldHint`). 9.0 kB since the token
    // provider's option checks and the Numbers endpoint's are modules of their own, which
    // `checkNumbersEndpointOptions` (in `./base`, the client's import) shares with the builders.
    budget: 9_300,
  },
  {
    id: 'fetch-numbers',
    name: '@sinch-numbers/fetch (createNumbersClient only)',
    source: "export { createNumbersClient } from '@sinch-numbers/fetch';",
    // 5.3 kB measured: token answers read within 64 KiB (+0.13 kB) while the openapi-fetch
    // clients stopped carrying the transport they never used. 5.4 kB with the path serializer's
    // fast case for a simple value and the token provider's `readyToken`. 5.5 kB with the
    // option checks apart from the builders (see above).
    budget: 5_600,
  },
];

describe('bundle size budgets (min+gz, with dependencies)', () => {
  for (const { id, name, source, budget } of cases) {
    it(`${name} stays within ${budget} bytes`, async () => {
      const size = await bundledSize(id, source);
      console.log(
        `[size] ${name}: ${size.gzipped} B min+gz (${size.minified} B minified), budget ${budget} B` +
          (size.lazyGzipped ? `; ${size.lazyGzipped} B more loaded on first use` : ''),
      );
      expect(size.gzipped).toBeLessThanOrEqual(budget);
    });
  }
});

describe('the Voice part of the high-level client', () => {
  it('is not in the first download of { SinchClient }: it loads on first use of voiceApplications', async () => {
    const here = fileURLToPath(new URL('.', import.meta.url));
    const measured = await measureBundle(
      {
        id: 'size-voice-split',
        label: 'SinchClient',
        entry: "export { SinchClient } from '@sinch-numbers/client';",
        platform: 'neutral',
      },
      here,
    );
    // Bundlers place whole module files: one import of fetch's main entry (which re-exports
    // the Voice module) from the client's eager code would put voice.js in the first download.
    const eager = measured.largestInputs.map(({ input }) => input);
    expect(eager.some((input) => input.endsWith('fetch/dist/base.js'))).toBe(true);
    // Nor the request builder and openapi-fetch, nor the auth with the OAuth2 token provider
    // (`fetch/endpoint`): they load with the first call.
    expect(
      eager.filter((input) => /fetch\/dist\/(core|endpoint)\.js$|openapi-fetch/.test(input)),
    ).toEqual([]);
    expect(eager.filter((input) => /fetch\/dist\/voice(-meta)?\.js$/.test(input))).toEqual([]);
    expect(measured.lazyGzipBytes).toBeGreaterThan(1_000);
  });
});

describe('what loads with the first call, not with { SinchClient }', () => {
  it('leaves the request path, the list walk, request({ operationId }) and the auth out', async () => {
    const here = fileURLToPath(new URL('.', import.meta.url));
    // The client's sources rather than its one-file build, so the check sees each module.
    const measured = await measureBundle(
      {
        id: 'size-client-src-split',
        label: 'SinchClient from the sources',
        entry: "export { SinchClient } from '../../client/src/index.ts';",
        platform: 'neutral',
      },
      here,
    );
    const eager = measured.eagerInputs;
    expect(eager).toContain('client/src/client.ts');
    expect(eager).toContain('client/src/core/pagination.ts');
    const firstCall = [
      'client/src/core/request-path.ts',
      'client/src/core/request.ts',
      'client/src/core/page-walk.ts',
      'client/src/core/list-page.ts',
      'client/src/core/by-operation-id.ts',
      'client/src/core/unwrap-body.ts',
      // The auth: the OAuth2 token provider and the Numbers endpoint builders.
      'fetch/dist/endpoint.js',
    ];
    expect(eager.filter((input) => firstCall.includes(input))).toEqual([]);
  });
});
