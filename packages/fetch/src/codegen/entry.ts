/**
 * `@sinch-numbers/fetch/codegen`: Node only (the `node` export condition), never imported by the
 * clients. Loads a user's newer document and builds its metadata with the generator's checks.
 */
export { type LoadedSpec, type LoadSpecOptions, loadSpec } from './load-spec.js';
