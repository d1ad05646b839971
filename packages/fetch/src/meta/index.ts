/**
 * `@sinch-numbers/fetch/meta`: the shapes of the generated runtime metadata and the functions that
 * read it: argument checks against the spec's schemas and date revival of responses. The
 * high-level client and the in-process mock both use them, so they agree on what the spec allows.
 */
export { checkValue, deref, type Issue } from './check.js';
export { createReviverCompiler, DateFieldError, parseIsoDate, type Reviver } from './dates.js';
export { editDistance } from './edit-distance.js';
export { unknownFieldHint } from './field-hint.js';
export { createShapeChecker, type ShapeCheck } from './shape.js';
export type {
  ApiMeta,
  MetaOperation,
  MetaPagination,
  MetaParameter,
  MetaSchema,
  RetryMode,
} from './types.js';
