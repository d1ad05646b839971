import { defineConfig } from 'tsdown';
import { esmDtsStubs, withoutDocComments } from '../../scripts/build/esm-dts-stubs.ts';

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
    // The main entry is `core` (what the high-level client loads up front) plus `voice` (the
    // Voice endpoint and its signing, which it loads on first use of Voice).
    voice: 'src/voice-client.ts',
    core: 'src/core.ts',
    node: 'src/transport/node-entry.ts',
    'node-unavailable': 'src/transport/node-unavailable.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: false,
  clean: true,
  // One declaration set: the `.d.ts` entries re-export their `.d.cts` twins.
  hooks: esmDtsStubs,
  // JSDoc lives in the declarations; the JavaScript does not repeat it.
  outputOptions: withoutDocComments,
});
