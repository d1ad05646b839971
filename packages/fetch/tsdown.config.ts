import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    // The generated metadata and Date-typed types are subpath exports of their own, so the
    // high-level client and the mock share one copy, and a bundle takes only what it imports.
    entry: {
      index: 'src/index.ts',
      meta: 'src/meta/index.ts',
      'numbers-meta': 'src/generated/numbers-meta.ts',
      'voice-meta': 'src/generated/voice-meta.ts',
      'numbers-dates': 'src/generated/numbers-dates.ts',
      'voice-dates': 'src/generated/voice-dates.ts',
      node: 'src/transport/node-entry.ts',
      'node-unavailable': 'src/transport/node-unavailable.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: false,
    clean: true,
  },
  {
    // The `sinch-numbers-fetch` bin (generate, spec-diff): Node only, ESM only, no types, never
    // reached from a runtime entry. Its peers (openapi-typescript, typescript, yaml) stay
    // external and are loaded only when a command needs them.
    entry: { cli: 'src/codegen/bin.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    target: 'node18',
    sourcemap: false,
    // Minified: it is most of the package's install size otherwise; its errors are messages
    // written for users, not stack traces.
    minify: true,
    clean: false,
    deps: { neverBundle: ['openapi-typescript', 'typescript', 'yaml', /^@redocly\//] },
  },
]);
