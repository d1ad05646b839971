import { defineConfig } from 'tsdown';
import { esmDtsStubs } from '../../scripts/build/esm-dts-stubs.ts';
import { publishedRuntime } from '../../scripts/build/published-runtime.ts';
import { withoutDocComments } from '../../scripts/build/without-doc-comments.ts';

export default defineConfig({
  entry: ['src/index.ts'],
  ...publishedRuntime,
  // One declaration set: the `.d.ts` entries re-export their `.d.cts` twins.
  hooks: esmDtsStubs,
  // JSDoc lives in the declarations; the JavaScript does not repeat it. In the CommonJS build a
  // package loaded on first use (the Node transport) is `require`d, not `import()`ed: `import()`
  // would load the ESM build of @sinch-numbers/fetch beside the CommonJS one the rest of the
  // client uses, and its error classes would fail the client's `instanceof` checks.
  outputOptions: (options, format, context) => ({
    ...withoutDocComments(options, format, context),
    ...(format === 'cjs' ? { dynamicImportInCjs: false } : {}),
  }),
});
