/**
 * `@sinch-numbers/fetch/codegen` outside Node (browsers, workers, bundles without the `node`
 * condition): the same export, failing with a clear message instead of a failed import. The
 * metadata a client needs elsewhere is the module `generate` writes.
 */
import type { LoadedSpec, LoadSpecOptions } from './load-spec.js';

export type { LoadedSpec, LoadSpecOptions };

/** Only available in Node: reads a file. Elsewhere, import the `<name>-meta.ts` `generate` wrote. */
export function loadSpec(_file: string, _options?: LoadSpecOptions): Promise<LoadedSpec> {
  return Promise.reject(
    new TypeError(
      'loadSpec needs Node.js (it reads a file); elsewhere import the metadata module that `npx @sinch-numbers/fetch generate` writes',
    ),
  );
}
