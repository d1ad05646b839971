import { defineConfig } from 'tsdown';
import { esmDtsStubs } from '../../scripts/build/esm-dts-stubs.ts';
import { withoutDocComments } from '../../scripts/build/without-doc-comments.ts';

export default defineConfig({
  entry: ['src/index.ts'],
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
