import { defineConfig } from 'tsdown';

export default defineConfig({
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
});
