/**
 * How our runtime packages (`@sinch-numbers/fetch`'s client entries and `@sinch-numbers/client`)
 * are built, in one place: each package's tsdown config spreads it and adds its entries, its
 * chunk layout and `hooks: esmDtsStubs` (one declaration set: the `.d.ts` entries re-export
 * their `.d.cts` twins).
 */

/** The part of rolldown's input options {@link publishedRuntime} sets. */
interface InputOptions {
  preserveEntrySignatures?: false | 'strict' | 'allow-extension' | 'exports-only';
}

/** The build every runtime entry shares: ESM and CommonJS with types, for any JS runtime. */
export const publishedRuntime = {
  format: ['esm', 'cjs'] as ('esm' | 'cjs')[],
  dts: true,
  platform: 'neutral' as const,
  target: 'es2022',
  sourcemap: false,
  // Whitespace only: names are kept (stack traces still name every function, by column rather
  // than line), and the published JavaScript is about a sixth smaller (issue 14's install size).
  minify: { compress: false, mangle: false, codegen: { removeWhitespace: true } },
  clean: true,
  // What several entries (or an entry and the chunks it loads on first use) share stays in an
  // entry (`allow-extension` lets the others import it from there) rather than in a chunk of its
  // own, which would be one more file to resolve, read and parse at import. The CommonJS
  // declaration pass keeps the defaults.
  inputOptions: <T extends InputOptions>(
    options: T,
    _format: string,
    { cjsDts }: { cjsDts: boolean },
  ): T => (cjsDts ? options : { ...options, preserveEntrySignatures: 'allow-extension' }),
};
