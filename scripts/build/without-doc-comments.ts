/**
 * Published JavaScript without its JSDoc: the declarations carry it, and repeating it in both the
 * ESM and the CommonJS build made up about a fifth of the two packages' installed JavaScript.
 */
/** The part of rolldown's output options {@link withoutDocComments} sets. */
interface OutputOptions {
  comments?: boolean | { legal?: boolean; annotation?: boolean; jsdoc?: boolean };
}

/**
 * tsdown `outputOptions`: JavaScript without its JSDoc comments, which the declarations carry
 * already (about 64 kB of the two packages' installed JavaScript). Legal comments and the
 * `@__PURE__` annotations bundlers tree-shake by stay. The CommonJS declaration pass keeps its
 * comments: it writes the `.d.cts` files everyone reads. The ESM pass's declarations lose
 * theirs, but `esmDtsStubs` replaces them with re-exports anyway.
 */
export function withoutDocComments<T extends OutputOptions>(
  options: T,
  _format: string,
  { cjsDts }: { cjsDts: boolean },
): T {
  return cjsDts
    ? options
    : { ...options, comments: { legal: true, annotation: true, jsdoc: false } };
}
