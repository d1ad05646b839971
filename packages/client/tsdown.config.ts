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
  // Whitespace only: names are kept (stack traces still name every function, by column rather
  // than line), and the published JavaScript is about a sixth smaller (issue 14's install size).
  minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } },
  clean: true,
  // One declaration set: the `.d.ts` entries re-export their `.d.cts` twins.
  hooks: esmDtsStubs,
  // The JavaScript's chunks (the CommonJS declaration pass keeps the defaults): what the entry
  // and the chunks loaded on first use (the request path, the Voice context) share stays in the
  // entry (`allow-extension` lets them import it from there) rather than in a chunk of its own,
  // which would be one more file to resolve, read and parse at import.
  inputOptions: (options, _format, { cjsDts }) =>
    cjsDts ? options : { ...options, preserveEntrySignatures: 'allow-extension' },
  // JSDoc lives in the declarations; the JavaScript does not repeat it. In the CommonJS build a
  // package loaded on first use (the Node transport) is `require`d, not `import()`ed: `import()`
  // would load the ESM build of @sinch-numbers/fetch beside the CommonJS one the rest of the
  // client uses, and its error classes would fail the client's `instanceof` checks.
  outputOptions: (options, format, context) => ({
    ...withoutDocComments(options, format, context),
    ...(format === 'cjs' ? { dynamicImportInCjs: false } : {}),
  }),
});
